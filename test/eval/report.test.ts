// The Markdown evaluation report: the reliability table sits beside the ECE it explains.
import { describe, expect, it } from 'vitest';
import { evaluatePredictions } from '../../src/eval/evaluate.js';
import { scenarioMarkdown } from '../../src/eval/report.js';
import type { ScenarioReport } from '../../src/eval/run.js';

// class probabilities in LABELS order (ajakan, dukungan, serangan, netral): risk = 1 − netral
const post = (risk: number): number[] => [risk / 2, risk / 2, 0, 1 - risk];

describe('scenarioMarkdown', () => {
  it('prints the non-empty reliability bins of the model: posts, mean risk, partisan share', () => {
    const result = evaluatePredictions([post(0.85), post(0.85), post(0.85), post(0.85), post(0.15), post(0.15)], [0, 1, 1, 3, 3, 3]);
    const report: ScenarioReport = {
      name: 'test-split',
      description: 'a made-up split',
      sizes: { train: 10, validation: 2, test: 6 },
      model: { ...result, trainSeconds: 1, temperature: 1, thresholds: { sedang: 0.4, tinggi: 0.7, targets: { sedangRecall: 0.9, tinggiPrecision: 0.9 } }, bySource: [], levels: [] },
      rules: result,
      fasttext: { unavailable: 'not installed' },
    };
    const md = scenarioMarkdown(report);
    expect(md).toContain('| risk | posts | mean risk | partisan |');
    expect(md).toContain('| 0.1–0.2 | 2 | 0.150 | 0.000 |');
    expect(md).toContain('| 0.8–0.9 | 4 | 0.850 | 0.750 |');
    expect(md).not.toContain('| 0.5–0.6 |'); // empty bins are left out
    expect(md).toContain(`| ${(result.calibrationError).toFixed(3)} |`);
  });

  it('prints the review levels with and without the stage raise', () => {
    const result = evaluatePredictions([post(0.85), post(0.15)], [0, 3]);
    const share = (posts: number, precision: number, recall: number) => ({ posts, precision, recall });
    const levels = [
      { stage: 'none' as const, tinggi: share(1, 1, 0.5), queued: share(2, 0.5, 1) },
      { stage: 'campaign' as const, tinggi: share(2, 1, 1), queued: share(2, 0.5, 1) },
    ];
    const thresholds = { sedang: 0.4, tinggi: 0.7, targets: { sedangRecall: 0.9, tinggiPrecision: 0.9 } };
    const md = scenarioMarkdown({
      name: 'test-split',
      description: 'a made-up split',
      sizes: { train: 10, validation: 2, test: 2 },
      model: { ...result, trainSeconds: 1, temperature: 1, thresholds, bySource: [], levels },
      rules: result,
      fasttext: { unavailable: 'not installed' },
    });
    expect(md).toContain('| no raising stage (before, voting day, after, or no stage) | 1 | 100.0 % | 50.0 % | 2 | 50.0 % | 100.0 % |');
    expect(md).toContain('| candidate determination to the quiet period (as if all were posted then) | 2 | 100.0 % | 100.0 % | 2 | 50.0 % | 100.0 % |');
  });
});
