// Elongation: "pilihhhh" → "pilih", "mantaaap" → "mantap", "saaaat" → "saat".
// A run of three or more equal letters collapses to one, or to two when only the doubled form is a word.
import { isKnownWord } from './lexicon.js';

const RUN3_G = /([a-z])\1{2,}/g;

/** Three equal letters a–z in a row; a loop, because this runs on nearly every word. */
function hasRunOfThree(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2) && c >= 97 && c <= 122) return true;
  }
  return false;
}

export function undoElongation(word: string): string {
  if (!hasRunOfThree(word) || isKnownWord(word)) return word; // "pppk" (government contract staff) is a word
  // "saaaat" → "saat" (both "sat" and "saat" are words: the doubled form is the likelier intent),
  // "pilihhhh" → "pilih" (only the single form is a word).
  const double = word.replace(RUN3_G, '$1$1');
  if (isKnownWord(double)) return double;
  return word.replace(RUN3_G, '$1');
}
