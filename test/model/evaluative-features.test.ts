// Evaluative-lexicon features (x:neg, x:pos and their +m conjunctions): entries match after the
// pipeline's normalization and stemming, conjunctions need a candidate or party in the post, the fast
// vectorizer agrees with the string extractor, configs without the field emit none, and a model saved
// with them loads with the same config and scores as it was fitted; their IDF factor (evaluativeWeight)
// scales their IDF alone, and a config without it builds the vocabulary factor 1 always built.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { DEFAULT_FEATURE_CONFIG, extractFeatures, type FeatureConfig } from '../../src/features/extract.js';
import { evaluativeLexicon, extractEvaluativeFeatures, parseEvaluativeLexicon } from '../../src/features/evaluative-features.js';
import { stem } from '../../src/text/stem.js';
import { Vectorizer, featureSet } from '../../src/features/vectorize.js';
import { Vocabulary } from '../../src/features/vocabulary.js';
import { preparePost, postVector } from '../../src/features/featurizer.js';
import { MentionIndex } from '../../src/elections/mentions.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { initBackend } from '../../src/model/backend.js';
import { fitModel, fitVocabulary, prepareExamples, ElectionIndexes, DEFAULT_FIT_CONFIG, type FittedModel } from '../../src/model/train.js';
import { loadModel } from '../../src/model/artifact.js';
import { saveModel } from '../../src/model/tfjs-io.js';
import { readExamples } from '../../src/data/examples.js';
import { LABELS } from '../../src/data/labels.js';
import type { Example } from '../../src/data/dataset.js';
import { tempDir } from '../helpers/temp-dir.js';

const WORDS: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, evaluativeLexicon: 'words' };
const NAMED: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, evaluativeLexicon: 'named' };
/** A feature config as models trained before the lexicon saved it (no such field). */
const BEFORE: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, evaluativeLexicon: undefined };
const index = new MentionIndex(loadElectionDir());
const tokensOf = (text: string) => preparePost(text, index).mentions.tokens;
/** The lexicon features of a post, each with the words it covers. */
function lexiconHits(text: string, config: FeatureConfig): string[] {
  const tokens = tokensOf(text);
  const out: string[] = [];
  extractFeatures(tokens, config, (f, start, end) => (f.startsWith('x:') ? out.push(`${f} ${tokens.slice(start, end).join(' ')}`) : undefined));
  return out;
}

