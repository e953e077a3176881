// `--corpus DIR` (train, eval, split): one that is no directory is bad usage (exit 2), found before any
// work starts (train would otherwise claim a version and load tfjs first). So is a missing default.
import { DEFAULT_CORPUS_DIR } from '../data/corpus.js';
import { directoryProblem } from '../util/directory.js';
import { nonEmptyFlag, UsageError } from './command.js';

const GIVE = 'give the directory of the unlabeled corpus (its CSV files), or leave it out for the default ../shared/corpus';

export function corpusFlag(dir: string | undefined): string | undefined {
  if (dir === undefined) {
    const problem = directoryProblem(DEFAULT_CORPUS_DIR);
    if (problem) throw new UsageError(`the default corpus directory ${DEFAULT_CORPUS_DIR} (../shared/corpus beside the project) ${problem}; give --corpus DIR with the unlabeled corpus (its CSV files)`);
    return undefined;
  }
  nonEmptyFlag(dir, 'corpus', GIVE);
  const problem = directoryProblem(dir);
  if (problem) throw new UsageError(`--corpus ${dir} ${problem}; ${GIVE}`);
  return dir;
}
