// A read-only view of the store as one write transaction sees it, kept after that transaction commits:
// a bulk export's audit entry is written in the transaction, and the file's rows are read from the view
// for as long as the client downloads, so later changes neither appear in nor vanish from the file.
// PostgreSQL: the transaction (REPEATABLE READ) exports its snapshot, which a read-only transaction on
// another pooled connection imports. SQLite: a second connection to the file starts a read transaction
// while the writer holds the write lock, so it sees the last commit, which is what the writer read; in
// WAL mode a reader blocks no writer (only checkpoints: see sqlite-readers.ts).
import SQLite from 'better-sqlite3';
import type { Kysely, KyselyPlugin } from 'kysely';
import { Kysely as KyselyClass, SqliteDialect, sql } from './kysely.js';
import type { Database } from './schema.js';
import { BUSY_TIMEOUT_MS, type ReviewDb } from './open.js';
import { readerClosed, readerOpened } from './sqlite-readers.js';

export interface Snapshot {
  db: Kysely<Database>;
  /** Ends the read transaction and hands back its connection; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * The store as `tx` (a transaction of `rdb`, opened by snapshotWriteTx) sees it now. Take it before `tx`
 * writes: on SQLite the view never holds `tx`'s own writes.
 */
export async function snapshotOf(rdb: ReviewDb, tx: Kysely<Database>): Promise<Snapshot> {
  return rdb.dialect === 'postgres' ? postgresSnapshot(rdb, tx) : sqliteSnapshot(rdb, tx);
}

const plugins = (db: Kysely<Database>): readonly KyselyPlugin[] => db.getExecutor().plugins;

/** A connection of the pool kept until release() (Kysely lends one only for a callback's length). */
function heldConnection(db: Kysely<Database>): Promise<{ conn: Kysely<Database>; release: () => void }> {
  return new Promise((resolve, reject) => {
    db.connection()
      .execute((conn) => new Promise<void>((release) => resolve({ conn, release })))
      .catch(reject);
  });
}

async function postgresSnapshot(rdb: ReviewDb, tx: Kysely<Database>): Promise<Snapshot> {
  const { id } = (await sql<{ id: string }>`SELECT pg_export_snapshot() AS id`.execute(tx)).rows[0];
  // The id is the server's ("00000003-0000001B-1"); SET TRANSACTION SNAPSHOT takes no parameter.
  if (!/^[0-9A-F-]+$/i.test(id)) throw new Error(`unexpected snapshot id from PostgreSQL: ${id}`);
  const { conn, release } = await heldConnection(rdb.db);
  try {
    await sql`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`.execute(conn);
    await sql.raw(`SET TRANSACTION SNAPSHOT '${id}'`).execute(conn);
  } catch (err) {
    await sql`ROLLBACK`.execute(conn).catch(() => undefined);
    release();
    throw err;
  }
  return { db: conn, close: once(async () => {
    try {
      await sql`ROLLBACK`.execute(conn);
    } finally {
      release();
    }
  }) };
}

async function sqliteSnapshot(rdb: ReviewDb, tx: Kysely<Database>): Promise<Snapshot> {
  if (!rdb.file) throw new Error('a SQLite snapshot needs the store file');
  const file = rdb.file;
  const reader = new SQLite(file, { readonly: true, timeout: BUSY_TIMEOUT_MS });
  try {
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM sqlite_master').get(); // the read transaction starts at its first read
  } catch (err) {
    reader.close();
    throw err;
  }
  readerOpened(file);
  // The writer's plugins too (tests pause a statement with one), so the view reads as the store does.
  let db = new KyselyClass<Database>({ dialect: new SqliteDialect({ database: reader }) });
  for (const p of plugins(tx)) db = db.withPlugin(p);
  return { db, close: once(async () => {
    try {
      reader.exec('ROLLBACK');
      reader.close();
    } finally {
      await readerClosed(rdb);
    }
  }) };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}
