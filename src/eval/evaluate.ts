// Scores a set of predictions (class probabilities) against gold labels with every reported metric.
import { binaryMetrics, prAuc, prCurve, confusionMatrix, macroF1, type BinaryMetrics, type PrPoint } from './metrics.js';
import { reliability, type ReliabilityBin } from '../model/calibration.js';
import { LABELS, NETRAL_INDEX } from '../data/labels.js';
import { decideLabelIndex } from '../decision/label.js';

export interface EvalResult {
  n: number;
  partisan: BinaryMetrics & { prAuc: number };
  macroF1: number;
  perClass: Record<string, BinaryMetrics>;
  /** rows: actual label, columns: predicted label, in LABELS order */
  confusion: number[][];
  calibrationError: number;
  /** Risk in ten equal-width bins: posts, mean risk and the share that is partisan (the ECE's terms). */
  reliability: ReliabilityBin[];
  prCurve: PrPoint[];
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

export function evaluatePredictions(probs: number[][], gold: number[]): EvalResult {
  const predicted = probs.map(decideLabelIndex);
  const risk = probs.map((p) => 1 - p[NETRAL_INDEX]);
  const actualPartisan = gold.map((g) => g !== NETRAL_INDEX);
  const bin = binaryMetrics(predicted.map((p) => p !== NETRAL_INDEX), actualPartisan);
  const multi = macroF1(predicted, gold, LABELS.length);
  const curve = prCurve(risk, actualPartisan);
  const calibration = reliability(risk, actualPartisan);
  // thin the curve for reports: at most ~100 points
  const step = Math.max(1, Math.floor(curve.length / 100));
  return {
    n: gold.length,
    partisan: { ...bin, prAuc: prAuc(risk, actualPartisan) },
    macroF1: multi.macroF1,
    perClass: Object.fromEntries(LABELS.map((l, i) => [l, multi.perClass[i]])),
    confusion: confusionMatrix(predicted, gold, LABELS.length),
    calibrationError: calibration.ece,
    reliability: calibration.bins.map((b) => ({ ...b, meanPredicted: round4(b.meanPredicted), observed: round4(b.observed) })),
    prCurve: curve.filter((_, i) => i % step === 0 || i === curve.length - 1),
  };
}
