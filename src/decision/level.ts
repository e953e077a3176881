// Decision stage: review level from calibrated risk and the election stage. netra never decides a
// violation; the level only orders the review queue.
//   tinggi  risk ≥ thresholds.tinggi
//   sedang  risk ≥ thresholds.sedang
//   rendah  otherwise
// A partisan post (label ≠ netral) made from candidate determination through the quiet period is
// raised one step: the labeling guide says ASN must not talk about parties or candidates at all in the
// candidate-determination and campaign stages, and the quiet period only tightens the campaign's rules.
import type { Thresholds } from '../model/thresholds.js';
import type { Stage } from '../elections/stage.js';

export const LEVELS = ['rendah', 'sedang', 'tinggi'] as const;
export type Level = (typeof LEVELS)[number];

export const RAISING_STAGES: ReadonlySet<Stage> = new Set(['candidate_determination', 'campaign', 'quiet_period']);

export function levelFromRisk(risk: number, t: Thresholds): Level {
  if (risk >= t.tinggi) return 'tinggi';
  if (risk >= t.sedang) return 'sedang';
  return 'rendah';
}

export function decideLevel(risk: number, partisan: boolean, stage: Stage | undefined, t: Thresholds): Level {
  const base = levelFromRisk(risk, t);
  if (!partisan || !stage || !RAISING_STAGES.has(stage)) return base;
  return LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(base) + 1)];
}
