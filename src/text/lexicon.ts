// The set of known Indonesian words: natural's root-word dictionary (Sastrawi's kata dasar)
// plus our own list of derived forms and proper nouns, plus the slang dictionary's outputs.
// Used to segment hashtags (with the election configs' name words: election-names.ts), to choose
// between "aa" and "a" when undoing elongation, and by mention detection to tell ordinary words from names.
import { readDataLines, requireNatural } from './resources.js';
import { slangDictionary } from './slang.js';

let words: Set<string> | undefined;

export function lexicon(): Set<string> {
  if (words) return words;
  const roots = requireNatural('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[];
  const set = new Set<string>(roots);
  for (const w of readDataLines('lexicon-extra.txt')) set.add(w.toLowerCase());
  for (const standard of slangDictionary().values()) for (const w of standard) set.add(w);
  words = set;
  return set;
}

export function isKnownWord(word: string): boolean {
  return lexicon().has(word);
}
