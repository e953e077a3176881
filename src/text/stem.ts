// Indonesian stemming through natural's Sastrawi port, loaded by deep path (its top-level entry loads
// database clients and reads .env). The stemmer costs tens of microseconds per uncached word
// (scripts/bench-text.ts measures it), while social-media vocabulary is Zipfian, so a bounded cache
// in front of it makes the average lookup a Map hit. Words the dictionary does not know (regional
// words, names, slang) come back unchanged from the stemmer, so they pass through untouched.
import { requireNatural } from './resources.js';
import { BoundedCache } from './lru.js';

interface NaturalStemmer {
  stem(word: string): string;
}

let stemmer: NaturalStemmer | undefined;
const cache = new BoundedCache<string, string>(50_000);
const STEMMABLE = /^[a-z]{4,}$/; // placeholders, emoji, numbers, short words and hyphenated forms are kept

export function stemUncached(word: string): string {
  stemmer ??= requireNatural('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as NaturalStemmer;
  return stemmer.stem(word);
}

export function stem(word: string): string {
  if (!STEMMABLE.test(word)) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const root = stemUncached(word);
  cache.set(word, root);
  return root;
}
