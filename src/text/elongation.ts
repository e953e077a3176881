// Elongation: "pilihhhh" → "pilih", "mantaaap" → "mantap", "saaaat" → "saat".
// A run of three or more equal letters collapses to one, or to two when only the doubled form is a word.
import { isKnownWord } from './lexicon.js';

const RUN3 = /([a-z])\1{2,}/;
const RUN3_G = /([a-z])\1{2,}/g;

export function undoElongation(word: string): string {
  if (!RUN3.test(word)) return word;
  // "saaaat" → "saat" (both "sat" and "saat" are words: the doubled form is the likelier intent),
  // "pilihhhh" → "pilih" (only the single form is a word).
  const double = word.replace(RUN3_G, '$1$1');
  if (isKnownWord(double)) return double;
  return word.replace(RUN3_G, '$1');
}
