// Leetspeak: "c0bl0s" → "coblos", "p1l1h" → "pilih", "m3n4ng" → "menang".
// Only words with a digit between two letters are touched, and only when every digit has a letter
// reading, so "covid19", "g20" and "jatim2024" keep their digits; known words with digits ("p3k",
// "h5n1" in data/lexicon-extra.txt) are kept too. Digits in a row between letters ("s44t", "b41k"),
// and one digit ending a word ("jug4"), are read only into a word the lexicon knows.
import { isKnownWord } from './lexicon.js';
import { expandSlang } from './slang.js';

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g' };
/** A digit that reads as a letter ("0" in "c0bl0s"); "2" does not. */
export const isLeetDigit = (ch: string): boolean => ch.length === 1 && Object.hasOwn(LEET, ch);
/** The other way: each letter's digits ("g" → "69"), for matching a word written in leetspeak. */
export const LETTER_DIGITS: Readonly<Record<string, string>> = Object.entries(LEET).reduce<Record<string, string>>((out, [digit, letter]) => {
  out[letter] = (out[letter] ?? '') + digit;
  return out;
}, {});
/** Leet digits between letters: one ("c0bl0s"), or several in a row ("s44t", "b41k"). */
const BETWEEN_LETTERS = /[a-z][013456789]+[a-z]/;
const SANDWICH = /[a-z][013456789][a-z]/;
const HAS_NON_LEET_DIGIT = /2/;

/** Letters, then one leet digit that ends the word: "ad4", "jug4", "in1". */
const LETTERS_THEN_LEET = /^([a-z]{2,})[013456789]$/;

export function undoLeet(word: string): string {
  if (!BETWEEN_LETTERS.test(word)) return undoFinalLeet(word);
  if (HAS_NON_LEET_DIGIT.test(word) || isKnownWord(word)) return word;
  const reading = leetReading(word);
  // Digits only in a row are more often a code than letters ("t63w" in a random string): read only
  // when the reading is a word the lexicon knows.
  return SANDWICH.test(word) || isKnownWord(reading) ? reading : word;
}

/**
 * A word whose one leet digit is its last character ("ad4" → "ada"), read only into a word the lexicon
 * knows and only when the letters before the digit are no word themselves: "kelas1", "top1" and
 * "juara1" are a class, a rank and a place written against their number, not "kelasi" or "topi";
 * "covid19", "jatim1" and "ri1" have no reading the lexicon knows. Slang the dictionary reads its own
 * way is left to it ("se7" is setuju, not "set").
 */
function undoFinalLeet(word: string): string {
  const m = LETTERS_THEN_LEET.exec(word);
  if (m === null || isKnownWord(m[1]) || isKnownWord(word) || expandSlang(word) !== undefined) return word;
  const reading = leetReading(word);
  return isKnownWord(reading) ? reading : word;
}

/** Every digit read as its letter: "n0" → "no" (for words too short for the letter-digit-letter test). */
export function leetReading(word: string): string {
  let out = '';
  for (const ch of word) out += LEET[ch] ?? ch;
  return out;
}

// A word with letters starred out: "c*blos", "p*l*h" (each * one letter).
const STARRED = /(?<![\p{L}\p{N}*])\p{L}+(?:\*+\p{L}+)+(?![\p{L}\p{N}*])/gu;

/**
 * Vote words with letters starred out, as posts write them to slip past filters: "c*blos" → "coblos",
 * "p*lih" → "pilih", when exactly one of `words` fits (a star stands for one letter). Other starred
 * words are left alone.
 */
export function unstarWords(text: string, words: readonly string[]): string {
  if (!text.includes('*')) return text;
  return text.replace(STARRED, (starred) => {
    const pattern = new RegExp(`^${starred.replace(/\*/g, '[a-z]')}$`);
    const fits = words.filter((w) => pattern.test(w));
    return fits.length === 1 ? fits[0] : starred;
  });
}
