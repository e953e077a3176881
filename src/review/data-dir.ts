// Where the SQLite review store lives. The default is var/ under the project, found as the models and
// election configs are: a service run from / (a process manager) or a cron job run from $HOME must
// find the same store as one run from the project. A NETRA_DATA_DIR given is read as any relative
// path on the command line is, from the current directory.
import path from 'node:path';
import { PROJECT_ROOT } from '../text/resources.js';

/** The store's directory when NETRA_DATA_DIR is unset (or empty). */
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, 'var');

/** The absolute directory of the SQLite file: `dir` (or NETRA_DATA_DIR) from the cwd, else DEFAULT_DATA_DIR. */
export function resolveDataDir(dir: string | undefined = process.env.NETRA_DATA_DIR): string {
  return dir ? path.resolve(dir) : DEFAULT_DATA_DIR;
}

/** The SQLite store's file in a data directory (an absolute one, as resolveDataDir gives). */
export const sqliteFile = (dataDir: string): string => path.join(dataDir, 'review.sqlite');
