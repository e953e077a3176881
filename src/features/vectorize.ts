// Sparse TF-IDF vectors: sublinear term frequency × IDF, L2-normalized; unknown features are ignored.
// Scoring is a hot path, so a Vectorizer bound to one vocabulary caches each word's character n-gram
// columns (words repeat heavily) and counts into reusable scratch arrays instead of Maps.
import { extractFeatures, charNgramFeatures, stemToken, type FeatureConfig } from './extract.js';
import { mentionsCandidate } from '../elections/mentions.js';
import { isStopword } from '../text/stopwords.js';
import type { Vocabulary } from './vocabulary.js';
import { BoundedCache } from '../text/lru.js';
import { postLevelFeatures, hasPostFeatures, LAST_BUCKET_START } from './post-features.js';
import type { WordInfo } from '../elections/phrase-index.js';
import { extractEvaluativeFeatures, mayStartEntry } from './evaluative-features.js';
import { CharColumnPools, type CharColumns } from './char-columns.js';

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface VectorizedPost {
  vector: SparseVector;
  /** Aligned with vector.indices: the first token span it came from, packed as start × 65536 + end (for evidence). */
  spans?: Int32Array;
}

export function featureSet(tokens: readonly string[], config: FeatureConfig): Set<string> {
  const set = new Set<string>();
  extractFeatures(tokens, config, (f) => set.add(f));
  return set;
}

/**
 * Hands out typed-array views carved from large shared buffers. A view costs far less than a new
 * ArrayBuffer; a buffer is freed once no vector made from it is alive.
 */
class Slab {
  private buffer = new ArrayBuffer(0);
  private offset = 0;
  private static readonly SIZE = 1 << 18;

  private take(bytes: number): number {
    if (this.offset + bytes > this.buffer.byteLength) {
      this.buffer = new ArrayBuffer(Math.max(Slab.SIZE, bytes));
      this.offset = 0;
    }
    const at = this.offset;
    this.offset += bytes;
    return at;
  }

  int32(n: number): Int32Array {
    const at = this.take(n * 4);
    return new Int32Array(this.buffer, at, n);
  }

  float32(n: number): Float32Array {
    const at = this.take(n * 4);
    return new Float32Array(this.buffer, at, n);
  }
}

const slab = new Slab();

/** What a token contributes on its own, worked out once per distinct token; its character n-gram columns are CharColumns. */
export interface TokenFeatures extends CharColumns {
  hashtag: boolean;
  unigram: number; // column or -1
  /** Column of the unigram's mention conjunction (`m:`), or -1. */
  conjunction: number;
  /** Column of the unigram's no-mention conjunction (`n:`), or -1. */
  unnamed: number;
  /** Its stem's number among the stems that end a bigram in the vocabulary, or -1 when none does. */
  second: number;
  /** Bigram columns by the number (`second`) of the stem that can follow this one. */
  next: Map<number, number> | undefined;
  /** Whether a lexicon entry can start at this token (its stem or itself is an entry's first word). */
  lexicon: boolean;
  /** stemToken(token), kept for the lexicon's matching: a second stem-cache lookup per token cost ≈ 2 µs a post. */
  stem: string;
}

export class Vectorizer {
  /**
   * Per column, 1 + its place among the columns counted so far in this post (0: not counted yet): the
   * one array read at random per feature occurrence, at two bytes a column (32 KB for 16k columns)
   * where a count and a span per column took eight, so fewer of those reads miss the cache.
   */
  private readonly slots: Uint16Array | Uint32Array;
  /**
   * By place (first-occurrence order): the column, its count in this post and the first token span it
   * came from. Typed arrays with a count, as a number[] emptied with `length = 0` lost its backing
   * store and regrew it on every post.
   */
  private readonly touched: Int32Array;
  private readonly counts: Int32Array;
  private readonly firstSpans: Int32Array;
  private touchedCount = 0;
  /** This post's tokens' features, by token (filled by vectorize; never read past the post's length, at most MAX_TOKENS). */
  private readonly postFeatures: TokenFeatures[] = [];
  private readonly tokens = new BoundedCache<string, TokenFeatures>(100_000);
  /**
   * Placeholders (<num>, <cand> …: 2.8 a post, not in mention detection's word facts) apart, in a
   * table small enough to stay in cache: in the word cache each cost a lookup among thousands of words.
   */
  private readonly placeholders = new BoundedCache<string, TokenFeatures>(1_000);
  private readonly charColumns = new CharColumnPools();
  /**
   * Bigram columns as first stem → number of the second stem → column: no string building per lookup,
   * and the second word's part is a number, compared without reading two strings.
   */
  private readonly bigrams = new Map<string, Map<number, number>>();
  /** The stems that end a bigram, numbered. */
  private readonly seconds = new Map<string, number>();
  /** Post-level feature columns by the post's token count (the last entry for all longer posts); empty when the config has none. */
  private readonly postColumns: Int32Array[] = [];

