// A number after a ballot cue ("no 2", "coblos 2", "nomor 02", "coblos 0 2") read with its cue, as
// normalization reads the two: read alone, "2" is just a number and evidence "nomor 2" was found nowhere.
import { BALLOT_CUES } from '../text/ballot.js';
import { isBallot, isBareNumber, isPureCue, sameReading, type NormalizedWord } from './normalized-word.js';
import type { WordReader } from './word-reader.js';

/**
 * A padded number after a pure cue ("nomor 02", "no 03"): read alone it is a ballot number already, and
 * the cue a word; normalization reads the two as one ("c0bl0s nomor 02" is "coblos nomor 2").
 */
export const afterPureCue = (cue: NormalizedWord, word: NormalizedWord): boolean => isPureCue(cue) && word.tokens.length === 1 && isBallot(word.tokens[0]);

/**
 * Where the ballot cue right before out[end] is ("no 2", "coblos 2", also "No. 2" with the abbreviation's
 * dot between, which normalization drops); -1 when out[end - 1] is none.
 */
export function cueBefore(text: string, out: NormalizedWord[], end: number): number {
  let at = end - 1;
  if (at > 0 && out[at].end - out[at].start === 1 && text[out[at].start] === '.') at--;
  const word = out[at];
  return word && word.tokens.length === 1 && BALLOT_CUES.has(word.tokens[0]) ? at : -1;
}

/**
 * A digit after a "0" that a ballot cue or letters typed apart come right before ("coblos 0 2", "c o b l
 * o s  0 2", "nomor 0 2", "a b c 0 2"): normalization joins the two into a padded ballot number there
 * (placeholders.ts), so they are read as one number, after the cue as "coblos 02" is. Read alone, "0" and
 * "2" were two plain numbers, and evidence "nomor 2" was found nowhere. Whether `word` was so read (added to `out`).
 */
export function joinsZeroApart(text: string, out: NormalizedWord[], word: NormalizedWord, reader: WordReader): boolean {
  const zero = out[out.length - 1];
  if (!zero || !isBareNumber(word) || text.slice(zero.start, zero.end) !== '0' || !isBareNumber(zero)) return false;
  const cue = cueBefore(text, out, out.length - 1);
  const before = cue >= 0 ? out[cue] : out[out.length - 2];
  if (!before || (cue < 0 && before.letterGap === undefined)) return false;
  const together = reader.tokens(text.slice(before.start, word.end));
  const ballot = together[together.length - 1] ?? '';
  if (!isBallot(ballot)) return false;
  out.pop();
  const number: NormalizedWord = { start: zero.start, end: word.end, tokens: ['<num>'] };
  if (cue >= 0) readAfterCue(text, out, cue, number, reader);
  else out.push({ ...number, tokens: [ballot] });
  return true;
}

/**
 * Adds a bare number after the ballot cue at out[at] as normalization reads the two together: read
 * alone, "2" is just a number. A pure cue goes into the token ("no 2", "nmr 2", "nomer 2", "No. 2" →
 * one word "nomor 2"), and so do the pure cues before it ("nomor urut 2"); a meaningful one stays a word
 * of its own ("coblos 2" → "coblos", then "2" read as "nomor 2").
 */
export function readAfterCue(text: string, out: NormalizedWord[], at: number, number: NormalizedWord, reader: WordReader): void {
  const together = reader.tokens(text.slice(out[at].start, number.end));
  if (together.length === 1) {
    let from = at;
    for (let k = cueBefore(text, out, from); k >= 0 && isPureCue(out[k]) && sameReading(reader.tokens(text.slice(out[k].start, number.end)), together); k = cueBefore(text, out, from)) from = k;
    const last = out[out.length - 1];
    const cues: NormalizedWord = from === out.length - 1 ? last : { start: out[from].start, end: last.end, tokens: out.slice(from).flatMap((w) => w.tokens) };
    out.splice(from, out.length - from, { start: cues.start, end: number.end, tokens: together, parts: [cues, number] });
  } else if (together.length === 2 && together[0] === out[at].tokens[0]) out.push({ ...number, tokens: [together[1]] });
  else out.push(number);
}
