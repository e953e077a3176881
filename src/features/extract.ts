// Feature strings for one post, from its mention-typed tokens: stemmed word unigrams and bigrams,
// hashtags, and (optionally) character n-grams inside words, which carry misspellings and unseen
// affixed forms to the features of the word they resemble.
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { mentionsCandidate } from '../elections/mentions.js';
import { postLevelFeatures } from './post-features.js';
import { extractEvaluativeFeatures, type EvaluativeMode } from './evaluative-features.js';

export interface FeatureConfig {
  unigrams: boolean;
  bigrams: boolean;
  charNgrams: number[]; // e.g. [3, 4]; empty disables
  /**
   * Also emit each unigram as `m:` when the post mentions a candidate or party: a linear model cannot
   * otherwise tell "pilih" next to a candidate from "pilih" alone. Absent in older models (= false).
   */
  mentionConjunctions?: boolean;
  /**
   * And each unigram as `n:` in posts that name none: "ayo" then has a weight of its own where no
   * candidate is named ("ayo ke TPS"), instead of sharing the one it earns beside candidates.
   * Absent in older models (= false).
   */
  unnamedConjunctions?: boolean;
  /** A feature for the post's length in tokens (post-features.ts). Absent in older models (= false). */
  lengthBuckets?: boolean;
  /** A feature present in every non-empty post (post-features.ts). Absent in older models (= false). */
  constantFeature?: boolean;
  /** Evaluative-lexicon features (`x:neg`, `x:pos+m`…; evaluative-features.ts). Absent in older models (= none). */
  evaluativeLexicon?: EvaluativeMode;
}

// lengthBuckets, evaluativeLexicon: chosen on validation data (scripts/tune.ts, docs/model-history.md);
// models trained before them lack the fields and score as they did.
export const DEFAULT_FEATURE_CONFIG: FeatureConfig = { unigrams: true, bigrams: true, charNgrams: [3, 4], mentionConjunctions: true, unnamedConjunctions: true, lengthBuckets: true, evaluativeLexicon: 'words' };

/** Receives each feature occurrence with the token span [start, end) it came from. */
export type FeatureSink = (feature: string, start: number, end: number) => void;

const PLAIN_WORD = /^[a-z]{3,}$/;

/** The character n-gram features of one word (empty unless it is a plain word of 3+ letters). */
export function charNgramFeatures(word: string, sizes: readonly number[]): string[] {
  if (sizes.length === 0 || !PLAIN_WORD.test(word)) return [];
  const padded = ` ${word} `;
  const out: string[] = [];
  for (const n of sizes) for (let k = 0; k + n <= padded.length; k++) out.push(`c:${padded.slice(k, k + n)}`);
  return out;
}

/** Word-level features (unigram, bigram with the previous word, hashtag) in token order. */
export function extractWordFeatures(tokens: readonly string[], stems: readonly string[], config: FeatureConfig, emit: FeatureSink): void {
  const named = mentionsCandidate(tokens);
  const prefix = named ? (config.mentionConjunctions === true ? 'm:' : undefined) : config.unnamedConjunctions === true ? 'n:' : undefined;
  let prev = -1; // previous non-hashtag token, so bigrams skip over #tags
  for (let i = 0; i < tokens.length; i++) {
    const s = stems[i];
    if (s.charCodeAt(0) === 35) {
      emit(`h:${s.slice(1)}`, i, i + 1);
      continue;
    }
    if (config.unigrams && !isStopword(s)) {
      emit(`w:${s}`, i, i + 1);
      if (prefix !== undefined) emit(`${prefix}${s}`, i, i + 1);
    }
    if (config.bigrams && prev >= 0) emit(`b:${stems[prev]} ${s}`, prev, i + 1);
    prev = i;
  }
}

/** A token's stem; hashtags are kept whole. */
export function stemToken(token: string): string {
  return token.charCodeAt(0) === 35 ? token : stem(token);
}

export function stemTokens(tokens: readonly string[]): string[] {
  return tokens.map(stemToken);
}

/** Every feature occurrence of a post (duplicates included: counts become term frequency). */
export function extractFeatures(tokens: readonly string[], config: FeatureConfig, emit: FeatureSink): void {
  const stems = stemTokens(tokens);
  extractWordFeatures(tokens, stems, config, emit);
  for (let i = 0; i < tokens.length; i++) for (const f of charNgramFeatures(tokens[i], config.charNgrams)) emit(f, i, i + 1);
  if (config.evaluativeLexicon !== undefined) extractEvaluativeFeatures(tokens, stems, mentionsCandidate(tokens), config, emit);
  for (const f of postLevelFeatures(tokens.length, config)) emit(f, 0, 0);
}