  constructor(
    readonly vocab: Vocabulary,
    readonly config: FeatureConfig,
  ) {
    this.slots = vocab.size < 0xffff ? new Uint16Array(vocab.size) : new Uint32Array(vocab.size);
    this.touched = new Int32Array(vocab.size);
    this.counts = new Int32Array(vocab.size); // integer counts: cheaper to bump than floats
    this.firstSpans = new Int32Array(vocab.size);
    vocab.features.forEach((f, col) => {
      if (!f.startsWith('b:')) return;
      const space = f.indexOf(' ', 2);
      const first = f.slice(2, space);
      const second = f.slice(space + 1);
      let id = this.seconds.get(second);
      if (id === undefined) this.seconds.set(second, (id = this.seconds.size));
      let inner = this.bigrams.get(first);
      if (!inner) this.bigrams.set(first, (inner = new Map()));
      inner.set(id, col);
    });
    if (hasPostFeatures(config)) {
      // The features depend on the length only through its bucket, the same from LAST_BUCKET_START on.
      for (let tokens = 0; tokens <= LAST_BUCKET_START; tokens++) {
        const cols = postLevelFeatures(tokens, config).map((f) => this.vocab.index.get(f) ?? -1).filter((c) => c >= 0);
        this.postColumns.push(Int32Array.from(cols));
      }
    }
  }

  private info(token: string): TokenFeatures {
    const cache = token.charCodeAt(0) === 60 ? this.placeholders : this.tokens;
    let info = cache.get(token);
    if (info === undefined) {
      const hashtag = token.charCodeAt(0) === 35;
      const stem = stemToken(token);
      let unigram = -1;
      let conjunction = -1;
      let unnamed = -1;
      if (hashtag) unigram = this.vocab.index.get(`h:${stem.slice(1)}`) ?? -1;
      else if (this.config.unigrams && !isStopword(stem)) {
        unigram = this.vocab.index.get(`w:${stem}`) ?? -1;
        if (this.config.mentionConjunctions) conjunction = this.vocab.index.get(`m:${stem}`) ?? -1;
        if (this.config.unnamedConjunctions) unnamed = this.vocab.index.get(`n:${stem}`) ?? -1;
      }
      const found: number[] = [];
      for (const f of charNgramFeatures(token, this.config.charNgrams)) {
        const c = this.vocab.index.get(f);
        if (c !== undefined) found.push(c);
      }
      const { charPool, charStart, charEnd, charEpoch } = this.charColumns.store(found);
      info = { hashtag, unigram, conjunction, unnamed, charPool, charStart, charEnd, charEpoch, second: this.seconds.get(stem) ?? -1, next: this.bigrams.get(stem), lexicon: this.config.evaluativeLexicon !== undefined && mayStartEntry(stem, token), stem };
      cache.set(token, info);
    }
    return info;
  }

  /** A token's features from the word facts mention detection looked up (no lookup of our own), else from our cache. */
  private featuresOf(token: string, word: WordInfo | undefined): TokenFeatures {
    if (word === undefined) return this.info(token);
    if (word.featuresOf === this) return word.features as TokenFeatures;
    const features = this.info(token);
    word.features = features;
    word.featuresOf = this;
    return features;
  }

  private add(col: number, start: number, end: number): void {
    const slot = this.slots[col];
    if (slot === 0) {
      const k = this.touchedCount++;
      this.slots[col] = k + 1;
      this.touched[k] = col;
      this.counts[k] = 1;
      this.firstSpans[k] = start * 65536 + end;
    } else this.counts[slot - 1]++;
  }

