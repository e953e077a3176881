// Review levels from risk. Thresholds are chosen on the validation split for stated targets:
//   sedang — the highest risk threshold that still catches ≥ 90 % of partisan posts (recall);
//   tinggi — the lowest threshold at which ≥ 90 % of flagged posts are partisan (precision),
//            never below `sedang`.
import { prCurve } from '../eval/metrics.js';
import { roundScore } from '../util/score-places.js';

export interface Thresholds {
  sedang: number;
  tinggi: number;
  targets: { sedangRecall: number; tinggiPrecision: number };
}

export const DEFAULT_TARGETS = { sedangRecall: 0.9, tinggiPrecision: 0.9 };

export function chooseThresholds(risk: number[], partisan: boolean[], targets = DEFAULT_TARGETS): Thresholds {
  const curve = prCurve(risk, partisan); // descending thresholds, recall increasing
  const sedangPoint = curve.find((p) => p.recall >= targets.sedangRecall) ?? curve[curve.length - 1];
  const sedang = sedangPoint ? sedangPoint.threshold : 0.5;
  // lowest threshold keeping precision ≥ target among thresholds ≥ sedang
  let tinggi = 1;
  for (const p of curve) {
    if (p.threshold < sedang) break;
    if (p.precision >= targets.tinggiPrecision) tinggi = p.threshold;
  }
  return { sedang: roundScore(sedang), tinggi: roundScore(Math.max(tinggi, sedang)), targets };
}

