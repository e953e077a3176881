// The review levels of the test posts, decided as Scorer.score decides them (decideLevel): without a
// raising stage, and as if every post were made during the campaign, where a partisan post that
// mentions the election is raised one level. What `tinggi` and the queue hold differs between the two.
import { decideLabelIndex } from '../decision/label.js';
import { decideLevel, LEVELS, type Level } from '../decision/level.js';
import type { Stage } from '../elections/stage.js';
import type { Thresholds } from '../model/thresholds.js';
import { NETRAL_INDEX } from '../data/labels.js';

/** Posts at a level or above it: how many, the share that is partisan (gold), the share of partisan posts there. */
export interface LevelShare {
  posts: number;
  precision: number;
  recall: number;
}

export interface LevelRow {
  /** No raising stage (before, voting day, after, or none given), or the campaign (as candidate determination and the quiet period). */
  stage: 'none' | 'campaign';
  tinggi: LevelShare;
  /** `sedang` or above: what the review queue holds. */
  queued: LevelShare;
}

function share(levels: readonly Level[], partisan: readonly boolean[], min: Level): LevelShare {
  const at = levels.map((l) => LEVELS.indexOf(l) >= LEVELS.indexOf(min));
  const posts = at.filter(Boolean).length;
  const hits = at.filter((a, i) => a && partisan[i]).length;
  const all = partisan.filter(Boolean).length;
  return { posts, precision: posts ? hits / posts : 0, recall: all ? hits / all : 0 };
}

/** @param mentions how many mentions of its election each post makes (the scorer's `mentions`) */
export function levelRows(probs: readonly number[][], gold: readonly number[], mentions: readonly number[], thresholds: Thresholds): LevelRow[] {
  const partisan = gold.map((g) => g !== NETRAL_INDEX);
  const row = (stage: LevelRow['stage']): LevelRow => {
    const at: Stage | undefined = stage === 'campaign' ? 'campaign' : undefined;
    const levels = probs.map((p, i) => decideLevel(1 - p[NETRAL_INDEX], { partisan: decideLabelIndex(p) !== NETRAL_INDEX, mentions: mentions[i], stage: at }, thresholds));
    return { stage, tinggi: share(levels, partisan, 'tinggi'), queued: share(levels, partisan, 'sedang') };
  };
  return [row('none'), row('campaign')];
}
