// `--election FILE|ID` for every command: a config file, or the id of one in ELECTIONS_DIR (default
// data/elections). A bad file or an unknown id is bad usage (exit 2) with the loader's one-line reason.
import { resolveElection } from '../elections/load.js';
import { ElectionConfigError, type ElectionConfig } from '../elections/schema.js';
import { UsageError } from './command.js';

export function electionFlag(ref: string): ElectionConfig {
  try {
    return resolveElection(ref);
  } catch (err) {
    if (err instanceof ElectionConfigError) throw new UsageError(`--election: ${err.message.split('\n')[0]}`);
    throw err;
  }
}
