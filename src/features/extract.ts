// Feature strings for one post, from its mention-typed tokens: stemmed word unigrams and bigrams,
// hashtags, and (optionally) character n-grams inside words, which carry misspellings and unseen
// affixed forms to the features of the word they resemble.
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';

export interface FeatureConfig {
  unigrams: boolean;
  bigrams: boolean;
  charNgrams: number[]; // e.g. [3, 4]; empty disables
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = { unigrams: true, bigrams: true, charNgrams: [3, 4] };

export interface FeatureHit {
  feature: string;
  /** Index range in the token list the feature came from, for evidence. */
  start: number;
  end: number;
}

const PLAIN_WORD = /^[a-z]{3,}$/;

/** Calls `emit` for every feature occurrence (duplicates included: counts become term frequency). */
export function extractFeatures(tokens: readonly string[], config: FeatureConfig, emit: (hit: FeatureHit) => void): void {
  const stems = tokens.map((t) => (t.charCodeAt(0) === 35 ? t : stem(t)));
  let prev = -1; // previous non-hashtag token index, so bigrams skip over #tags
  for (let i = 0; i < tokens.length; i++) {
    const s = stems[i];
    if (s.charCodeAt(0) === 35) {
      emit({ feature: `h:${s.slice(1)}`, start: i, end: i + 1 });
      continue;
    }
    if (config.unigrams && !isStopword(s)) emit({ feature: `w:${s}`, start: i, end: i + 1 });
    if (config.bigrams && prev >= 0) emit({ feature: `b:${stems[prev]} ${s}`, start: prev, end: i + 1 });
    prev = i;
    if (config.charNgrams.length > 0 && PLAIN_WORD.test(tokens[i])) {
      const padded = ` ${tokens[i]} `;
      for (const n of config.charNgrams) {
        for (let k = 0; k + n <= padded.length; k++) emit({ feature: `c:${padded.slice(k, k + n)}`, start: i, end: i + 1 });
      }
    }
  }
}
