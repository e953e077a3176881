import { describe, expect, it } from 'vitest';
import { fitTemperature, reliability } from '../../src/model/calibration.js';
import { chooseThresholds } from '../../src/model/thresholds.js';
import { softmax } from '../../src/model/sparse-linear.js';
import { prAuc, binaryMetrics, confusionMatrix, macroF1 } from '../../src/eval/metrics.js';
import { mulberry32 } from '../../src/util/random.js';
import { evaluatePredictions } from '../../src/eval/evaluate.js';

describe('temperature scaling', () => {
  it('recovers the temperature that generated the labels', () => {
    const rand = mulberry32(5);
    const logits: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const z = [0, 0, 0, 0].map(() => (rand() - 0.5) * 12);
      const p = softmax(z, 3); // true temperature 3: the raw logits are over-confident
      let u = rand();
      let y = 0;
      while (y < 3 && u > p[y]) u -= p[y++];
      logits.push(z);
      labels.push(y);
    }
    expect(fitTemperature(logits, labels).temperature).toBeGreaterThan(2.6);
    expect(fitTemperature(logits, labels).temperature).toBeLessThan(3.4);
  });

  it('measures calibration error', () => {
    expect(reliability([0.9, 0.9, 0.1, 0.1], [true, true, false, false]).ece).toBeCloseTo(0.1, 5);
    expect(reliability([1, 1, 0, 0], [false, false, true, true]).ece).toBeCloseTo(1, 5);
  });

  it('reports the reliability bins behind the ECE with every evaluation', () => {
    // class probabilities in LABELS order (ajakan, dukungan, serangan, netral): risk = 1 − netral
    const post = (risk: number): number[] => [risk / 2, risk / 2, 0, 1 - risk];
    const probs = [post(0.85), post(0.85), post(0.85), post(0.85), post(0.15), post(0.15)];
    const gold = [0, 1, 1, 3, 3, 3]; // three of the four at 0.85 are partisan, neither at 0.15
    const r = evaluatePredictions(probs, gold);
    const used = r.reliability.filter((b) => b.count > 0);
    expect(used).toEqual([
      { from: 0.1, to: 0.2, count: 2, meanPredicted: 0.15, observed: 0 },
      { from: 0.8, to: 0.9, count: 4, meanPredicted: 0.85, observed: 0.75 },
    ]);
    expect(r.reliability).toHaveLength(10);
    expect(r.calibrationError).toBeCloseTo((2 / 6) * 0.15 + (4 / 6) * 0.1, 6);
  });
});

describe('thresholds and metrics', () => {
  const risk = [0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
  const partisan = [true, true, true, false, true, true, false, false, true, false];
  it('picks sedang for recall and tinggi for precision', () => {
    const t = chooseThresholds(risk, partisan, { sedangRecall: 0.8, tinggiPrecision: 0.9 });
    expect(t.sedang).toBe(0.5); // 5 of 6 partisan at ≥ 0.5
    expect(t.tinggi).toBe(0.8); // precision 1.0 at ≥ 0.8, 0.75 at ≥ 0.7
  });
  it('computes PR-AUC, F1, confusion and macro-F1', () => {
    expect(prAuc([0.9, 0.8, 0.1], [true, true, false])).toBeCloseTo(1, 6);
    expect(binaryMetrics([true, false, true], [true, true, false])).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(confusionMatrix([0, 1, 1], [0, 1, 0], 2)).toEqual([[1, 1], [0, 1]]);
    expect(macroF1([0, 1], [0, 1], 2).macroF1).toBe(1);
  });
});
