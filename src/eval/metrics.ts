// Evaluation metrics: binary partisan-vs-netral precision/recall/F1 and PR-AUC, 4-class macro-F1 and
// confusion matrix. Pure functions over arrays so the model and both baselines are scored identically.
export interface BinaryMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function binaryMetrics(predicted: boolean[], actual: boolean[]): BinaryMetrics {
  let tp = 0, fp = 0, fn = 0;
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export interface PrPoint {
  threshold: number;
  precision: number;
  recall: number;
}

/** Precision-recall curve over descending scores (one point per distinct score). */
export function prCurve(scores: number[], actual: boolean[]): PrPoint[] {
  const order = scores.map((s, i) => [s, actual[i]] as const).sort((a, b) => b[0] - a[0]);
  const positives = actual.filter(Boolean).length;
  const points: PrPoint[] = [];
  let tp = 0, fp = 0;
  for (let i = 0; i < order.length; i++) {
    if (order[i][1]) tp++;
    else fp++;
    if (i + 1 < order.length && order[i + 1][0] === order[i][0]) continue;
    points.push({ threshold: order[i][0], precision: tp / (tp + fp), recall: positives === 0 ? 0 : tp / positives });
  }
  return points;
}

/** Average precision (area under the step PR curve). */
export function prAuc(scores: number[], actual: boolean[]): number {
  let prevRecall = 0;
  let area = 0;
  for (const p of prCurve(scores, actual)) {
    area += (p.recall - prevRecall) * p.precision;
    prevRecall = p.recall;
  }
  return area;
}

export function confusionMatrix(predicted: number[], actual: number[], numClasses: number): number[][] {
  const m = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  predicted.forEach((p, i) => m[actual[i]][p]++);
  return m; // rows: actual, columns: predicted
}

export function macroF1(predicted: number[], actual: number[], numClasses: number): { macroF1: number; perClass: BinaryMetrics[] } {
  const perClass = Array.from({ length: numClasses }, (_, c) =>
    binaryMetrics(predicted.map((p) => p === c), actual.map((a) => a === c)),
  );
  return { macroF1: perClass.reduce((s, m) => s + m.f1, 0) / numClasses, perClass };
}
