// Letters typed apart to slip past filters: "c o b l o s", "P I L I H   N O M O R", joined back into
// words, and runs with two gap widths split into the words they spell.
import { isKnownWord } from './lexicon.js';
import { isLeetDigit, leetReading } from './leetspeak.js';

// one letter, possibly elongated ("hhh" becomes "h" later)
const RUN_OF_ONE_LETTER = /^([a-z])\1*$/;
const isSingleLetter = (t: string): boolean =>
  t.length === 1 ? t >= 'a' && t <= 'z' : t.charCodeAt(0) === t.charCodeAt(1) && RUN_OF_ONE_LETTER.test(t);

/**
 * Where a run of single letters (and hashtag tokens) starting at tokens[i] ends; with `digits`, a leet
 * digit typed apart between two letters goes on it too ("c 0 b l 0 s").
 */
function runEnd(tokens: readonly string[], i: number, digits: boolean): number {
  let j = i;
  while (j < tokens.length && (isSingleLetter(tokens[j]) || tokens[j][0] === '#' || (digits && j > i && isLeetDigit(tokens[j]) && isSingleLetter(tokens[j + 1] ?? '')))) j++;
  return j;
}

/**
 * Joins runs of three or more single letters: "c o b l o s" → "coblos". Hashtag tokens inside a run
 * are stepped over (and kept after the word): they are absent from the normalized text, so a run must
 * not depend on them for normalization to be idempotent. Leet digits typed apart between the letters
 * join them only when the run reads as a word the lexicon knows ("c 0 b l 0 s" → "c0bl0s", which
 * leetspeak.ts reads "coblos"; "a 1 b c" stays apart). Returns `tokens` itself when there is no
 * run (nearly every post): the copy starts at the first run.
 */
export function joinSpacedLetters(tokens: string[], finish: (joined: string) => string[] = (w) => [w]): string[] {
  let out: string[] | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (!isSingleLetter(tokens[i])) {
      out?.push(tokens[i]);
      i++; // apart: `out?.push(tokens[i++])` would skip the increment while there is no copy
      continue;
    }
    let j = runEnd(tokens, i, true);
    const run = tokens.slice(i, j).filter((t) => t[0] !== '#');
    if (run.some(isLeetDigit) && !isKnownWord(leetReading(run.join('')))) j = runEnd(tokens, i, false);
    const letters: string[] = [];
    const tags: string[] = [];
    for (let k = i; k < j; k++) (tokens[k][0] === '#' ? tags : letters).push(tokens[k]);
    if (letters.length >= 3) {
      out ??= tokens.slice(0, i);
      out.push(...finish(letters.join('')), ...tags);
    } else out?.push(...tokens.slice(i, j));
    i = j;
  }
  return out ?? tokens;
}

// Single letters apart: "p i l i h   n o m o r", "c o b l o s"
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:\s+\p{L}(?![\p{L}\p{N}])){2,}/gu;
const LETTER = /^\p{L}$/u;
const isGap = (c: number): boolean => c === 32 || (c >= 9 && c <= 13); // other spaces are gone by now
/**
 * A gap, then one a–z letter or one other character (of one or two code units), then a gap: what
 * hasLoneLetter looks for, letter or not. Not an emoji of U+1F000–U+1FBFF (high surrogates D83C–D83E),
 * where no letter is: an emoji between spaces ("ayo 🔥 coblos") is in most posts that have emoji.
 */
const MAY_HAVE_LONE_LETTER = /[ \t-\r](?:[a-z]|[\x80-\ud7ff\ue000-\uffff]|[\ud800-\ud83b\ud83f-\udbff][\udc00-\udfff])[ \t-\r]/;

/**
 * Whether a lone letter stands between gaps somewhere ("p i l i h"): necessary for SPACED_LETTERS,
 * and a loop instead of that regex on every post (the regex alone was ~5 % of normalize). A lone
 * non-ASCII character is checked for being a letter (an emoji between spaces is not).
 */
function hasLoneLetter(text: string): boolean {
  if (!MAY_HAVE_LONE_LETTER.test(text)) return false; // a plain regex scan first: most posts have no lone character at all
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isGap(c) || !isGap(text.charCodeAt(i - 1))) continue;
    const wide = c >= 0xd800 && c <= 0xdbff; // a letter outside the BMP takes two code units
    const after = text.charCodeAt(wide ? i + 2 : i + 1);
    if (isGap(after) && ((c >= 97 && c <= 122) || (c >= 128 && LETTER.test(String.fromCodePoint(text.codePointAt(i) as number))))) return true;
  }
  return false;
}
const GAP = /\s+/g;
const gapWidth = (gap: string): number => (gap.includes('\n') ? Infinity : gap.length);

/**
 * Runs of spaced letters with gaps of two widths (or a line break) are words apart: "P I L I H   N O
 * M O R" → "pilih nomor", "p i l i h   f a n i   n o" → "pilih fani no", which joinSpacedLetters
 * would join into one word or leave as letters. Runs with even gaps are left to joinSpacedLetters.
 */
export function joinAtNarrowGaps(text: string): string {
  if (!hasLoneLetter(text)) return text;
  return text.replace(SPACED_LETTERS, (run) => {
    const widths = (run.match(GAP) ?? []).map(gapWidth);
    const narrowest = Math.min(...widths);
    if (widths.every((w) => w === narrowest)) return run;
    return run.replace(GAP, (gap) => (gapWidth(gap) === narrowest ? '' : ' '));
  });
}

export function hasSingleLetterRun(words: readonly string[]): boolean {
  let run = 0;
  for (const w of words) {
    run = w.length === 1 && w >= 'a' && w <= 'z' ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}
