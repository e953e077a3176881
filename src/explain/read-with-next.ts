// A number read with the word after it, as normalization reads the post: a date or a time across words
// ("14 Februari 2024", "10.00 WIB"), and a ballot number the word after makes a plain one ("02 persen").
import { isBallot, type NormalizedWord } from './normalized-word.js';
import type { WordReader } from './word-reader.js';

/** The placeholders normalization makes of words together: a date with its month and year, a time with its zone. */
const ACROSS_WORDS: ReadonlySet<string> = new Set(['<date>', '<time>']);
/** What such a placeholder starts as, read alone: a day is a number ("14", or "02" a ballot one), a time a time. */
const mayStartAcross = (token: string): boolean => token === '<num>' || ACROSS_WORDS.has(token) || isBallot(token);

/**
 * The number before the last word read with it, as normalization reads the post. Joined into one word
 * where the two are one date or time: "14 Februari", then "14 Februari 2024", "10.00 WIB"; read alone,
 * "14" is a number and "Februari" a word, and "[tanggal]" would be found nowhere. A mark between ("14 Feb.
 * 2024") is joined only with a word after it: a sentence's dot after "14 Feb." stays out, as it does of
 * the date. A ballot number the word after makes a plain one is one, as "RW 01" is: "naik 02 persen", "02%".
 */
export function readWithNext(text: string, out: NormalizedWord[], reader: WordReader): void {
  const word = out[out.length - 1];
  let i = out.length - 2;
  if (word.tokens.length > 0 && i > 0 && out[i].tokens.length === 0) i--;
  const first = out[i];
  if (!first || first.tokens.length !== 1 || !mayStartAcross(first.tokens[0])) return;
  const together = reader.tokens(text.slice(first.start, word.end));
  if (together.length === 1 && ACROSS_WORDS.has(together[0])) {
    if (word.tokens.length > 0) out.splice(i, out.length - i, { start: first.start, end: word.end, tokens: together });
  } else if (i === out.length - 2 && together[0] === '<num>' && together.slice(1).join(' ') === word.tokens.join(' ')) {
    // Only a number read alone as a ballot one: a cue before may make "2" one ("coblos 2 ya"), and still does.
    const alone = reader.tokens(text.slice(first.start, first.end));
    if (alone.length === 1 && isBallot(alone[0])) out[i] = { ...first, tokens: ['<num>'], notBallot: true };
  }
}
