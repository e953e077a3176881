// The two evaluation settings, defined once:
//   test-split — train on everything outside the fixed test split, test on the split;
//   leave-one-election-out — train without Pilgub Jatim 2024 (corpus posts and examples), test on it
//   (reviewed decisions from the review queue are never test data).
// Neither trains on a near-copy of a test post (a retweet, the same text with another link): the
// labeling kept such copies out of the data, but not all of them.
// Inside each training part a seeded, stratified 15 % validation slice is held out for calibration
// and thresholds.
import { REVIEW_SOURCE, type Example } from '../data/dataset.js';
import { stratifiedSample } from '../data/splits.js';
import { withoutNearCopies } from '../data/near-copies.js';

export interface Scenario {
  name: string;
  description: string;
  train: Example[];
  validation: Example[];
  test: Example[];
}

export const HELD_OUT_ELECTION = 'pilgub-jatim-2024';
export const VALIDATION_FRACTION = 0.15;

/** What the description says of the training posts left out as near-copies of test posts. */
const leftOut = (n: number): string => (n > 0 ? `, less ${n} near-cop${n === 1 ? 'y' : 'ies'} of test posts (retweets, the same text with other links)` : '');

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
    // Where the missing ids come from: a corpus id `<file>:<row>` names its labels file; written ids
    // only their directory (the file that held them may be the one missing).
    const byCorpusFile = new Map<string, number>();
    const written: string[] = [];
    for (const id of missing) {
      const colon = id.lastIndexOf(':');
      if (colon > 0) byCorpusFile.set(id.slice(0, colon), (byCorpusFile.get(id.slice(0, colon)) ?? 0) + 1);
      else written.push(id);
    }
    const sources = [...byCorpusFile].sort().map(([file, n]) => `${n} of ${file} (labels file data/labels/${file})`);
    if (written.length) sources.push(`${written.length} written example${written.length === 1 ? '' : 's'} (data/examples; first: ${written.slice(0, 3).join(', ')})`);
    throw new Error(
      `${missing.length} of the ${testIds.size} test-split posts are not in the labeled data: ${sources.join(', ')}: ` +
        'a label or examples file is missing or cut short; restore it (git status data/) before training or evaluating',
    );
  }
}

export function testSplitScenario(all: readonly Example[], testIds: Set<string>, seed: number): Scenario {
  assertSplitCovered(all, testIds);
  const test = all.filter((e) => testIds.has(e.id));
  const { kept, dropped } = withoutNearCopies(
    all.filter((e) => !testIds.has(e.id)),
    test,
  );
  return {
    name: 'test-split',
    description: `fixed stratified test split (never tuned on); trained on the rest${leftOut(dropped)}`,
    ...splitValidation(kept, seed),
    test,
  };
}

export function leaveOneElectionOutScenario(all: readonly Example[], seed: number, election = HELD_OUT_ELECTION): Scenario {
  const test = all.filter((e) => e.election === election && e.source !== REVIEW_SOURCE);
  const { kept, dropped } = withoutNearCopies(
    all.filter((e) => e.election !== election),
    test,
  );
  return {
    name: 'leave-one-election-out',
    description: `trained without ${election} (its corpus posts and written examples), tested on all of them${leftOut(dropped)}`,
    ...splitValidation(kept, seed),
    test,
  };
}
