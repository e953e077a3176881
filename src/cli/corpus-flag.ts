// `--corpus DIR` (train, eval, split): one that is no directory is bad usage (exit 2), found before any
// work starts (train would otherwise claim a version and load tfjs first).
import { directoryProblem } from '../util/directory.js';
import { UsageError } from './command.js';

export function corpusFlag(dir: string | undefined): string | undefined {
  if (dir === undefined) return undefined; // the default; a missing one is reported by the loader
  const problem = directoryProblem(dir);
  if (problem) throw new UsageError(`--corpus ${dir} ${problem}; give the directory of the unlabeled corpus (its CSV files), or leave it out for the default ../shared/corpus`);
  return dir;
}
