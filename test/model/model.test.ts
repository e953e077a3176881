import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { initBackend } from '../../src/model/backend.js';
import { fitModel, ElectionIndexes, DEFAULT_FIT_CONFIG, prepareExamples, type FitConfig, type FittedModel } from '../../src/model/train.js';
import { loadModel, type ModelSpec } from '../../src/model/artifact.js';
import { saveModel, loadTfjsModel } from '../../src/model/tfjs-io.js';
import { tfjsLogits } from '../../src/model/linear-model.js';
import { postVector } from '../../src/features/featurizer.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { readExamples } from '../../src/data/examples.js';
import { LABELS } from '../../src/data/labels.js';
import { Scorer } from '../../src/pipeline/scorer.js';
import type { Example } from '../../src/data/dataset.js';
import { tempDir } from '../helpers/temp-dir.js';

const config: FitConfig = { ...DEFAULT_FIT_CONFIG, maxFeatures: 3000, train: { ...DEFAULT_FIT_CONFIG.train, epochs: 12 } };
const examples: Example[] = readExamples().map((e) => ({ ...e, source: `examples/${e.file}`, platform: 'written' }));
const train = examples.filter((_, i) => i % 5 !== 0);
const validation = examples.filter((_, i) => i % 5 === 0);
const indexes = new ElectionIndexes(loadElectionDir());
let fitted: FittedModel;

function spec(f: FittedModel, version: string): ModelSpec {
  return { format: 'netra-linear-v1', version, labels: LABELS, features: f.features, vocabulary: f.vocabulary.toJSON(), calibration: f.calibration, thresholds: f.thresholds };
}

beforeAll(async () => {
  await initBackend();
  fitted = await fitModel({ train, validation, indexes, config });
});

describe('training', () => {
  it('is deterministic for a seed', async () => {
    const again = await fitModel({ train, validation, indexes, config });
    expect(Array.from(again.sparse.kernel)).toEqual(Array.from(fitted.sparse.kernel));
    expect(again.calibration).toEqual(fitted.calibration);
    const other = await fitModel({ train, validation, indexes, config: { ...config, train: { ...config.train, seed: 99 } } });
    expect(Array.from(other.sparse.kernel)).not.toEqual(Array.from(fitted.sparse.kernel));
  });

  it('learns: training loss falls and validation examples are mostly right', () => {
    expect(fitted.losses[fitted.losses.length - 1]).toBeLessThan(fitted.losses[0]);
    const prepared = prepareExamples(validation, indexes);
    const correct = prepared.filter((p, i) => {
      const z = fitted.sparse.logits(postVector(p, fitted.features, fitted.vocabulary).vector);
      const partisan = Array.from(z).indexOf(Math.max(...z)) !== 3;
      return partisan === (validation[i].label !== 'netral');
    }).length;
    expect(correct / validation.length).toBeGreaterThan(0.7);
  });

  it('chooses thresholds with sedang ≤ tinggi and a positive temperature', () => {
    expect(fitted.calibration.temperature).toBeGreaterThan(0);
    expect(fitted.thresholds.sedang).toBeLessThanOrEqual(fitted.thresholds.tinggi);
  });
});

describe('saved model', () => {
  it('round-trips through disk and scores identically', async () => {
    const dir = path.join(tempDir('netra-model-'), 'v-test');
    await saveModel(dir, fitted.tfModel, spec(fitted, 'v-test'), { test: true });
    const loaded = loadModel(dir);
    expect(loaded.spec.version).toBe('v-test');
    expect(Array.from(loaded.sparse.kernel)).toEqual(Array.from(fitted.sparse.kernel));
    const scorer = new Scorer(loaded, loadElectionDir());
    const r = scorer.score({ text: 'Ayo coblos nomor 2, menangkan Khofifah!' });
    expect(r.model.version).toBe('v-test');
    expect(Object.keys(r.scores)).toEqual([...LABELS]);
  });

  it('names the broken file when a model directory is damaged', async () => {
    const dir = path.join(tempDir('netra-model-'), 'v-broken');
    await saveModel(dir, fitted.tfModel, spec(fitted, 'v-broken'), {});
    const weights = readFileSync(path.join(dir, 'weights.bin'));
    const breakIt = (file: string, content: string | Buffer) => {
      const before = readFileSync(path.join(dir, file));
      writeFileSync(path.join(dir, file), content);
      return () => writeFileSync(path.join(dir, file), before);
    };
    for (const [file, content, message] of [
      ['netra.json', '{"format":', /netra\.json is not valid JSON/],
      ['metadata.json', '{oops}', /metadata\.json is not valid JSON/],
      ['model.json', '{}', /model\.json has no tfjs weights manifest/],
      ['weights.bin', weights.subarray(0, 1001), /weights file is shorter than model\.json says/],
      ['netra.json', JSON.stringify({ ...JSON.parse(readFileSync(path.join(dir, 'netra.json'), 'utf8')), thresholds: undefined }), /netra\.json lacks thresholds/],
    ] as const) {
      const restore = breakIt(file, content);
      expect(() => loadModel(dir), file).toThrow(message);
      restore();
    }
    expect(loadModel(dir).spec.version).toBe('v-broken');
  });

  it('sparse inference equals tfjs predictions within 1e-5 on the same weights', async () => {
    const dir = path.join(tempDir('netra-model-'), 'v-eq');
    await saveModel(dir, fitted.tfModel, spec(fitted, 'v-eq'), {});
    const loaded = loadModel(dir);
    const tfModel = await loadTfjsModel(dir);
    const vectors = prepareExamples(validation, indexes).map((p) => postVector(p, loaded.spec.features, loaded.vocabulary).vector);
    const viaTfjs = await tfjsLogits(tfModel, vectors, loaded.vocabulary.size);
    let maxDiff = 0;
    vectors.forEach((v, i) => {
      const sparse = loaded.sparse.logits(v);
      for (let c = 0; c < LABELS.length; c++) maxDiff = Math.max(maxDiff, Math.abs(sparse[c] - viaTfjs[i][c]));
    });
    expect(vectors.length).toBeGreaterThan(50);
    expect(maxDiff).toBeLessThan(1e-5);
  });
});
