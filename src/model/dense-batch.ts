// Training feeds tfjs dense multi-hot batches built from sparse vectors: tfjs's gather gradient
// (UnsortedSegmentSum) is missing on wasm and pathologically slow on the pure-JS backend, while a
// dense [batch × features] matMul trains a 16k-feature linear model at tens of ms per batch.
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
