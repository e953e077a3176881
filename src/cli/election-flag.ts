// `--election FILE|ID` for every command: a config file, or the id of one in ELECTIONS_DIR (default
// data/elections). A bad file or an unknown id is bad usage (exit 2) with the loader's one-line reason,
// and so is an ELECTIONS_DIR (or `elections --dir`) that names no directory, or one with a config that
// does not load.
import { statSync } from 'node:fs';
import { electionById, electionsDir, isElectionFile, readElectionDir, resolveElection } from '../elections/load.js';
import { ElectionConfigError, type ElectionConfig } from '../elections/schema.js';
import { directoryProblem } from '../util/directory.js';
import { nonEmptyFlag, UsageError } from './command.js';

/**
 * The directory of election configs a command reads: `--dir` when given, else ELECTIONS_DIR or the
 * shipped one. One that is no directory is bad usage naming the flag or variable, as for the service.
 */
export function electionsDirFlag(dirFlag?: string): string {
  const dir = nonEmptyFlag(dirFlag, 'dir', 'give the directory of election configs, or leave it out') ?? electionsDir();
  const problem = directoryProblem(dir);
  if (problem) throw new UsageError(`${dirFlag !== undefined ? '--dir' : 'ELECTIONS_DIR'} ${dir} ${problem}; give the directory of election configs`);
  return dir;
}

/**
 * The directory electionsDirFlag gives, with its configs. One that does not load (a stray export, a
 * config being edited) or an id in two files is bad usage naming the flag or variable, before any work:
 * every command reading the directory would fail on it (score's as a worker failure).
 */
export function electionConfigsFlag(dirFlag?: string): { dir: string; configs: ElectionConfig[] } {
  const dir = electionsDirFlag(dirFlag);
  const read = readElectionDir(dir);
  if ('problem' in read) throw new UsageError(`${dirFlag !== undefined ? '--dir' : 'ELECTIONS_DIR'} ${dir}: ${read.problem}`);
  return { dir, configs: read.configs };
}

/** `--election` as given: an empty one is bad usage, not "no election" nor an id "". */
export function electionRef(ref: string | undefined): string | undefined {
  return nonEmptyFlag(ref, 'election', 'give an election id (netra elections lists them) or a config file, or leave it out');
}

/**
 * `--election ID` naming no config: one wording for every command (not the loader's "invalid election
 * config", which is for a broken file), with the ids known.
 */
export function unknownElectionId(ref: string, known: readonly { id: string }[]): UsageError {
  const ids = `unknown election id (known: ${known.map((c) => c.id).join(', ')})`;
  // `--election README.md`: a file of that name is here, but only a .json name or a path reads as a file
  if (statSync(ref, { throwIfNoEntry: false })?.isFile()) {
    return new UsageError(`--election ${ref}: ${ids}; a file ${ref} is here, but a config file is read only by a name ending in .json or a path with a slash (./${ref})`);
  }
  return new UsageError(`--election ${ref}: ${ids}; netra elections lists them`);
}

/** @param inDir ELECTIONS_DIR's configs when the caller has loaded them (electionConfigsFlag) */
export function electionFlag(ref: string, inDir?: readonly ElectionConfig[]): ElectionConfig {
  electionRef(ref);
  // an id is looked up among ELECTIONS_DIR's configs, loaded once; a file needs no directory
  const configs = isElectionFile(ref) ? undefined : (inDir ?? electionConfigsFlag().configs);
  if (configs && !configs.some((c) => c.id === ref)) throw unknownElectionId(ref, configs);
  try {
    return configs ? electionById(ref, configs) : resolveElection(ref);
  } catch (err) {
    if (err instanceof ElectionConfigError) throw new UsageError(`--election: ${err.message.split('\n')[0]}`);
    throw err;
  }
}
