// The cached Vectorizer (scoring hot path) must produce exactly the features the string extractor
// defines (which training uses to build the vocabulary).
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/features/vocabulary.js';
import { Vectorizer, featureSet } from '../../src/features/vectorize.js';
import { extractFeatures, DEFAULT_FEATURE_CONFIG } from '../../src/features/extract.js';
import { preparePost } from '../../src/features/featurizer.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { syntheticPosts } from '../../scripts/lib/synthetic-posts.js';

describe('Vectorizer', () => {
  // mention-typed tokens, as training and scoring see them (so mention conjunctions occur)
  const index = new MentionIndex(loadElectionDir());
  const posts = [...syntheticPosts(400, 21)].map((p) => preparePost(p, index).mentions.tokens);

  it('sees posts with and without candidate mentions', () => {
    const withMention = posts.filter((t) => t.includes('<cand>') || t.includes('<cand_no>')).length;
    expect(withMention).toBeGreaterThan(20);
    expect(withMention).toBeLessThan(posts.length);
  });
  const vocab = Vocabulary.build(posts.map((t) => featureSet(t, DEFAULT_FEATURE_CONFIG)), { minDf: 1, maxFeatures: 1_000_000 });
  const vectorizer = new Vectorizer(vocab, DEFAULT_FEATURE_CONFIG);

  it('counts the same features as the string extractor', () => {
    for (const tokens of posts) {
      const expected = new Map<number, number>();
      extractFeatures(tokens, DEFAULT_FEATURE_CONFIG, (f) => {
        const col = vocab.index.get(f)!;
        expected.set(col, (expected.get(col) ?? 0) + 1);
      });
      const { vector } = vectorizer.vectorize(tokens);
      expect(new Set(vector.indices).size).toBe(vector.indices.length); // each column once, in first-occurrence order
      expect([...vector.indices].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
      // values are L2-normalized sublinear tf × idf
      const raw = [...vector.indices].map((c) => (1 + Math.log(expected.get(c)!)) * vocab.idf[c]);
      const norm = Math.hypot(...raw);
      [...vector.values].forEach((v, k) => expect(v).toBeCloseTo(raw[k] / norm, 5));
    }
  });

  it('reads the same columns through the word facts mention detection looked up, for each vocabulary its own', () => {
    const prepared = [...syntheticPosts(200, 22)].map((p) => preparePost(p, index).mentions);
    // another vocabulary (bigrams and char n-grams of its own) reading the same word facts first: its columns must not leak
    const other = new Vectorizer(Vocabulary.build(prepared.slice(0, 50).map((m) => featureSet(m.tokens, DEFAULT_FEATURE_CONFIG)), { minDf: 1, maxFeatures: 500 }), DEFAULT_FEATURE_CONFIG);
    const fresh = new Vectorizer(vocab, DEFAULT_FEATURE_CONFIG);
    for (const m of prepared) {
      expect(m.words).toHaveLength(m.tokens.length);
      const theirs = other.vectorize(m.tokens, true, m.words);
      const expected = fresh.vectorize(m.tokens, true);
      const got = vectorizer.vectorize(m.tokens, true, m.words);
      expect([...got.vector.indices]).toEqual([...expected.vector.indices]);
      expect([...got.vector.values]).toEqual([...expected.vector.values]);
      expect([...got.spans!]).toEqual([...expected.spans!]);
      expect([...other.vectorize(m.tokens, true, m.words).vector.indices]).toEqual([...theirs.vector.indices]);
    }
  });

  it('counts a column each time it occurs and keeps the span of its first occurrence', () => {
    // "pilih pilih": the same unigram and n-grams twice; the bigram's span covers both words
    const tokens = ['pilih', 'dia', 'pilih', 'pilih'];
    const expected = new Map<number, { count: number; span: number }>();
    extractFeatures(tokens, DEFAULT_FEATURE_CONFIG, (f, start, end) => {
      const col = vocab.index.get(f);
      if (col === undefined) return;
      const seen = expected.get(col);
      if (seen) seen.count++;
      else expected.set(col, { count: 1, span: start * 65536 + end });
    });
    expect([...expected.values()].some((e) => e.count === 3)).toBe(true);
    const { vector, spans } = vectorizer.vectorize(tokens, true);
    expect([...vector.indices]).toEqual([...expected.keys()]); // first-occurrence order
    expect([...spans!]).toEqual([...expected.values()].map((e) => e.span));
    const raw = [...expected.entries()].map(([c, e]) => (e.count === 1 ? 1 : 1 + Math.log(e.count)) * vocab.idf[c]);
    const norm = Math.hypot(...raw);
    [...vector.values].forEach((v, k) => expect(v).toBeCloseTo(raw[k] / norm, 6));
  });

  it('is stateless between calls and records a span per column', () => {
    const a = vectorizer.vectorize(posts[0], true);
    vectorizer.vectorize(posts[1]);
    const again = vectorizer.vectorize(posts[0], true);
    expect([...again.vector.values]).toEqual([...a.vector.values]);
    expect(a.spans).toHaveLength(a.vector.indices.length);
    // words have a span of one token or more; post-level features (post-features.ts) cover none
    a.spans!.forEach((packed, k) => {
      if (vocab.features[a.vector.indices[k]].startsWith('p:')) expect(packed).toBe(0);
      else expect(packed & 0xffff).toBeGreaterThan(packed >>> 16);
    });
  });
});

describe('mention conjunctions', () => {
  const words = (tokens: string[], config = DEFAULT_FEATURE_CONFIG): string[] => {
    const out: string[] = [];
    extractFeatures(tokens, config, (f) => {
      if (f.startsWith('m:') || f.startsWith('n:') || f.startsWith('w:')) out.push(f);
    });
    return out;
  };

  it('doubles each unigram as m: only in posts that name a candidate or party', () => {
    expect(words(['ayo', 'pilih', '<cand>'])).toEqual(['w:ayo', 'm:ayo', 'w:pilih', 'm:pilih', 'w:<cand>', 'm:<cand>']);
    expect(words(['ayo', 'pilih', 'menu'], { ...DEFAULT_FEATURE_CONFIG, unnamedConjunctions: false })).toEqual(['w:ayo', 'w:pilih', 'w:menu']);
    expect(words(['dukung', '<party>'])).toContain('m:dukung');
  });

  it('doubles each unigram as n: only in posts that name none, when asked to', () => {
    const both = { ...DEFAULT_FEATURE_CONFIG, mentionConjunctions: true, unnamedConjunctions: true };
    expect(words(['ayo', 'tps'], both)).toEqual(['w:ayo', 'n:ayo', 'w:tps', 'n:tps']);
    expect(words(['ayo', 'pilih', '<cand>'], both)).toEqual(['w:ayo', 'm:ayo', 'w:pilih', 'm:pilih', 'w:<cand>', 'm:<cand>']);
    const unnamedOnly = { ...both, mentionConjunctions: false };
    expect(words(['ayo', 'pilih', '<cand>'], unnamedOnly)).toEqual(['w:ayo', 'w:pilih', 'w:<cand>']);
    expect(words(['ayo', 'tps'], unnamedOnly)).toEqual(['w:ayo', 'n:ayo', 'w:tps', 'n:tps']);
  });

  it('are off for models trained without them', () => {
    expect(words(['ayo', 'pilih', '<cand>'], { ...DEFAULT_FEATURE_CONFIG, mentionConjunctions: undefined })).toEqual(['w:ayo', 'w:pilih', 'w:<cand>']);
    expect(words(['ayo', 'tps'], { ...DEFAULT_FEATURE_CONFIG, unnamedConjunctions: undefined })).toEqual(['w:ayo', 'w:tps']);
  });
});

describe('Vocabulary.scaled', () => {
  const vocab = Vocabulary.build([new Set(['w:ayo', 'c:ayo', 'c: ay']), new Set(['w:ayo', 'w:tps'])], { minDf: 1, maxFeatures: 100 });

  it('scales the IDF of one feature group only, keeping columns', () => {
    const half = vocab.scaled('c:', 0.5);
    expect(half.features).toEqual(vocab.features);
    vocab.features.forEach((f, i) => expect(half.idf[i]).toBeCloseTo(f.startsWith('c:') ? vocab.idf[i] * 0.5 : vocab.idf[i], 6));
    expect(vocab.scaled('c:', 1)).toBe(vocab);
  });

  it('makes the vectorizer weigh that group less within the same L2-normalized vector', () => {
    const tokens = ['ayo'];
    const config = { ...DEFAULT_FEATURE_CONFIG, charNgrams: [3] };
    const plain = new Vectorizer(vocab, config).vectorize(tokens).vector;
    const scaled = new Vectorizer(vocab.scaled('c:', 0.5), config).vectorize(tokens).vector;
    const share = (v: typeof plain, vb: Vocabulary) => {
      let c = 0;
      v.indices.forEach((col, k) => (vb.features[col].startsWith('c:') ? (c += v.values[k] ** 2) : 0));
      return c;
    };
    expect(share(scaled, vocab)).toBeLessThan(share(plain, vocab));
  });
});
