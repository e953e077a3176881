// The per-example loss factors, label smoothing and seed averaging of the linear trainer, on a
// one-feature problem whose optimum is known.
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/model/backend.js';
import { createLinearModel, trainLinearModel, type TrainOptions } from '../../src/model/linear-model.js';
import { averageInto } from '../../src/model/seed-average.js';
import { sparseFromTfjs, fitModel, ElectionIndexes, DEFAULT_FIT_CONFIG } from '../../src/model/train.js';
import { postVector } from '../../src/features/featurizer.js';
import { prepareExamples } from '../../src/model/train.js';
import { LABELS } from '../../src/data/labels.js';
import type { Example } from '../../src/data/dataset.js';
import { softmax } from '../../src/model/sparse-linear.js';
import { tf } from '../../src/model/backend.js';
import type { SparseVector } from '../../src/features/vectorize.js';

const one: SparseVector = { indices: Int32Array.of(0), values: Float32Array.of(1) };
const base: TrainOptions = { epochs: 150, batchSize: 8, learningRate: 0.1, l2: 0, seed: 7, classWeights: [1, 1] };

/** Trains a 1-feature, 2-label model on the same post labelled 0 and 1; returns P(label 0). */
async function probOfFirst(opts: Partial<TrainOptions>, labels = [0, 1]): Promise<number> {
  const model = createLinearModel(1, 2);
  await trainLinearModel(model, labels.map(() => one), labels, 1, { ...base, ...opts });
  const p = softmax(sparseFromTfjs(model).logits(one))[0];
  model.dispose();
  return p;
}

beforeAll(async () => {
  await initBackend();
});

describe('sample weights', () => {
  it('move the optimum toward the heavier example: weights 3 and 1 give P = 3/4', async () => {
    expect(await probOfFirst({})).toBeCloseTo(0.5, 2);
    expect(await probOfFirst({ sampleWeights: [3, 1] })).toBeCloseTo(0.75, 2);
    expect(await probOfFirst({ sampleWeights: [1, 3] })).toBeCloseTo(0.25, 2);
  });

  it('multiply into the class weights', async () => {
    // class weight 2 on label 0, sample weight 2 on the label-1 post: level again.
    expect(await probOfFirst({ classWeights: [2, 1], sampleWeights: [1, 2] })).toBeCloseTo(0.5, 2);
  });
});

describe('label smoothing', () => {
  it('keeps the target below 1: smoothing 0.2 over 2 labels puts the optimum at 0.9', async () => {
    expect(await probOfFirst({}, [0])).toBeGreaterThan(0.99);
    expect(await probOfFirst({ labelSmoothing: 0.2 }, [0])).toBeCloseTo(0.9, 2);
  });
});

describe('seed averaging', () => {
  it('sets the first model to the mean of the weights and keeps it usable', () => {
    const models = [1, 3, 8].map((k) => {
      const m = createLinearModel(2, 2);
      m.setWeights([tf.tensor2d([k, 2 * k, -k, 0], [2, 2]), tf.tensor1d([k, -k])]);
      return m;
    });
    const averaged = averageInto(models);
    expect(averaged).toBe(models[0]);
    const s = sparseFromTfjs(averaged);
    expect(Array.from(s.kernel)).toEqual([4, 8, -4, 0]);
    expect(Array.from(s.bias)).toEqual([4, -4]);
    averaged.dispose();
  });
});

describe('fitModel: weight of the written examples', () => {
  // The same text twice, once written (dukungan) and once a corpus post (netral).
  const post = (source: string, label: Example['label']): Example => ({ id: source, text: 'rapat kerja dinas pagi ini', label, source, platform: 'x' });
  const train = [post('examples/pairs.csv', 'dukungan'), post('corpus.csv', 'netral')];
  const indexes = new ElectionIndexes([]);

  async function writtenLabelLead(writtenExampleWeight: number): Promise<number> {
    const config = { ...DEFAULT_FIT_CONFIG, minDf: 1, classWeightPower: 0, writtenExampleWeight, train: { ...base, l2: 0 } };
    const f = await fitModel({ train, indexes, config, thresholds: { sedang: 0.5, tinggi: 0.8, targets: { sedangRecall: 0.9, tinggiPrecision: 0.9 } } });
    const p = softmax(f.sparse.logits(postVector(prepareExamples(train, indexes)[0], f.features, f.vocabulary).vector));
    f.tfModel.dispose();
    return p[LABELS.indexOf('dukungan')] / p[LABELS.indexOf('netral')];
  }

  it('weighs the examples we wrote by writtenExampleWeight against corpus posts', async () => {
    expect(await writtenLabelLead(1)).toBeCloseTo(1, 1);
    expect(await writtenLabelLead(3)).toBeCloseTo(3, 1);
  });
});
