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

let names: Set<string> | undefined;
/** data/names-not-words.txt: roots of the lexicon that posts write bare only as a name ("luluk"). */
export function isNameNotWord(word: string): boolean {
  return (names ??= new Set(readDataLines('names-not-words.txt'))).has(word);
}

/** A word of the lexicon that posts write bare as a word ("ganjar": "Allah ganjar pahala"), not a root written bare only as a name (isNameNotWord). */
export function isEverydayWord(word: string): boolean {
  return isKnownWord(word) && !isNameNotWord(word);
}
