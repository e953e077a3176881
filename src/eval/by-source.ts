// Per-source breakdown of one system's predictions on a test set: where the errors are (a corpus
// file, or a file of written examples such as everyday posts that must stay netral).
import type { Example } from '../data/dataset.js';
import { decideLabelIndex } from '../decision/label.js';
import { LABELS, NETRAL_INDEX } from '../data/labels.js';

export interface SourceRow {
  source: string;
  n: number;
  /** Share of posts whose gold label is partisan (not netral). */
  actualPartisan: number;
  /** Share of posts the system labels partisan. */
  predictedPartisan: number;
  /** Share of posts given exactly their gold label (4 labels). */
  accuracy: number;
}

export function bySource(test: readonly Example[], probs: readonly number[][]): SourceRow[] {
  const groups = new Map<string, { n: number; actual: number; predicted: number; correct: number }>();
  test.forEach((e, i) => {
    const g = groups.get(e.source) ?? { n: 0, actual: 0, predicted: 0, correct: 0 };
    const gold = LABELS.indexOf(e.label);
    const predicted = decideLabelIndex(probs[i]);
    g.n++;
    if (gold !== NETRAL_INDEX) g.actual++;
    if (predicted !== NETRAL_INDEX) g.predicted++;
    if (predicted === gold) g.correct++;
    groups.set(e.source, g);
  });
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, g]) => ({ source, n: g.n, actualPartisan: g.actual / g.n, predictedPartisan: g.predicted / g.n, accuracy: g.correct / g.n }));
}