describe('evaluative lexicon', () => {
  it('reads the shipped file: a few hundred entries, every one normalizing to plain words', () => {
    const entries = [...evaluativeLexicon().values()].flat();
    expect(entries.length).toBeGreaterThan(250);
    expect(entries.filter((e) => e.polarity === 'pos').length).toBeGreaterThan(50);
  });

  it('matches affixed and slang forms through normalization and stemming', () => {
    expect(lexiconHits('Kita semua dibohongi', WORDS)).toEqual(['x:neg dibohongi']); // entry pembohong: stem bohong
    expect(lexiconHits('Pelayanannya mantab, orangnya amanah', WORDS)).toEqual(['x:pos mantap', 'x:pos amanah']); // slang mantab
    expect(lexiconHits('Dasar GOBLOOOK', WORDS)).toEqual(['x:neg goblok']); // capitals and elongation undone first
    expect(lexiconHits('Rapat koordinasi jam sembilan', WORDS)).toEqual([]);
  });

  it('matches an unstemmed (=) entry only as written, and a phrase once as a whole', () => {
    expect(lexiconHits('Bupati kita merakyat', WORDS)).toEqual(['x:pos merakyat']);
    expect(lexiconHits('Bantuan untuk rakyat kecil', WORDS)).toEqual([]); // merakyat's stem is not an entry
    expect(lexiconHits('Dasar planga-plongo', WORDS)).toEqual(['x:neg planga plongo']);
    expect(lexiconHits('Antek asing semua', WORDS)).toEqual(['x:neg antek asing']); // not antek, then again
  });

  it('keeps everyday stems out: entries whose stem neutral posts use are matched unstemmed', () => {
    expect(lexiconHits('Janjinya murahan, orangnya sarakah', WORDS)).toEqual(['x:neg murahan', 'x:neg sarakah']);
    expect(lexiconHits('Pasar murah dan larangan isu SARA', WORDS)).toEqual([]); // stems murah, sara
    expect(lexiconHits('Beliau pemberani dan terpuji', WORDS)).toEqual(['x:pos pemberani', 'x:pos terpuji']);
    expect(lexiconHits('Berani mencoba, puji syukur', WORDS)).toEqual([]);
    expect(lexiconHits('Dasar sok merakyat', WORDS)).toEqual(['x:neg sok merakyat']); // the phrase, not merakyat alone
  });

  it('an entry marked none is an everyday phrase whose words evaluate no one: "berani jujur hebat" (a line none was malformed)', () => {
    // the slogan's line joins the shipped file with the next training (the card hashes that file)
    const lexicon = parseEvaluativeLexicon(['jujur\tpos', 'hebat\tpos', 'berani jujur hebat\tnone']);
    const hits = (text: string) => {
      const tokens = tokensOf(text);
      const out: string[] = [];
      extractEvaluativeFeatures(tokens, tokens.map(stem), false, WORDS, (f, start, end) => out.push(`${f} ${tokens.slice(start, end).join(' ')}`), lexicon);
      return out;
    };
    expect(hits('Berani jujur hebat! Tolak gratifikasi')).toEqual([]);
    expect(hits('Orangnya jujur, kerjanya hebat')).toEqual(['x:pos jujur', 'x:pos hebat']); // the words still praise elsewhere
  });

  it('adds the +m conjunctions only in posts naming a candidate or party', () => {
    expect(lexiconHits('Prabowo itu pembohong', WORDS)).toEqual(['x:neg pembohong', 'x:neg+m pembohong']);
    expect(lexiconHits('Tetangga saya pembohong', WORDS)).toEqual(['x:neg pembohong']);
    expect(lexiconHits('Prabowo itu pembohong', NAMED)).toEqual(['x:neg+m pembohong']);
    expect(lexiconHits('Tetangga saya pembohong', NAMED)).toEqual([]);
  });

  it('emits nothing for a config without the field (older models); new trainings have it', () => {
    expect(DEFAULT_FEATURE_CONFIG.evaluativeLexicon).toBe('words');
    expect(lexiconHits('Prabowo itu pembohong', BEFORE)).toEqual([]);
    const tokens = tokensOf('Prabowo itu pembohong, Anies mantap');
    const withLexicon = featureSet(tokens, WORDS);
    const without = featureSet(tokens, BEFORE);
    expect([...withLexicon].filter((f) => !without.has(f)).sort()).toEqual(['x:neg', 'x:neg+m', 'x:pos', 'x:pos+m']);
    // a saved older model's config lacks the field (its fixed logits: post-features.test.ts)
    const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/model-2026-12-05i-logits.json'), 'utf8')) as { model: string };
    expect(loadModel(fixture.model).spec.features.evaluativeLexicon).toBeUndefined();
  });

  it('rejects a malformed line or an entry that is no plain word', () => {
    expect(() => parseEvaluativeLexicon(['bodoh'])).toThrow(/malformed line/);
    expect(() => parseEvaluativeLexicon(['bodoh\tjelek'])).toThrow(/malformed line/);
    expect(() => parseEvaluativeLexicon(['😡\tneg'])).toThrow(/plain words/);
  });

  it('are counted by the vectorizer as the string extractor emits them, spans included', () => {
    const posts = ['Prabowo itu pembohong, dasar planga-plongo', 'Tetangga saya pembohong', 'Anies mantab, amanah dan merakyat', 'Rapat jam sembilan'].map(tokensOf);
    for (const config of [WORDS, NAMED]) {
      const vocab = Vocabulary.build(posts.map((t) => featureSet(t, config)), { minDf: 1, maxFeatures: 10_000 });
      const vectorizer = new Vectorizer(vocab, config);
      for (const tokens of posts) {
        const expected = new Map<number, number>();
        extractFeatures(tokens, config, (f, start, end) => {
          if (!expected.has(vocab.index.get(f)!)) expected.set(vocab.index.get(f)!, start * 65536 + end);
        });
        const { vector, spans } = vectorizer.vectorize(tokens, true);
        expect([...vector.indices].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
        vector.indices.forEach((col, k) => expect(spans![k]).toBe(expected.get(col)));
      }
    }
  });
});

describe('a model saved with the evaluative lexicon', () => {
  const examples: Example[] = readExamples().map((e) => ({ ...e, source: `examples/${e.file}`, platform: 'written' }));
  const indexes = new ElectionIndexes(loadElectionDir());
  const config = { ...DEFAULT_FIT_CONFIG, features: { ...DEFAULT_FIT_CONFIG.features, evaluativeLexicon: 'words' as const }, evaluativeWeight: 2, maxFeatures: 3000, train: { ...DEFAULT_FIT_CONFIG.train, epochs: 4 } };
  let fitted: FittedModel;

  beforeAll(async () => {
    await initBackend();
    fitted = await fitModel({ train: examples.filter((_, i) => i % 4 !== 0), validation: examples.filter((_, i) => i % 4 === 0), indexes, config });
  });

  it('keeps the config and the scaled lexicon IDF through disk, and scores as fitted', async () => {
    const dir = path.join(tempDir('netra-model-'), 'v-lex');
    await saveModel(dir, fitted.tfModel, { format: 'netra-linear-v1', version: 'v-lex', labels: LABELS, features: fitted.features, vocabulary: fitted.vocabulary.toJSON(), calibration: fitted.calibration, thresholds: fitted.thresholds }, {});
    const loaded = loadModel(dir);
    expect(loaded.spec.features.evaluativeLexicon).toBe('words');
    const col = loaded.vocabulary.index.get('x:neg');
    expect(col).toBeDefined();
    expect(loaded.vocabulary.idf[col!]).toBeCloseTo(fitted.vocabulary.idf[col!], 5);
    const prepared = preparePost('Prabowo itu pembohong, dasar planga-plongo', indexes.for());
    const before = postVector(prepared, fitted.features, fitted.vocabulary).vector;
    const after = postVector(prepared, loaded.spec.features, loaded.vocabulary).vector;
    expect([...after.indices].map((c) => loaded.vocabulary.features[c])).toEqual(expect.arrayContaining(['x:neg', 'x:neg+m']));
    const z0 = fitted.sparse.logits(before);
    const z1 = loaded.sparse.logits(after);
    z0.forEach((z, c) => expect(z1[c]).toBeCloseTo(z, 5));
  });
});

describe('the IDF factor on the evaluative lexicon (evaluativeWeight)', () => {
  const examples: Example[] = readExamples().map((e) => ({ ...e, source: `examples/${e.file}`, platform: 'written' }));
  const prepared = prepareExamples(examples.slice(0, 600), new ElectionIndexes(loadElectionDir()));
  const base = { ...DEFAULT_FIT_CONFIG, features: { ...DEFAULT_FIT_CONFIG.features, evaluativeLexicon: 'words' as const } };
  const absent = fitVocabulary(prepared, { ...base, evaluativeWeight: undefined });

  it('is 1 when a config has none, so models trained before it score as they did', () => {
    const one = fitVocabulary(prepared, { ...base, evaluativeWeight: 1 });
    expect(one.features).toEqual(absent.features);
    expect(Array.from(one.idf)).toEqual(Array.from(absent.idf));
  });

  it('multiplies the IDF of the x: features only', () => {
    const lex = absent.features.filter((f) => f.startsWith('x:'));
    expect(lex).toEqual(expect.arrayContaining(['x:neg', 'x:pos']));
    for (const factor of [2, 0.5]) {
      const scaled = fitVocabulary(prepared, { ...base, evaluativeWeight: factor });
      expect(scaled.features).toEqual(absent.features);
      absent.features.forEach((f, i) => expect(scaled.idf[i]).toBeCloseTo(f.startsWith('x:') ? absent.idf[i] * factor : absent.idf[i], 6));
    }
  });
});
