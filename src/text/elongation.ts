// Elongation: "pilihhhh" → "pilih", "mantaaap" → "mantap", "saaaat" → "saat".
// A run of three or more equal letters collapses to one, or to two when only the doubled form is a word.
import { isKnownWord } from './lexicon.js';

const RUN3 = /([a-z])\1{2,}/;
const RUN3_G = /([a-z])\1{2,}/g;

export function undoElongation(word: string): string {
  if (!RUN3.test(word)) return word;
  const single = word.replace(RUN3_G, '$1');
  if (isKnownWord(single)) return single;
  const double = word.replace(RUN3_G, '$1$1');
  return isKnownWord(double) ? double : single;
}
