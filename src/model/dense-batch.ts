// Training feeds tfjs dense multi-hot batches built from sparse vectors: tfjs's gather gradient
// (UnsortedSegmentSum) is missing on wasm and pathologically slow on the pure-JS backend, while a
// dense [batch × features] matMul trains a 16k-feature linear model at tens of ms per batch.
// The transposed copy exists for the weight gradient xᵀ·dy: on wasm, matMul with transposeA took
// 29 ms per 256 × 8192 batch where a plain matMul on a transposed input takes 3 ms.
import { tf, type TF } from './backend.js';
import type { SparseVector } from '../features/vectorize.js';

export function denseBatch(vectors: readonly SparseVector[], numFeatures: number): TF.Tensor2D {
  const data = new Float32Array(vectors.length * numFeatures);
  vectors.forEach((v, row) => {
    const base = row * numFeatures;
    for (let k = 0; k < v.indices.length; k++) data[base + v.indices[k]] = v.values[k];
  });
  return tf.tensor2d(data, [vectors.length, numFeatures]);
}

/** The same batch transposed, [features × batch]. */
export function denseBatchTransposed(vectors: readonly SparseVector[], numFeatures: number): TF.Tensor2D {
  const rows = vectors.length;
  const data = new Float32Array(rows * numFeatures);
  vectors.forEach((v, row) => {
    for (let k = 0; k < v.indices.length; k++) data[v.indices[k] * rows + row] = v.values[k];
  });
  return tf.tensor2d(data, [numFeatures, rows]);
}
