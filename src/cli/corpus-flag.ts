// `--corpus DIR` (train, eval, split): one that is no directory, or that holds none of a corpus file
// the labels join with, is bad usage (exit 2), found before any work starts (train would otherwise
// claim a version and load tfjs first). So is a missing default.
import { statSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_FILES, DEFAULT_CORPUS_DIR } from '../data/corpus.js';
import { directoryProblem } from '../util/directory.js';
import { nonEmptyFlag, UsageError } from './command.js';

const GIVE = 'give the directory of the unlabeled corpus (its CSV files), or leave it out for the default ../shared/corpus';

/** The corpus files `dir` lacks, as "holds no a.csv (the labels join with …)"; undefined when it has them all. */
function missingFilesProblem(dir: string): string | undefined {
  const missing = CORPUS_FILES.map((s) => s.file).filter((f) => statSync(path.join(dir, f), { throwIfNoEntry: false })?.isFile() !== true);
  if (missing.length === 0) return undefined;
  return `holds no ${missing.join(', ')} (the labels join with ${CORPUS_FILES.map((s) => s.file).join(', ')})`;
}

export function corpusFlag(dir: string | undefined): string | undefined {
  if (dir === undefined) {
    const problem = directoryProblem(DEFAULT_CORPUS_DIR) ?? missingFilesProblem(DEFAULT_CORPUS_DIR);
    if (problem) throw new UsageError(`the default corpus directory ${DEFAULT_CORPUS_DIR} (../shared/corpus beside the project) ${problem}; give --corpus DIR with the unlabeled corpus (its CSV files)`);
    return undefined;
  }
  nonEmptyFlag(dir, 'corpus', GIVE);
  const problem = directoryProblem(dir) ?? missingFilesProblem(dir);
  if (problem) throw new UsageError(`--corpus ${dir} ${problem}; ${GIVE}`);
  return dir;
}
