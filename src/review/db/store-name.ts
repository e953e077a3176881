// The one name of a review store, as DATABASE_URL / NETRA_DATA_DIR point at it: the store's start line
// ("review store: sqlite at …", from openDatabase) and `score --enqueue`'s resume check (the progress
// file's queue) both give this, so an operator reads one name for one store.
import { resolveDataDir, sqliteFile } from '../data-dir.js';
import { postgresLocation } from './url.js';

/** PostgreSQL's as pg connects to it (never the user or password: postgresLocation), SQLite's absolute file. */
export function reviewStoreName(env: NodeJS.ProcessEnv): string {
  if (env.DATABASE_URL) return postgresLocation(env.DATABASE_URL, env);
  return sqliteFile(resolveDataDir(env.NETRA_DATA_DIR));
}
