// Letters typed apart to slip past filters ("c o b l o s", "c 0 b l 0 s"), read as the one word
// normalization joins them into (spaced-letters.ts), so that evidence "coblos" is found there.
import { isLeetDigit } from '../text/leetspeak.js';
import type { NormalizedWord } from './normalized-word.js';
import type { WordReader } from './word-reader.js';

/** One a–z letter, in either case: what normalization joins into a word when three or more are typed apart. */
const isLoneLetter = (text: string, word: NormalizedWord): boolean => word.end - word.start === 1 && /[a-z]/i.test(text[word.start]);
/** The spaces between two words; undefined when anything else is between them. */
const spacesBetween = (text: string, a: NormalizedWord, b: NormalizedWord): string | undefined => {
  const gap = text.slice(a.end, b.start);
  return /^\s+$/.test(gap) ? gap : undefined;
};

/**
 * Letters typed apart to slip past filters ("c o b l o s"), which normalization joins into the word
 * they spell once three are in a row (spaced-letters.ts): read alone each is a letter, and evidence
 * "coblos" was found nowhere. Whether `word` goes on such a run before it, which it then joins (the run
 * read as one word, as normalization reads it). A wider gap starts another word, as normalization parts
 * them: "P I L I H   N O M O R" is two.
 */
export function joinsSpacedLetters(text: string, out: NormalizedWord[], word: NormalizedWord, reader: WordReader): boolean {
  if (!isLoneLetter(text, word)) return false;
  partLeetRun(text, out, reader);
  if (joinsSpacedLeet(text, out, word, reader)) return true;
  const last = out[out.length - 1];
  const gap = last && spacesBetween(text, last, word);
  if (!gap) return false;
  let from: number;
  if (last.letterGap !== undefined) {
    if (gap !== last.letterGap) return false;
    from = out.length - 1;
  } else {
    const first = out[out.length - 2];
    if (!first || !isLoneLetter(text, last) || !isLoneLetter(text, first) || spacesBetween(text, first, last) !== gap) return false;
    from = out.length - 2;
  }
  const start = out[from].start;
  out.splice(from, out.length - from, { start, end: word.end, tokens: reader.tokens(text.slice(start, word.end)), letterGap: gap });
  return true;
}

/** One leet digit ("0" of "c 0 b l 0 s"), which normalization joins with letters typed apart around it. */
const isLoneLeetDigit = (text: string, word: NormalizedWord): boolean => word.end - word.start === 1 && isLeetDigit(text[word.start]);

/**
 * The last word, when it is letters and leet digits typed apart read as one word ("a 1 b", read "aib"),
 * back into its letters and digits: with the letter after it the run may spell no word ("a 1 b c" is
 * letters and a number), and joinsSpacedLeet reads the run again whole.
 */
function partLeetRun(text: string, out: NormalizedWord[], reader: WordReader): void {
  const last = out[out.length - 1];
  if (last?.letterGap === undefined || !/\d/.test(text.slice(last.start, last.end))) return;
  const parts: NormalizedWord[] = [];
  for (let i = last.start; i < last.end; i++) if (!/\s/.test(text[i])) parts.push({ start: i, end: i + 1, tokens: reader.tokens(text[i]) });
  out.splice(out.length - 1, 1, ...parts);
}

/**
 * Letters typed apart with leet digits among them ("c 0 b l 0 s"), which normalization joins into the
 * word they spell when the lexicon knows it (spaced-letters.ts): the lone letters and digits before
 * `word`, evenly spaced (a run of letters joined already may start them), are read with it, and joined
 * when normalization reads them as one word. Whether `word` was so joined.
 */
function joinsSpacedLeet(text: string, out: NormalizedWord[], word: NormalizedWord, reader: WordReader): boolean {
  let from = out.length;
  let digits = false;
  let gap: string | undefined;
  for (let next = word; from > 0; next = out[from - 1], from--) {
    const w = out[from - 1];
    const between = spacesBetween(text, w, next);
    if (between === undefined || (gap !== undefined && between !== gap)) break;
    gap = between;
    if (w.letterGap !== undefined) {
      if (w.letterGap === gap) from--;
      break;
    }
    if (isLoneLeetDigit(text, w)) digits = true;
    else if (!isLoneLetter(text, w)) break;
  }
  // a run starts with a letter, as normalization's does
  while (from < out.length && isLoneLeetDigit(text, out[from])) from++;
  if (!digits || from === out.length) return false;
  const start = out[from].start;
  const tokens = reader.tokens(text.slice(start, word.end));
  if (tokens.length !== 1 || tokens[0][0] === '<') return false;
  out.splice(from, out.length - from, { start, end: word.end, tokens, letterGap: gap });
  return true;
}
