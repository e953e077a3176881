// Post-level features (length buckets, a constant feature): what they emit, that the fast vectorizer
// agrees with the string extractor, that they dilute a one-token post, and that models saved without
// them (their feature config lacks the fields) score exactly as before.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_CONFIG, extractFeatures } from '../../src/features/extract.js';
import { CONSTANT_FEATURE, LENGTH_BUCKET_FEATURES, lengthBucketFeature, postLevelFeatures } from '../../src/features/post-features.js';
import { Vectorizer, featureSet } from '../../src/features/vectorize.js';
import { Vocabulary } from '../../src/features/vocabulary.js';
import { loadModel } from '../../src/model/artifact.js';
import { SparseLinear } from '../../src/model/sparse-linear.js';
import { explain } from '../../src/explain/evidence.js';
import { preparePost } from '../../src/features/featurizer.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';

const WITH_POST = { ...DEFAULT_FEATURE_CONFIG, lengthBuckets: true, constantFeature: true };
/** A feature config as models trained before post-level features saved it (no such fields). */
const BEFORE = { ...DEFAULT_FEATURE_CONFIG, lengthBuckets: undefined, constantFeature: undefined };

describe('post-level features', () => {
  it('bucket the length as 1, 2, 3–5, 6–15 and 16+ tokens', () => {
    expect([1, 2, 3, 5, 6, 15, 16, 200].map(lengthBucketFeature)).toEqual(['p:len1', 'p:len2', 'p:len3-5', 'p:len3-5', 'p:len6-15', 'p:len6-15', 'p:len16+', 'p:len16+']);
    expect(LENGTH_BUCKET_FEATURES).toEqual(['p:len1', 'p:len2', 'p:len3-5', 'p:len6-15', 'p:len16+']);
  });

  it('are emitted only when the config asks, and not for an empty post', () => {
    expect(postLevelFeatures(1, BEFORE)).toEqual([]);
    expect(postLevelFeatures(1, DEFAULT_FEATURE_CONFIG)).toEqual(['p:len1']); // length buckets are trained by default
    expect(postLevelFeatures(3, WITH_POST)).toEqual(['p:len3-5', CONSTANT_FEATURE]);
    expect(postLevelFeatures(3, { ...BEFORE, constantFeature: true })).toEqual([CONSTANT_FEATURE]);
    expect(postLevelFeatures(0, WITH_POST)).toEqual([]);
    expect([...featureSet(['🙄'], WITH_POST)]).toEqual(expect.arrayContaining(['w:🙄', 'p:len1', CONSTANT_FEATURE]));
    expect([...featureSet(['🙄'], BEFORE)].some((f) => f.startsWith('p:'))).toBe(false);
  });

  const posts = [['🙄'], ['lanjut'], ['mantap', 'pak', '!'], ['ayo', 'coblos', '<cand_no>', 'besok', '😏'], Array.from({ length: 20 }, (_, i) => (i % 2 ? 'pilih' : 'tps'))];
  const vocab = Vocabulary.build(posts.map((t) => featureSet(t, WITH_POST)), { minDf: 1, maxFeatures: 10_000 });
  const vectorizer = new Vectorizer(vocab, WITH_POST);

  it('are counted by the vectorizer as the string extractor emits them, with an empty span', () => {
    for (const tokens of posts) {
      const expected = new Map<number, number>();
      extractFeatures(tokens, WITH_POST, (f, start, end) => {
        if (!expected.has(vocab.index.get(f)!)) expected.set(vocab.index.get(f)!, start * 65536 + end);
      });
      const { vector, spans } = vectorizer.vectorize(tokens, true);
      expect([...vector.indices].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
      vector.indices.forEach((col, k) => expect(spans![k]).toBe(expected.get(col)));
      const post = [...vector.indices].filter((c) => vocab.features[c].startsWith('p:')).map((c) => vocab.features[c]);
      expect(post).toEqual([lengthBucketFeature(tokens.length), CONSTANT_FEATURE]);
    }
  });

  it('take a share of a one-token post, which without them puts all its weight on that token', () => {
    const tokenShare = (v: Vectorizer, tokens: string[]) => {
      const { vector } = v.vectorize(tokens);
      let share = 0;
      vector.indices.forEach((c, k) => (v.vocab.features[c].startsWith('p:') ? 0 : (share += vector.values[k] ** 2)));
      return share;
    };
    const plain = new Vectorizer(Vocabulary.build(posts.map((t) => featureSet(t, BEFORE)), { minDf: 1, maxFeatures: 10_000 }), BEFORE);
    expect(tokenShare(plain, ['🙄'])).toBeCloseTo(1, 6);
    expect(tokenShare(vectorizer, ['🙄'])).toBeLessThan(0.9);
    // the longer the post, the less the post-level features take
    expect(tokenShare(vectorizer, posts[4])).toBeGreaterThan(tokenShare(vectorizer, ['🙄']));
  });
});

describe('evidence with post-level features', () => {
  it('shows words only: the post-level features cover none', () => {
    const prepared = preparePost('Ayo coblos 02 besok 😏', new MentionIndex(loadElectionDir()));
    const tokens = prepared.mentions.tokens;
    const vocab = Vocabulary.build([featureSet(tokens, WITH_POST)], { minDf: 1, maxFeatures: 10_000 });
    // every feature pushes toward label 0, the post-level ones hardest
    const kernel = new Float32Array(vocab.size * 2);
    vocab.features.forEach((f, col) => (kernel[col * 2] = f.startsWith('p:') ? 10 : 1));
    const vec = new Vectorizer(vocab, WITH_POST).vectorize(tokens, true, prepared.mentions.words);
    const evidence = explain(vec, prepared.mentions, new SparseLinear(kernel, new Float32Array(2), vocab.size, 2), 0, 1);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e.text.trim()).not.toBe('');
    let wordsOnly = 0;
    vec.vector.indices.forEach((col, k) => (vocab.features[col].startsWith('p:') ? 0 : (wordsOnly += vec.vector.values[k])));
    // the evidence shown is at most the words' contribution (the strongest five phrases of it)
    expect(evidence.reduce((a, e) => a + e.weight, 0)).toBeLessThanOrEqual(wordsOnly + 1e-3);
  });
});

describe('a model saved before post-level features', () => {
  const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/model-2026-12-05i-logits.json'), 'utf8')) as { model: string; posts: { tokens: string[]; logits: number[] }[] };
  const model = loadModel(fixture.model);

  it('has none in its feature config', () => {
    expect(model.spec.features.lengthBuckets).toBeUndefined();
    expect(model.spec.features.constantFeature).toBeUndefined();
  });

  it('scores fixed tokens exactly as before', () => {
    const vectorizer = new Vectorizer(model.vocabulary, model.spec.features);
    for (const p of fixture.posts) {
      const logits = model.sparse.logits(vectorizer.vectorize(p.tokens).vector);
      p.logits.forEach((z, c) => expect(logits[c]).toBeCloseTo(z, 4));
    }
  });
});
