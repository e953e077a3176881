// Sparse TF-IDF vectors: sublinear term frequency × IDF, L2-normalized. Unknown features are ignored.
import { extractFeatures, type FeatureConfig, type FeatureHit } from './extract.js';
import type { Vocabulary } from './vocabulary.js';

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface VectorizedPost {
  vector: SparseVector;
  /** For each kept column, the token spans it came from (for evidence). */
  spans: Map<number, FeatureHit[]>;
}

export function featureSet(tokens: readonly string[], config: FeatureConfig): Set<string> {
  const set = new Set<string>();
  extractFeatures(tokens, config, (hit) => set.add(hit.feature));
  return set;
}

export function vectorize(tokens: readonly string[], config: FeatureConfig, vocab: Vocabulary, withSpans = false): VectorizedPost {
  const counts = new Map<number, number>();
  const spans = new Map<number, FeatureHit[]>();
  extractFeatures(tokens, config, (hit) => {
    const col = vocab.index.get(hit.feature);
    if (col === undefined) return;
    counts.set(col, (counts.get(col) ?? 0) + 1);
    if (withSpans) {
      const list = spans.get(col);
      if (list) list.push(hit);
      else spans.set(col, [hit]);
    }
  });
  const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const values = new Float32Array(indices.length);
  let norm = 0;
  for (let k = 0; k < indices.length; k++) {
    const v = (1 + Math.log(counts.get(indices[k])!)) * vocab.idf[indices[k]];
    values[k] = v;
    norm += v * v;
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let k = 0; k < values.length; k++) values[k] *= inv;
  }
  return { vector: { indices, values }, spans };
}
