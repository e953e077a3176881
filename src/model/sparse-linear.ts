// Sparse inference for the linear model: logits = x·W + b over the few non-zero features of a post.
// It reads the very weights tfjs trained and saved (weights.bin); a test holds it equal to tfjs
// predictions within 1e-5. Serving goes through here because a tfjs call per post costs far more
// than the ~100 multiply-adds a post needs.
import type { SparseVector } from '../features/vectorize.js';

export class SparseLinear {
  constructor(
    /** Row-major [features × classes]. */
    readonly kernel: Float32Array,
    readonly bias: Float32Array,
    readonly numFeatures: number,
    readonly numClasses: number,
  ) {
    if (kernel.length !== numFeatures * numClasses) throw new Error('sparse-linear: kernel size does not match its shape');
    if (bias.length !== numClasses) throw new Error('sparse-linear: bias size does not match the class count');
  }

  logits(x: SparseVector, out: Float64Array = new Float64Array(this.numClasses)): Float64Array {
    const C = this.numClasses;
    if (C === 4) return this.logits4(x, out);
    for (let c = 0; c < C; c++) out[c] = this.bias[c];
    for (let k = 0; k < x.indices.length; k++) {
      const base = x.indices[k] * C;
      const v = x.values[k];
      for (let c = 0; c < C; c++) out[c] += v * this.kernel[base + c];
    }
    return out;
  }

  /** logits for the four labels with the sums in locals: the same additions in the same order, so the same numbers. */
  private logits4(x: SparseVector, out: Float64Array): Float64Array {
    const { indices, values } = x;
    const w = this.kernel;
    let a = this.bias[0];
    let b = this.bias[1];
    let c = this.bias[2];
    let d = this.bias[3];
    for (let k = 0; k < indices.length; k++) {
      const base = indices[k] * 4;
      const v = values[k];
      a += v * w[base];
      b += v * w[base + 1];
      c += v * w[base + 2];
      d += v * w[base + 3];
    }
    out[0] = a;
    out[1] = b;
    out[2] = c;
    out[3] = d;
    return out;
  }

  weight(feature: number, cls: number): number {
    return this.kernel[feature * this.numClasses + cls];
  }
}

/**
 * The wide-and-deep model (linear-model.ts createWideDeepModel): the linear logits plus
 * relu(x·W1 + b1)·W2. Each active feature adds a row of W1 (`units` multiply-adds) to the linear
 * model's four.
 */
export class SparseWideDeep extends SparseLinear {
  private readonly h: Float64Array;
  constructor(
    kernel: Float32Array,
    bias: Float32Array,
    numFeatures: number,
    numClasses: number,
    /** Row-major [features × units]. */
    readonly w1: Float32Array,
    readonly b1: Float32Array,
    /** Row-major [units × classes]. */
    readonly w2: Float32Array,
  ) {
    super(kernel, bias, numFeatures, numClasses);
    const units = b1.length;
    if (w1.length !== numFeatures * units) throw new Error('sparse-wide-deep: W1 size does not match its shape');
    if (w2.length !== units * numClasses) throw new Error('sparse-wide-deep: W2 size does not match its shape');
    this.h = new Float64Array(units);
  }

  get units(): number {
    return this.b1.length;
  }

  /** The hidden activations relu(x·W1 + b1), into `out`. */
  hiddenActivations(x: SparseVector, out: Float64Array = new Float64Array(this.units)): Float64Array {
    const H = this.units;
    const w1 = this.w1;
    for (let j = 0; j < H; j++) out[j] = this.b1[j];
    for (let k = 0; k < x.indices.length; k++) {
      const base = x.indices[k] * H;
      const v = x.values[k];
      for (let j = 0; j < H; j++) out[j] += v * w1[base + j];
    }
    for (let j = 0; j < H; j++) if (out[j] < 0) out[j] = 0;
    return out;
  }

  override logits(x: SparseVector, out: Float64Array = new Float64Array(this.numClasses)): Float64Array {
    super.logits(x, out);
    const h = this.hiddenActivations(x, this.h);
    const C = this.numClasses;
    const w2 = this.w2;
    for (let j = 0; j < h.length; j++) {
      const a = h[j];
      if (a === 0) continue;
      for (let c = 0; c < C; c++) out[c] += a * w2[j * C + c];
    }
    return out;
  }
}

/** Softmax of logits / temperature, numerically stable. */
export function softmax(logits: ArrayLike<number>, temperature = 1): number[] {
  const n = logits.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, logits[i] / temperature);
  const out = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += out[i] = Math.exp(logits[i] / temperature - max);
  for (let i = 0; i < n; i++) out[i] /= sum;
  return out;
}
