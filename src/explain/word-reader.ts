// How one set of election names reads a word alone, cached: the written finder reads a post's words one
// by one and in short runs, and the same words recur over a feed.
import { normalize } from '../text/normalize.js';
import { BoundedCache } from '../text/lru.js';
import { cachesByNames, type ElectionNames } from '../text/election-names.js';

/**
 * A word's tokens by the word, for each set of election names: the same words recur over a feed, and
 * normalizing each alone cost more than scoring the post; a hashtag splits otherwise with other names.
 */
const tokensByNames = cachesByNames<string[]>(20_000);

/** How one set of election names reads words alone: the tokens normalization makes of each. */
export class WordReader {
  private readonly cache: BoundedCache<string, string[]>;

  constructor(readonly names: ElectionNames) {
    this.cache = tokensByNames(names);
  }

  /** The tokens normalization makes of one word alone, hashtags left out (the words they split into stay). */
  tokens(word: string): string[] {
    let tokens = this.cache.get(word);
    if (tokens === undefined) {
      tokens = normalize(word, this.names).tokens.filter((t) => t[0] !== '#');
      this.cache.set(word, tokens);
    }
    return tokens;
  }
}
