// "nomor 11-15", "nomor 6 sampai 10": a range of items after a pure cue, read from the text, which keeps
// the dash and the second number the words lose or read as a plain number.
import { escapeRegExp } from '../util/escape-regexp.js';
import type { CuedBallot } from './cued-ballot.js';

/**
 * Whether the text has a pure cue, `digits` and a dash before another number: a range of items
 * ("nomor 11-15", "no. 1–10"), not a ballot number. Checked only when a number follows a cued one.
 */
export function rangeFrom(cued: CuedBallot, digits: string): boolean {
  return afterCue(cued, digits, '\\s*[-\u2013\u2014]\\s*\\d')?.test(cued.text) ?? false;
}

/**
 * Whether the text has the pure cue, the cued digits, a range word and a higher number of one to three
 * digits ("nomor 6 sampai 10"; not "nomor 2 sampai 2029", a year, nor "nomor 2 sampai 2").
 */
export function rangeUpTo(cued: CuedBallot): boolean {
  const m = afterCue(cued, cued.cuedDigits, '\\s+\\S+\\s+(\\d{1,3})(?![\\p{L}\\p{N}])')?.exec(cued.text);
  return m != null && Number(m[1]) > Number(cued.cuedDigits);
}

/** The last pure cue read ("nomor", "no."), `digits` and then `rest`, as a pattern; undefined without a cue. */
function afterCue(cued: CuedBallot, digits: string, rest: string): RegExp | undefined {
  const cues = cued.cuedCues;
  if (cues.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(cues[cues.length - 1])}\\.?\\s*${digits}${rest}`, 'u');
}
