// The two evaluation settings, defined once:
//   test-split — train on everything outside the fixed test split, test on the split;
//   leave-one-election-out — train without Pilgub Jatim 2024 (corpus posts and examples), test on it
//   (reviewed decisions from the review queue are never test data).
// Inside each training part a seeded, stratified 15 % validation slice is held out for calibration
// and thresholds.
import { REVIEW_SOURCE, type Example } from '../data/dataset.js';
import { stratifiedSample } from '../data/splits.js';

export interface Scenario {
  name: string;
  description: string;
  train: Example[];
  validation: Example[];
  test: Example[];
}

export const HELD_OUT_ELECTION = 'pilgub-jatim-2024';
export const VALIDATION_FRACTION = 0.15;

export function splitValidation(pool: readonly Example[], seed: number): { train: Example[]; validation: Example[] } {
  const val = stratifiedSample(pool, VALIDATION_FRACTION, seed);
  return { train: pool.filter((e) => !val.has(e.id)), validation: pool.filter((e) => val.has(e.id)) };
}

/**
 * Every id of the fixed test split must be in the labeled data: a missing or truncated label file
 * would otherwise shrink the test split (and the training data) without a word.
 */
export function assertSplitCovered(all: readonly Example[], testIds: ReadonlySet<string>): void {
  const have = new Set(all.map((e) => e.id));
  const missing = [...testIds].filter((id) => !have.has(id));
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} of the ${testIds.size} test-split posts are not in the labeled data (first: ${missing.slice(0, 3).join(', ')}): ` +
        'a label or examples file is missing or cut short; restore it (git status data/) before training or evaluating',
    );
  }
}

export function testSplitScenario(all: readonly Example[], testIds: Set<string>, seed: number): Scenario {
  assertSplitCovered(all, testIds);
  const pool = all.filter((e) => !testIds.has(e.id));
  return {
    name: 'test-split',
    description: 'fixed stratified test split (never tuned on); trained on the rest',
    ...splitValidation(pool, seed),
    test: all.filter((e) => testIds.has(e.id)),
  };
}

export function leaveOneElectionOutScenario(all: readonly Example[], seed: number, election = HELD_OUT_ELECTION): Scenario {
  const pool = all.filter((e) => e.election !== election);
  return {
    name: 'leave-one-election-out',
    description: `trained without ${election} (its corpus posts and written examples), tested on all of them`,
    ...splitValidation(pool, seed),
    test: all.filter((e) => e.election === election && e.source !== REVIEW_SOURCE),
  };
}
