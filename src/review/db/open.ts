// Opens the review database: PostgreSQL when DATABASE_URL (or opts.url) is postgres://…, otherwise
// SQLite at <dataDir>/review.sqlite (dataDir: opts.dataDir, NETRA_DATA_DIR, default var/ under the project).
// SQLite runs in WAL mode with foreign keys on and synchronous=FULL, so a committed (acknowledged)
// change survives a killed process, and secure_delete so purged text leaves the file. Migrations run before the handle is returned.
import { closeSync, existsSync, openSync, statSync } from 'node:fs';
import { makeDirs } from '../../util/make-dirs.js';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from './kysely.js';
import type { Database } from './schema.js';
import { latestMigration, migrateToLatest } from '../migrations/index.js';
import { isPostgresUrl, NOT_POSTGRES } from './url.js';
import { reviewStoreName } from './store-name.js';
import { resolveDataDir, sqliteFile } from '../data-dir.js';
import { CONNECT_TIMEOUT_VARIABLE, connectTimeoutSetting, isConnectTimeout } from './connect-timeout.js';

export type Dialect = 'sqlite' | 'postgres';

export interface OpenOptions {
  /** postgres://… or postgresql://…; default process.env.DATABASE_URL. */
  url?: string;
  /** Directory of the SQLite file; default NETRA_DATA_DIR or var/ under the project (data-dir.ts). */
  dataDir?: string;
  /** Pool size for PostgreSQL (default 10). */
  poolSize?: number;
  /** Refuse to create a new SQLite file: for readers, a missing one means a mistyped NETRA_DATA_DIR. */
  mustExist?: boolean;
  /** Where a warning about the store goes (a SQLite file others can read); default stderr. */
  warn?: (message: string) => void;
  /** Where a line for each migration applied goes (the CLI: logToStderr; the service: its log); default nowhere. */
  log?: (message: string) => void;
  /** SQLite: run PRAGMA quick_check before anything else and refuse a damaged file (the service's start). */
  check?: boolean;
  /**
   * PostgreSQL ended a pooled connection that was idle (pg_terminate_backend, a restart,
   * idle_session_timeout): the pool drops it and the next query connects anew. Default: a warning.
   */
  onIdleConnectionError?: (err: Error & { code?: string }) => void;
  /** Most ms a new PostgreSQL connection may take; default NETRA_DB_CONNECT_TIMEOUT_MS or 10 s. */
  connectTimeoutMs?: number;
}

/** The CLI's `log`: operators see on stderr when a command migrated the store (after an upgrade). */
export const logToStderr = (message: string): void => void process.stderr.write(`netra: ${message}\n`);

export interface ReviewDb {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, without credentials (for logs). */
  where: string;
  /** SQLite: the store's file (an export's reader opens it again: db/snapshot.ts). */
  file?: string;
  /** This open made the schema from nothing: a new, empty store (a new SQLite file, or an empty PostgreSQL database). */
  created: boolean;
  /** The schema version: the name of the last migration, which the store is at once open. */
  schema?: string;
  close(): Promise<void>;
}

export { isPostgresUrl };

/** How long a SQLite writer waits for another's lock (busy_timeout), here and in `netra store backup`. */
export const BUSY_TIMEOUT_MS = 5000;

// Switching a new file to WAL takes an exclusive lock, and SQLite answers SQLITE_BUSY at once,
// without its busy handler, while another process is opening the same new file. Retry until the
// busy timeout, pausing briefly (synchronously: the constructor is synchronous too).
function setWalMode(sqlite: SQLite.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      sqlite.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
      Atomics.wait(pause, 0, 0, 10 + Math.random() * 20);
    }
  }
}

/**
 * The file holds post text, authors and key hashes, and SQLite would make it 0644 under the usual
 * umask: a new one is made 0600 here first (SQLite gives its -wal and -shm the file's mode). An
 * existing file keeps its mode (it is the operator's to change), but one others can read is reported.
 */
function ownerOnlyFile(file: string, warn: (message: string) => void): void {
  try {
    closeSync(openSync(file, 'wx', 0o600)); // an empty file is an empty database
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o066) warn(`the review store ${file} can be read or written by group or others (mode ${mode.toString(8).padStart(4, '0')}); it holds post text, authors and key hashes: chmod 600 it and its -wal and -shm files`);
}

/**
 * A damaged file (a backup restored over a leftover -wal, a disk error) would otherwise be found by
 * whichever request reads the bad page. quick_check reads every page once (≈ 0.13–0.3 s for 50,000
 * items, a 97 MB file; linear in the size), so only the service runs it, once per start.
 */
/**
 * quick_check's first problems on one line: a row can hold several lines ("*** in database main ***"
 * then a page's error), and a start-up error is read in one-line logs.
 */
