// Builds the scoring core from configuration: the model (default: models/default.json) and the
// election configs (default: data/elections, or ELECTIONS_DIR). Used by the service, the CLI and batch.
import { loadModel } from '../model/artifact.js';
import { loadElectionDir } from '../elections/load.js';
import { initBackend } from '../model/backend.js';
import { Scorer } from './scorer.js';

export interface ScorerOptions {
  model?: string;
  electionsDir?: string;
  log?: (msg: string) => void;
}

export async function createScorer(opts: ScorerOptions = {}): Promise<Scorer> {
  const backend = await initBackend(opts.log);
  const model = loadModel(opts.model ?? process.env.NETRA_MODEL);
  const elections = loadElectionDir(opts.electionsDir ?? process.env.ELECTIONS_DIR ?? undefined);
  return new Scorer(model, elections, backend);
}