  /**
   * The lexicon features (evaluative-features.ts). Called only for a post with a token that can start
   * an entry (TokenFeatures.lexicon, cached per word): most posts have none, and for them the
   * entry matching costs nothing (`bench:batch` with `2026-12-05k`: 68.4 → 65.6–66.3 µs of CPU per post).
   * The stems are the word cache's (TokenFeatures.stem), not looked up again.
   */
  private addEvaluative(tokens: readonly string[], named: boolean): void {
    const stems = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) stems[i] = this.postFeatures[i].stem;
    extractEvaluativeFeatures(tokens, stems, named, this.config, (f, start, end) => {
      const col = this.vocab.index.get(f);
      if (col !== undefined) this.add(col, start, end);
    });
  }

  /** @param words for each token, its word facts from mention detection (MentionResult.words), when known */
  vectorize(tokens: readonly string[], withSpans = false, words?: readonly (WordInfo | undefined)[]): VectorizedPost {
    let before: TokenFeatures | undefined;
    let prev = -1;
    const bigrams = this.config.bigrams;
    const conjunctionsConfigured = this.config.mentionConjunctions === true || this.config.unnamedConjunctions === true;
    const named = conjunctionsConfigured && mentionsCandidate(tokens);
    const conjunctions = named && this.config.mentionConjunctions === true;
    const unnamed = !named && this.config.unnamedConjunctions === true;
    let lexicon = false;
    const oldestPool = this.charColumns.oldest;
    for (let i = 0; i < tokens.length; i++) {
      const t = words === undefined ? this.info(tokens[i]) : this.featuresOf(tokens[i], words[i]);
      this.postFeatures[i] = t;
      if (t.lexicon) lexicon = true;
      if (t.unigram >= 0) this.add(t.unigram, i, i + 1);
      if (conjunctions && t.conjunction >= 0) this.add(t.conjunction, i, i + 1);
      else if (unnamed && t.unnamed >= 0) this.add(t.unnamed, i, i + 1);
      if (t.hashtag) continue; // hashtags take no part in bigrams
      if (bigrams && before?.next !== undefined && t.second >= 0) {
        const col = before.next.get(t.second);
        if (col !== undefined) this.add(col, prev, i + 1);
      }
      if (t.charEpoch < oldestPool) this.charColumns.keep(t);
      const pool = t.charPool;
      for (let k = t.charStart; k < t.charEnd; k++) this.add(pool[k], i, i + 1);
      before = t;
      prev = i;
    }
    // `named` is only looked up when the conjunctions need it; the lexicon's +m features always do.
    if (lexicon) this.addEvaluative(tokens, conjunctionsConfigured ? named : mentionsCandidate(tokens));
    if (this.postColumns.length > 0) {
      const cols = this.postColumns[Math.min(tokens.length, this.postColumns.length - 1)];
      for (let k = 0; k < cols.length; k++) this.add(cols[k], 0, 0); // an empty span: no words
    }
    const n = this.touchedCount;
    // Columns stay in first-occurrence order (deterministic; sorting cost more than all the rest), and
    // the three arrays are views into one shared slab: a fresh ArrayBuffer per array was a hot spot.
    const indices = slab.int32(n);
    for (let k = 0; k < n; k++) indices[k] = this.touched[k];
    const values = slab.float32(n);
    const spans = withSpans ? slab.int32(n) : undefined;
    const idf = this.vocab.idf;
    let norm = 0;
    for (let k = 0; k < n; k++) {
      const col = indices[k];
      const count = this.counts[k];
      const v = (count === 1 ? 1 : 1 + Math.log(count)) * idf[col]; // most features occur once
      values[k] = v;
      norm += v * v;
      if (spans) spans[k] = this.firstSpans[k];
      this.slots[col] = 0;
    }
    this.touchedCount = 0;
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let k = 0; k < values.length; k++) values[k] *= inv;
    }
    return { vector: { indices, values }, spans };
  }
}

const vectorizers = new WeakMap<Vocabulary, Vectorizer>();
/** The last one handed out: a process scores with one model, and a WeakMap lookup per post showed up. */
let last: Vectorizer | undefined;

/** The cached Vectorizer for a vocabulary (one feature config per vocabulary). */
export function vectorizerFor(vocab: Vocabulary, config: FeatureConfig): Vectorizer {
  if (last !== undefined && last.vocab === vocab && last.config === config) return last;
  let v = vectorizers.get(vocab);
  if (!v || v.config !== config) {
    v = new Vectorizer(vocab, config);
    vectorizers.set(vocab, v);
  }
  last = v;
  return v;
}

export function vectorize(tokens: readonly string[], config: FeatureConfig, vocab: Vocabulary, withSpans = false, words?: readonly (WordInfo | undefined)[]): VectorizedPost {
  return vectorizerFor(vocab, config).vectorize(tokens, withSpans, words);
}
