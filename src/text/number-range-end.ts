// The second number of a range or list takes the kind of the first ("Rekap 01 sampai 03", "RT 02 dan 03",
// "RT 02/03"), and a padded number in a score is a score ("skor akhir 02-01"): plain numbers, not ballot ones.
import { ABOUT_WORDS, NUMBER_LIST_JOINERS, NUMBER_LIST_MARKS, NUMBER_PAIR_DASHES, RANGE_WORDS, paddedBallot } from './ballot.js';
import { SCORE_WORDS } from './number-kinds.js';
import { escapeRegExp } from '../util/escape-regexp.js';

/**
 * A padded number, a join and `digits` (one of nine padded numbers): `join` is a pattern, the mark of
 * "02 & 03", "02/03" (the tokens drop it) or the joining word of "02 dan 03".
 */
const PADDED_PAIR = (join: string, digits: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])0[1-9]${join}${digits}(?![\\p{L}\\p{N}])`, 'u');
const LIST_MARK = `\\s*[${NUMBER_PAIR_DASHES}${escapeRegExp(NUMBER_LIST_MARKS)}]\\s*`;

/** A score word, a word or none, then `digits` (a padded number), a dash and the other side's: "skor akhir 02-01". */
const SCORE = (digits: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...SCORE_WORDS].join('|')})(?:\\s+\\p{L}+)?\\s+${digits}\\s*[${NUMBER_PAIR_DASHES}]\\s*\\d`, 'u');

/**
 * "Rekap 01 sampai 03": a range ending in a number takes the kind of the number it starts from; so does
 * a list of two padded numbers ("RT 02 dan 03"; not "tanggal 27 dan 02").
 * @param text the lowercased text the words come from, to see the marks the words drop
 */
export function rangeEnd(text: string, words: readonly string[], digits: string): boolean {
  const n = words.length;
  // "RT 02 & 03", "RT 02/03": the words lose the mark, so the first number is right before
  if (words[n - 1] === '<num>' && paddedBallot(digits) !== undefined) return !ABOUT_WORDS.has(words[n - 2]) && PADDED_PAIR(LIST_MARK, digits).test(text);
  if (n < 2 || words[n - 2] !== '<num>') return false;
  if (RANGE_WORDS.has(words[n - 1])) return true;
  return NUMBER_LIST_JOINERS.has(words[n - 1]) && paddedBallot(digits) !== undefined &&
    PADDED_PAIR(`\\s*${words[n - 1]}\\s+`, digits).test(text);
}

/** "skor akhir 02-01": a padded number a score word or the word after it comes before, a dash after it. */
export function scoreAt(text: string, words: readonly string[], digits: string): boolean {
  const n = words.length;
  return paddedBallot(digits) !== undefined && (SCORE_WORDS.has(words[n - 1]) || SCORE_WORDS.has(words[n - 2])) && SCORE(digits).test(text);
}
