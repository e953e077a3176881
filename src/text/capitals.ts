// Whether a post wrote a word in capitals, which normalization lowercases: an alias the config writes
// in capitals that is also an everyday word ("AMIN", and the prayer "amin") is the candidate only
// where the post writes it so (src/elections/mention-context.ts). Read from the text as it was just
// before lowercasing; asked only for such a word, so nothing is spent on other posts.
import { escapeRegExp } from '../util/escape-regexp.js';

/** Placeholders of links and handles, and tags, which keep their own case in a post typed in capitals ("… @budi #doa"). */
const NOT_TYPED = /<[a-z]+>|#\S*/gu;

/**
 * Whether the post is typed all in capitals ("AMIN YA ALLAH"): then capitals say nothing about a word.
 * @param text the post with its links and handles replaced, before its tags are split
 */
export function allInCapitals(text: string): boolean {
  const typed = text.replace(NOT_TYPED, ' ');
  return /\p{Lu}/u.test(typed) && !/\p{Ll}/u.test(typed);
}

/**
 * Whether the word token at `at` is written in capitals in `cased`, the text the tokens were read from
 * (with its case, its tags split into lowercase words): the k-th token of that word is taken to be its
 * k-th whole word there. When normalization made the word of something else ("AMIIIN", "A M I N") the
 * two counts differ, and it is not taken for capitals: the word reads as it always did.
 */
export function writtenInCapitals(cased: string, tokens: readonly string[], at: number): boolean {
  const word = tokens[at];
  let nth = 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== word) continue;
    if (i < at) nth++;
    count++;
  }
  const written = wholeWords(cased, word);
  return written.length === count && written[nth][0] === word.toUpperCase();
}

/** Where `text` writes `word` as a whole word, in any case (not a tag's or handle's): as many as the tokens of it, when normalization kept them one to one. */
export function wholeWords(text: string, word: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_#@])${escapeRegExp(word)}(?![\\p{L}\\p{N}_])`, 'giu'))];
}
