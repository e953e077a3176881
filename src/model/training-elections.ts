// The election configs training, evaluation and tuning read posts with: those in data/elections whose
// election the labeled data names (a corpus file's election, a written example's `election`, a
// reviewed decision's), not every config there. A new election is a JSON file for scoring, not a
// retraining: a config no labeled example names changes neither the mention indexes (its candidates,
// parties and numbers would compete for the mentions of posts of no known election) nor the name words
// hashtags are segmented with.
import { loadElectionDirFiles, SHIPPED_ELECTIONS_DIR } from '../elections/load.js';
import type { ElectionConfig } from '../elections/schema.js';
import { REVIEW_SOURCE, type Example } from '../data/dataset.js';
import { ElectionIndexes } from './train.js';

export interface TrainingElections {
  /** The configs, in the order of their files' names (as loadElectionDir gives them). */
  configs: ElectionConfig[];
  /** Election id → its config's file name in the directory (data/elections/<file> in the model card). */
  files: Record<string, string>;
}

/**
 * The configs in `dir` (default data/elections) of the elections `examples` name. An election a corpus
 * post or written example names without a config there is an error: training reads data/elections
 * only (ELECTIONS_DIR is for scoring). A reviewed decision's election without one is not (reviews of a
 * race scored with ELECTIONS_DIR or `--election FILE`): such posts are read as posts of no known election.
 */
export function trainingElections(examples: readonly Example[], dir: string = SHIPPED_ELECTIONS_DIR): TrainingElections {
  const byId = new Map(loadElectionDirFiles(dir).map((l) => [l.config.id, l]));
  const named = new Map<string, Example>(); // election id → the first example naming it
  for (const e of examples) if (e.election && !named.has(e.election)) named.set(e.election, e);
  const missing = [...named].filter(([id, e]) => !byId.has(id) && e.source !== REVIEW_SOURCE);
  if (missing.length) {
    const list = missing.map(([id, e]) => `${JSON.stringify(id)} (first: ${e.id}, ${e.source})`).join(', ');
    throw new Error(`the labeled data names election ${list}, but ${dir} has no config for it: training reads its election configs from there (ELECTIONS_DIR is for scoring); add the config there`);
  }
  const used = [...byId.values()].filter(({ config }) => named.has(config.id));
  return { configs: used.map((u) => u.config), files: Object.fromEntries(used.map((u) => [u.config.id, u.file])) };
}

/**
 * trainingElections, made the ones posts are read with: mention indexes over them alone, and hashtag
 * segmentation and candidate name words from their names alone (not ELECTIONS_DIR's).
 */
export function trainingIndexes(examples: readonly Example[], dir?: string): { indexes: ElectionIndexes; elections: TrainingElections } {
  const elections = trainingElections(examples, dir);
  return { indexes: new ElectionIndexes(elections.configs), elections };
}
