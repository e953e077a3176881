// Per-source breakdown of one system's predictions on a test set: where the errors are (a corpus
// file, or a file of written examples such as everyday posts that must stay netral), and how much of
// each source would reach a person's review queue.
import type { Example } from '../data/dataset.js';
import { decideLabelIndex } from '../decision/label.js';
import { levelFromRisk } from '../decision/level.js';
import type { Thresholds } from '../model/thresholds.js';
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
  /** Share of posts at review level `sedang` or above by risk alone (no election stage raises it). */
  queued: number;
}

export function bySource(test: readonly Example[], probs: readonly number[][], thresholds: Thresholds): SourceRow[] {
  const groups = new Map<string, { n: number; actual: number; predicted: number; correct: number; queued: number }>();
  test.forEach((e, i) => {
    const g = groups.get(e.source) ?? { n: 0, actual: 0, predicted: 0, correct: 0, queued: 0 };
    const gold = LABELS.indexOf(e.label);
    const predicted = decideLabelIndex(probs[i]);
    g.n++;
    if (gold !== NETRAL_INDEX) g.actual++;
    if (predicted !== NETRAL_INDEX) g.predicted++;
    if (predicted === gold) g.correct++;
    if (levelFromRisk(1 - probs[i][NETRAL_INDEX], thresholds) !== 'rendah') g.queued++;
    groups.set(e.source, g);
  });
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, g]) => ({ source, n: g.n, actualPartisan: g.actual / g.n, predictedPartisan: g.predicted / g.n, accuracy: g.correct / g.n, queued: g.queued / g.n }));
}
