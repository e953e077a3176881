// The features stage: raw text → normalize → mentions (typed placeholders) → sparse TF-IDF vector.
// Training, scoring and evaluation all go through this one class so that nothing is featurized twice
// in two different ways.
import { normalize, type NormalizedPost } from '../text/normalize.js';
import type { MentionIndex, MentionResult } from '../elections/mentions.js';
import { vectorize, featureSet, type VectorizedPost } from './vectorize.js';
import type { FeatureConfig } from './extract.js';
import type { Vocabulary } from './vocabulary.js';

export interface PreparedPost {
  normalized: NormalizedPost;
  mentions: MentionResult;
}

/**
 * The post read with the index's election names, and its mentions.
 * @param when the post's time, when known: it helps pick the election a post is about
 */
export function preparePost(text: string, index: MentionIndex, when?: Date): PreparedPost {
  const normalized = normalize(text, index.names);
  return { normalized, mentions: index.detect(normalized, when) };
}

export function postFeatureSet(prepared: PreparedPost, config: FeatureConfig): Set<string> {
  return featureSet(prepared.mentions.tokens, config);
}

export function postVector(prepared: PreparedPost, config: FeatureConfig, vocab: Vocabulary, withSpans = false): VectorizedPost {
  return vectorize(prepared.mentions.tokens, config, vocab, withSpans, prepared.mentions.words);
}
