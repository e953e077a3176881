// The model: a linear layer over TF-IDF features with softmax over the four labels, built and trained
// with TensorFlow.js. Linear keeps every score explainable as a sum of phrase weights.
import { tf, type TF } from './backend.js';
import { denseBatch, denseBatchTransposed } from './dense-batch.js';
import { mulberry32, shuffleInPlace } from '../util/random.js';
import type { SparseVector } from '../features/vectorize.js';

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Per-class loss weights (e.g. to counter class imbalance). */
  classWeights: number[];
  /** Per-example loss factors, multiplied into the class weight (default 1 for every example). */
  sampleWeights?: readonly number[];
  /** Share of each target spread evenly over the labels (tfjs label smoothing; default 0). */
  labelSmoothing?: number;
  /** A ReLU hidden path beside the linear one (wide-and-deep); the model must come from createWideDeepModel. */
  hidden?: HiddenLayerOptions;
  onEpoch?: (epoch: number, loss: number) => void;
}

export const DEFAULT_TRAIN_OPTIONS: Omit<TrainOptions, 'classWeights'> = {
  epochs: 25,
  batchSize: 256,
  learningRate: 0.03,
  l2: 1e-4,
  seed: 1234,
};

/**
 * Wide-and-deep: logits = x·W + b (the linear model, whole) + relu(x·W1 + b1)·W2. Tried on
 * validation data only (scripts/tune.ts, TUNE_HIDDEN); default off.
 */
export interface HiddenLayerOptions {
  units: number;
  /** Dropout rate on the hidden activations during training (0: none). */
  dropout: number;
  /** L2 on W1 and W2, as `l2` is on the linear kernel. */
  l2: number;
}

/** The linear layer named `logits` plus the hidden path (`hidden` W1·b1, `deep` W2 without bias), summed. */
export function createWideDeepModel(numFeatures: number, numClasses: number, hidden: HiddenLayerOptions, seed: number): TF.LayersModel {
  const input = tf.input({ shape: [numFeatures] });
  const wide = tf.layers.dense({ units: numClasses, kernelInitializer: 'zeros', biasInitializer: 'zeros', name: 'logits' }).apply(input) as TF.SymbolicTensor;
  let h = tf.layers.dense({ units: hidden.units, activation: 'relu', kernelInitializer: tf.initializers.heNormal({ seed }), biasInitializer: 'zeros', name: 'hidden' }).apply(input) as TF.SymbolicTensor;
  if (hidden.dropout > 0) h = tf.layers.dropout({ rate: hidden.dropout, name: 'hidden_dropout' }).apply(h) as TF.SymbolicTensor;
  const deep = tf.layers.dense({ units: numClasses, useBias: false, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }), name: 'deep' }).apply(h) as TF.SymbolicTensor;
  const out = tf.layers.add({ name: 'sum' }).apply([wide, deep]) as TF.SymbolicTensor;
  return tf.model({ inputs: input, outputs: out });
}

export function createLinearModel(numFeatures: number, numClasses: number): TF.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.dense({
        units: numClasses,
        inputShape: [numFeatures],
        kernelInitializer: 'zeros', // zeros + seeded shuffling make training deterministic
        biasInitializer: 'zeros',
        name: 'logits',
      }),
    ],
  });
}

