// Decision stage: review level from calibrated risk and the election stage. netra never decides a
// violation; the level only orders the review queue.
//   tinggi  risk ≥ thresholds.tinggi
//   sedang  risk ≥ thresholds.sedang
//   rendah  otherwise
// A partisan post (label ≠ netral) that mentions the election (a candidate, party, ballot number,
// campaign hashtag…: the scorer's `mentions`) made from candidate determination through the quiet
// period is raised one step: the labeling guide says ASN must not talk about parties or candidates at
// all in the candidate-determination and campaign stages, and the quiet period only tightens the
// campaign's rules. A post that names no one does not talk about them: a partisan label always has
// risk ≥ 0.5, above `sedang`, so raising it too made every partisan post `tinggi` in those stages.
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

/** What besides risk a post's level depends on. */
export interface LevelContext {
  /** The label is not netral. */
  partisan: boolean;
  /** How many mentions of the election the post makes (ScoreResult.mentions). */
  mentions: number;
  /** The election stage it was posted in, when known. */
  stage: Stage | undefined;
}

export function decideLevel(risk: number, post: LevelContext, t: Thresholds): Level {
  const base = levelFromRisk(risk, t);
  if (!post.partisan || post.mentions === 0 || !post.stage || !RAISING_STAGES.has(post.stage)) return base;
  return LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(base) + 1)];
}
