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
      model: { ...result, trainSeconds: 1, temperature: 1, thresholds: { sedang: 0.4, tinggi: 0.7, targets: { sedangRecall: 0.9, tinggiPrecision: 0.9 } }, bySource: [] },
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
});
