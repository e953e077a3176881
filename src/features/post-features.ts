// Post-level features: facts about the whole post rather than one of its words. Without them a post of
// one token ("🙄", "Lanjut") puts all of its L2-normalized vector on that token's features, while in
// longer posts the same token has a small share, and one linear weight cannot fit both readings.
//   lengthBuckets — one typed feature for the post's length in tokens, so one-token reactions can
//     learn a label mix of their own;
//   constantFeature — the same feature in every post: its share is large in a short post and small
//     in a long one, so it dilutes a lone token and learns what short posts lean toward.
// They cover no words, so their span is empty (evidence shows words only).
import type { FeatureConfig } from './extract.js';

/** Prefix of post-level features (their IDF can be scaled as a group: Vocabulary.scaled). */
export const POST_FEATURE_PREFIX = 'p:';

export const CONSTANT_FEATURE = `${POST_FEATURE_PREFIX}post`;

// Upper bounds (inclusive) of the length buckets, in tokens; longer posts share the last bucket.
const BUCKET_BOUNDS = [1, 2, 5, 15] as const;

/** Token counts from this one on all fall in the last bucket. */
export const LAST_BUCKET_START = BUCKET_BOUNDS[BUCKET_BOUNDS.length - 1] + 1;

/** The length bucket feature of a post of `tokens` tokens (at least one). */
export function lengthBucketFeature(tokens: number): string {
  let low = 1;
  for (const high of BUCKET_BOUNDS) {
    if (tokens <= high) return `${POST_FEATURE_PREFIX}len${low === high ? low : `${low}-${high}`}`;
    low = high + 1;
  }
  return `${POST_FEATURE_PREFIX}len${low}+`;
}

/** Every length bucket feature, shortest first. */
export const LENGTH_BUCKET_FEATURES: readonly string[] = [...BUCKET_BOUNDS.map((b) => lengthBucketFeature(b)), lengthBucketFeature(LAST_BUCKET_START)];

/** Whether the config asks for any post-level feature (absent in older models: none). */
export function hasPostFeatures(config: FeatureConfig): boolean {
  return config.lengthBuckets === true || config.constantFeature === true;
}

/** The post-level features of a post of `tokens` tokens; an empty post has none (nothing to dilute). */
export function postLevelFeatures(tokens: number, config: FeatureConfig): string[] {
  if (tokens === 0) return [];
  const out: string[] = [];
  if (config.lengthBuckets === true) out.push(lengthBucketFeature(tokens));
  if (config.constantFeature === true) out.push(CONSTANT_FEATURE);
  return out;
}