export async function trainLinearModel(
  model: TF.LayersModel,
  vectors: readonly SparseVector[],
  labels: readonly number[],
  numFeatures: number,
  opts: TrainOptions,
): Promise<number[]> {
  const numClasses = opts.classWeights.length;
  const optimizer = tf.train.adam(opts.learningRate);
  const rand = mulberry32(opts.seed);
  const order = vectors.map((_, i) => i);
  const varsOf = (name: string) => model.getLayer(name).trainableWeights.map((w) => w.read() as TF.Variable);
  const [kernel, bias] = varsOf('logits');
  const hidden = opts.hidden;
  const [w1, b1] = hidden ? varsOf('hidden') : [];
  const [w2] = hidden ? varsOf('deep') : [];
  const dropoutRand = mulberry32(opts.seed + 1); // its own stream, so the shuffles are the linear model's
  const trained = hidden ? [kernel, bias, w1, b1, w2] : [kernel, bias];
  const losses: number[] = [];
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    let total = 0;
    for (let start = 0; start < order.length; start += opts.batchSize) {
      const idx = order.slice(start, start + opts.batchSize);
      const batch = idx.map((i) => vectors[i]);
      const x = denseBatch(batch, numFeatures);
      const xT = denseBatchTransposed(batch, numFeatures);
      const y = tf.oneHot(tf.tensor1d(idx.map((i) => labels[i]), 'int32'), numClasses);
      const w = tf.tensor1d(idx.map((i) => opts.classWeights[labels[i]] * (opts.sampleWeights?.[i] ?? 1)));
      const layer = linearWithFastGradient(x, xT);
      const hiddenLayer = hidden ? linearWithFastGradient(x, xT) : undefined;
      const dropoutSeed = Math.floor(dropoutRand() * 2 ** 31);
      const loss = optimizer.minimize(() => {
        let logits = layer(kernel, bias);
        let penalty = tf.mul(opts.l2, tf.sum(tf.square(kernel)));
        if (hidden && hiddenLayer) {
          let h: TF.Tensor2D = tf.relu(hiddenLayer(w1, b1));
          if (hidden.dropout > 0) h = tf.dropout(h, hidden.dropout, undefined, dropoutSeed) as TF.Tensor2D;
          logits = tf.add(logits, tf.matMul(h, w2 as TF.Tensor2D)) as TF.Tensor2D;
          penalty = tf.add(penalty, tf.mul(hidden.l2, tf.add(tf.sum(tf.square(w1)), tf.sum(tf.square(w2)))));
        }
        const ce = tf.losses.softmaxCrossEntropy(y, logits, w, opts.labelSmoothing ?? 0, tf.Reduction.SUM_BY_NONZERO_WEIGHTS);
        return tf.add(ce, penalty) as TF.Scalar;
      }, true, trained);
      total += (await loss!.data())[0] * idx.length;
      tf.dispose([x, xT, y, w, loss!]);
      // A turn of the event loop per batch, so SIGINT/SIGTERM handlers (train removes its unfinished
      // model directory) run within a batch's time, not at the end of training.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    losses.push(total / order.length);
    opts.onEpoch?.(epoch + 1, total / order.length);
  }
  optimizer.dispose();
  return losses;
}

/**
 * The dense layer's computation, x·W + b, with its weight gradient taken as xᵀ·dy from a transposed
 * copy of the batch (see dense-batch.ts); x is data, so it needs no gradient.
 */
function linearWithFastGradient(x: TF.Tensor2D, xT: TF.Tensor2D): (kernel: TF.Tensor, bias: TF.Tensor) => TF.Tensor2D {
  return tf.customGrad((kernel, bias) => ({
    value: tf.add(tf.matMul(x, kernel as TF.Tensor2D), bias as TF.Tensor) as TF.Tensor2D,
    gradFunc: (dy: TF.Tensor) => [tf.matMul(xT, dy as TF.Tensor2D), tf.sum(dy, 0)],
  })) as (kernel: TF.Tensor, bias: TF.Tensor) => TF.Tensor2D;
}

/** tfjs forward pass, used in tests (sparse-vs-tfjs equality) and evaluation cross-checks. */
export async function tfjsLogits(model: TF.LayersModel, vectors: readonly SparseVector[], numFeatures: number): Promise<number[][]> {
  const x = denseBatch(vectors, numFeatures);
  const out = model.predict(x) as TF.Tensor2D;
  const rows = (await out.array()) as number[][];
  tf.dispose([x, out]);
  return rows;
}
