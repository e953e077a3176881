// The wide-and-deep option (FitConfig.hiddenLayer, default off): the sparse path scores as tfjs does,
// and the hidden path can learn what the linear model cannot (XOR of two features).
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend, tf } from '../../src/model/backend.js';
import { createWideDeepModel, tfjsLogits, trainLinearModel } from '../../src/model/linear-model.js';
import { sparseFromTfjs } from '../../src/model/train.js';
import { SparseWideDeep, softmax } from '../../src/model/sparse-linear.js';
import { mulberry32 } from '../../src/util/random.js';
import type { SparseVector } from '../../src/features/vectorize.js';

beforeAll(async () => {
  await initBackend();
});

const vec = (pairs: [number, number][]): SparseVector => ({ indices: Int32Array.from(pairs.map((p) => p[0])), values: Float32Array.from(pairs.map((p) => p[1])) });

describe('wide-and-deep', () => {
  it('sparse logits equal tfjs predictions within 1e-5', async () => {
    const F = 50;
    const model = createWideDeepModel(F, 4, { units: 8, dropout: 0.3, l2: 1e-4 }, 3);
    const rand = mulberry32(11);
    // Random weights everywhere (the linear kernel starts at zero), so every path counts.
    model.setWeights(model.getWeights().map((w) => tf.tensor(Float32Array.from({ length: w.size }, () => rand() * 2 - 1), w.shape)));
    const xs = Array.from({ length: 20 }, () => {
      const seen = new Set<number>();
      const pairs: [number, number][] = [];
      for (let k = 0; k < 6; k++) {
        const i = Math.floor(rand() * F);
        if (!seen.has(i)) (seen.add(i), pairs.push([i, rand()]));
      }
      return vec(pairs.sort((a, b) => a[0] - b[0]));
    });
    const sparse = sparseFromTfjs(model);
    expect(sparse).toBeInstanceOf(SparseWideDeep);
    const expected = await tfjsLogits(model, xs, F);
    xs.forEach((x, i) => Array.from(sparse.logits(x)).forEach((z, c) => expect(Math.abs(z - expected[i][c])).toBeLessThan(1e-5)));
    model.dispose();
  });

  it('learns XOR of two features, which the linear part alone cannot', async () => {
    const xs = [vec([]), vec([[0, 1]]), vec([[1, 1]]), vec([[0, 1], [1, 1]])];
    const labels = [0, 1, 1, 0];
    const model = createWideDeepModel(2, 2, { units: 8, dropout: 0, l2: 0 }, 5);
    const hidden = { units: 8, dropout: 0, l2: 0 };
    await trainLinearModel(model, [...xs, ...xs], [...labels, ...labels], 2, { epochs: 300, batchSize: 8, learningRate: 0.05, l2: 0, seed: 1, classWeights: [1, 1], hidden });
    const sparse = sparseFromTfjs(model);
    xs.forEach((x, i) => expect(softmax(sparse.logits(x))[labels[i]]).toBeGreaterThan(0.9));
    model.dispose();
  });
});
