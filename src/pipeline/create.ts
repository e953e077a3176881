// Builds the scoring core from configuration: the model (default: models/default.json) and the
// election configs (default: data/elections, or ELECTIONS_DIR). Used by the service, the CLI and batch.
// Scoring runs on the sparse path over the tfjs-trained weights and needs no tfjs at all, so tfjs
// (≈100 MB and most of a second to load per process or worker) is only initialized on request.
import { loadModel } from '../model/artifact.js';
import { electionsDir, loadElectionDir } from '../elections/load.js';
import type { ElectionConfig } from '../elections/schema.js';
import { Scorer } from './scorer.js';

export interface ScorerOptions {
  model?: string;
  electionsDir?: string;
  /** The configs, already loaded (the service's start-up check read ELECTIONS_DIR): `electionsDir` is then not read. */
  elections?: readonly ElectionConfig[];
  /** Also initialize tfjs and report its backend as the scorer's backend (default false: "sparse"). */
  tfjs?: boolean;
  log?: (msg: string) => void;
}

export const SPARSE_BACKEND = 'sparse';

export async function createScorer(opts: ScorerOptions = {}): Promise<Scorer> {
  // An empty NETRA_MODEL is unset (the service's rule), not a version named "".
  const model = loadModel(opts.model ?? (process.env.NETRA_MODEL || undefined));
  const elections = opts.elections ?? loadElectionDir(opts.electionsDir ?? electionsDir());
  let backend = SPARSE_BACKEND;
  if (opts.tfjs) {
    const { initBackend } = await import('../model/backend.js');
    backend = await initBackend(opts.log);
  }
  return new Scorer(model, elections, backend);
}
