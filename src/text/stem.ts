// Indonesian stemming: the Sastrawi algorithm as natural implements it, in our own faster port
// (sastrawi.ts, checked equal to natural's by test/text/stem.test.ts). A stem still costs ≈ 10 µs
// per uncached word (scripts/bench-text.ts measures it), while social-media vocabulary is Zipfian,
// so a bounded cache in front of it makes the average lookup a Map hit. Words the dictionary does not
// know (regional words, names, slang) come back unchanged, so they pass through untouched.
import { requireNatural } from './resources.js';
import { BoundedCache } from './lru.js';
import { sastrawiStem } from './sastrawi.js';

interface NaturalStemmer {
  stem(word: string): string;
}

let natural: NaturalStemmer | undefined;
const cache = new BoundedCache<string, string>(50_000);
const STEMMABLE = /^[a-z]{4,}$/; // placeholders, emoji, numbers, short words and hyphenated forms are kept

/** natural's own stemmer, loaded by deep path (its top-level entry loads database clients and reads .env): the reference. */
export function naturalStem(word: string): string {
  natural ??= requireNatural('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as NaturalStemmer;
  return natural.stem(word);
}

export function stemUncached(word: string): string {
  return sastrawiStem(word);
}

export function stem(word: string): string {
  if (!STEMMABLE.test(word)) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const root = stemUncached(word);
  cache.set(word, root);
  return root;
}
