// Training chooses the temperature and the review thresholds on validation posts scored as the shipped
// model scores them: a long post by its riskiest part when that is riskier (eval/predict.ts), not whole.
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../src/model/backend.js';
import { fitModel, ElectionIndexes, DEFAULT_FIT_CONFIG, type FitConfig, type FittedModel } from '../../src/model/train.js';
import { chooseThresholds } from '../../src/model/thresholds.js';
import { predictProbs } from '../../src/eval/predict.js';
import { loadElectionDir } from '../../src/elections/load.js';
import { readExamples } from '../../src/data/examples.js';
import { LABELS, NETRAL_INDEX } from '../../src/data/labels.js';
import type { Example } from '../../src/data/dataset.js';

const config: FitConfig = { ...DEFAULT_FIT_CONFIG, maxFeatures: 3000, train: { ...DEFAULT_FIT_CONFIG.train, epochs: 12 } };
const examples: Example[] = readExamples().map((e) => ({ ...e, source: `examples/${e.file}`, platform: 'written' }));
const train = examples.filter((_, i) => i % 5 !== 0);
// Invented everyday paragraphs: each validation post also comes as a long post, behind and before them.
const GREETING = 'Selamat pagi bapak ibu sekalian, semoga hari ini kita semua diberi kesehatan dan kelancaran dalam bekerja. Terima kasih atas kehadiran bapak ibu di acara halal bihalal kantor kemarin.';
const PRAYER = 'Semoga keluarga kita semua selalu dalam lindungan Tuhan, diberi rezeki yang berkah dan anak-anak tumbuh sehat. Aamiin.';
const short = examples.filter((_, i) => i % 5 === 0);
const validation = [...short, ...short.map((e) => ({ ...e, id: `${e.id}-long`, text: [GREETING, e.text, PRAYER].join('\n\n') }))];
const indexes = new ElectionIndexes(loadElectionDir());
const gold = validation.map((e) => LABELS.indexOf(e.label));
let fitted: FittedModel;

/** Mean negative log-likelihood of the validation labels under the probabilities evaluation scores with, at `temperature`. */
function nll(temperature: number): number {
  const probs = predictProbs(validation, indexes, { ...fitted, calibration: { method: 'temperature', temperature } });
  return -probs.reduce((sum, p, i) => sum + Math.log(p[gold[i]]), 0) / probs.length;
}

beforeAll(async () => {
  await initBackend();
  fitted = await fitModel({ train, validation, indexes, config });
});

describe('calibration and thresholds with long validation posts', () => {
  it('fits the temperature that best calibrates the probabilities the scorer gives', () => {
    const t = fitted.calibration.temperature;
    expect(nll(t)).toBeLessThanOrEqual(nll(t * 1.02));
    expect(nll(t)).toBeLessThanOrEqual(nll(t / 1.02));
  });

  it('chooses the thresholds on the risks the scorer gives', () => {
    const risk = predictProbs(validation, indexes, fitted).map((p) => 1 - p[NETRAL_INDEX]);
    expect(fitted.thresholds).toEqual(chooseThresholds(risk, gold.map((l) => l !== NETRAL_INDEX)));
  });

  it('still scores every post whole when told to', async () => {
    const whole = await fitModel({ train, validation, indexes, config, segments: false });
    expect(whole.calibration.temperature).not.toBeCloseTo(fitted.calibration.temperature, 3);
    const risk = predictProbs(validation, indexes, whole, false).map((p) => 1 - p[NETRAL_INDEX]);
    expect(whole.thresholds).toEqual(chooseThresholds(risk, gold.map((l) => l !== NETRAL_INDEX)));
  });
});
