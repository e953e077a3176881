// The evaluation's level table: levels decided as Scorer.score decides them, with and without the raise.
import { describe, expect, it } from 'vitest';
import { levelRows } from '../../src/eval/levels.js';

// probabilities in LABELS order: ajakan, dukungan, serangan, netral
const post = (risk: number): number[] => [0, risk, 0, 1 - risk];
const THRESHOLDS = { sedang: 0.4, tinggi: 0.8, targets: { sedangRecall: 0.9, tinggiPrecision: 0.9 } };
const DUKUNGAN = 1;
const NETRAL = 3;

describe('levelRows', () => {
  it('raises in the campaign only the partisan-labeled posts that mention the election', () => {
    // risk 0.6 (sedang, labeled dukungan) with a mention, 0.6 without, 0.9 (tinggi) without, 0.45 (sedang, labeled netral) with
    const probs = [post(0.6), post(0.6), post(0.9), post(0.45)];
    const gold = [DUKUNGAN, NETRAL, DUKUNGAN, NETRAL];
    const [none, campaign] = levelRows(probs, gold, [2, 0, 0, 1], THRESHOLDS);
    expect(none).toEqual({ stage: 'none', tinggi: { posts: 1, precision: 1, recall: 0.5 }, queued: { posts: 4, precision: 0.5, recall: 1 } });
    expect(campaign).toEqual({ stage: 'campaign', tinggi: { posts: 2, precision: 1, recall: 1 }, queued: { posts: 4, precision: 0.5, recall: 1 } });
  });
});
