// The per-source breakdown of the evaluation report: shares per source, label decided as the product does.
import { describe, expect, it } from 'vitest';
import { bySource } from '../../src/eval/by-source.js';
import type { Example } from '../../src/data/dataset.js';

const ex = (id: string, source: string, label: Example['label']): Example => ({ id, source, label, text: id, platform: 'written' });
// probabilities in LABELS order: ajakan, dukungan, serangan, netral
const NETRAL = [0.05, 0.1, 0.05, 0.8];
const DUKUNGAN = [0.1, 0.6, 0.1, 0.2];
const THRESHOLDS = { sedang: 0.3, tinggi: 0.7, targets: { sedangRecall: 0.9, tinggiPrecision: 0.9 } };

describe('bySource', () => {
  it('gives each source its gold and predicted partisan shares and its accuracy, sorted by source', () => {
    const test = [ex('a', 'examples/everyday.csv', 'netral'), ex('b', 'examples/everyday.csv', 'netral'), ex('c', 'corpus.csv', 'dukungan'), ex('d', 'corpus.csv', 'serangan')];
    const rows = bySource(test, [NETRAL, DUKUNGAN, DUKUNGAN, DUKUNGAN], THRESHOLDS);
    expect(rows).toEqual([
      { source: 'corpus.csv', n: 2, actualPartisan: 1, predictedPartisan: 1, accuracy: 0.5, queued: 1 },
      { source: 'examples/everyday.csv', n: 2, actualPartisan: 0, predictedPartisan: 0.5, accuracy: 0.5, queued: 0.5 },
    ]);
  });

  it('decides labels as scoring does: partisan once risk ≥ 0.5, even where netral is the likeliest label', () => {
    const rows = bySource([ex('a', 's', 'ajakan'), ex('b', 's', 'netral')], [[0.35, 0.25, 0, 0.4], [0.2, 0.2, 0.09, 0.51]], THRESHOLDS);
    expect(rows).toEqual([{ source: 's', n: 2, actualPartisan: 0.5, predictedPartisan: 0.5, accuracy: 1, queued: 1 }]);
  });

  it('counts a netral-labeled post as queued once its risk reaches the sedang threshold (the review queue sees it)', () => {
    // risks 0.2 (rendah), 0.3 (exactly sedang), 0.45 (sedang, still labeled netral), 0.75 (tinggi, labeled ajakan)
    const probs = [[0.1, 0.05, 0.05, 0.8], [0.1, 0.1, 0.1, 0.7], [0.15, 0.15, 0.15, 0.55], [0.25, 0.25, 0.25, 0.25]];
    const rows = bySource(['a', 'b', 'c', 'd'].map((id) => ex(id, 's', 'netral')), probs, THRESHOLDS);
    expect(rows).toEqual([{ source: 's', n: 4, actualPartisan: 0, predictedPartisan: 0.25, accuracy: 0.75, queued: 0.75 }]);
  });
});