export function damageSummary(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).map((p) => p.trim().split(/\s*\n\s*/).join('; '));
  return shown.join('; ') + (problems.length > 3 ? `; and ${problems.length - 3} more` : '');
}

function quickCheck(sqlite: SQLite.Database, file: string): void {
  let problems: string[];
  try {
    problems = (sqlite.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (err) {
    problems = [(err as Error).message]; // "database disk image is malformed" before any row
  }
  if (problems.length === 1 && problems[0] === 'ok') return;
  throw new Error(`the review store ${file} is damaged (PRAGMA quick_check: ${damageSummary(problems)}): restore it from a backup, with the service stopped and its -wal and -shm files deleted first (docs/review.md, "Backup and restore")`);
}

/** The warning for an idle connection PostgreSQL ended: its code and message (the server's words, no data). */
export function idleConnectionMessage(err: Error & { code?: string }): string {
  return `review store: PostgreSQL ended an idle connection (${err.code ? `${err.code}: ` : ''}${err.message}); the next request reconnects`;
}

export async function openDatabase(opts: OpenOptions = {}): Promise<ReviewDb> {
  const url = opts.url ?? process.env.DATABASE_URL;
  const warn = opts.warn ?? ((m: string) => void process.stderr.write(`netra: warning: ${m}\n`));
  let db: Kysely<Database>;
  let dialect: Dialect;
  const dataDir = opts.dataDir || process.env.NETRA_DATA_DIR;
  // Named as score --enqueue's resume check names it: one function for both (store-name.ts).
  const where = reviewStoreName({ ...process.env, DATABASE_URL: url, NETRA_DATA_DIR: dataDir });
  let connectTimeoutMs = 0;
  let file: string | undefined;
  if (isPostgresUrl(url)) {
    dialect = 'postgres';
    const setting = opts.connectTimeoutMs === undefined ? connectTimeoutSetting() : { value: opts.connectTimeoutMs };
    if ('problem' in setting) throw new Error(setting.problem);
    connectTimeoutMs = setting.value;
    const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10, connectionTimeoutMillis: connectTimeoutMs });
    // pg emits 'error' on the pool for an idle client the server ended; unheard, it is an uncaught
    // exception that ends the whole process (the scoring service with it).
    pool.on('error', opts.onIdleConnectionError ?? ((err: Error & { code?: string }) => warn(idleConnectionMessage(err))));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    if (url) throw new Error(`DATABASE_URL ${NOT_POSTGRES}`);
    dialect = 'sqlite';
    // An empty NETRA_DATA_DIR means unset, as in review/config.ts: otherwise keys would go to ./ while the service reads var/.
    const dir = resolveDataDir(dataDir);
    file = sqliteFile(dir);
    if (opts.mustExist && !existsSync(file)) throw new Error(`no review store at ${file} (check NETRA_DATA_DIR, or DATABASE_URL for PostgreSQL; netra keys create starts a new one)`);
    try {
      makeDirs(dir, 0o700); // only its owner needs it (the file's -wal and -shm are made in it too)
    } catch (err) {
      throw new Error(`cannot create the review store's directory ${dir} (NETRA_DATA_DIR): ${(err as Error).message}`);
    }
    ownerOnlyFile(file, warn);
    const sqlite = new SQLite(file, { timeout: BUSY_TIMEOUT_MS });
    try {
      setWalMode(sqlite);
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('synchronous = FULL');
      // Deleted and overwritten content is zeroed, not left in free space: a purged post must not be
      // readable from the file (see retention.ts, which also empties the WAL after a purge).
      sqlite.pragma('secure_delete = ON');
      if (opts.check) quickCheck(sqlite, file);
    } catch (err) {
      sqlite.close(); // a refused store leaves no descriptor open (a caller may retry or go on without it)
      throw err;
    }
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  // No ANALYZE / PRAGMA optimize afterwards: on SQLite, statistics made the level-only queue filter
  // ≈ 40× slower (skip-scan of items_counts and a sort); PostgreSQL's autovacuum analyzes by itself.
  // See docs/review.md, "No planner statistics".
  let applied: string[];
  try {
    applied = await migrateToLatest(db, dialect);
  } catch (err) {
    if (dialect === 'postgres' && isConnectTimeout(err)) {
      // The half-open connection is abandoned, not closed: ending the pool would wait on it.
      void db.destroy().catch(() => {});
      throw new Error(`cannot connect to PostgreSQL at ${where} (DATABASE_URL): no answer within ${connectTimeoutMs / 1000} s (${CONNECT_TIMEOUT_VARIABLE})`);
    }
    await db.destroy();
    throw err;
  }
  for (const name of applied) opts.log?.(`review store: applied migration ${name}`);
  return { db, dialect, where, file, created: applied.includes('001_initial'), schema: latestMigration(dialect), close: () => db.destroy() };
}
