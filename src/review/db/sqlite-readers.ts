// This process's export readers of a SQLite file (snapshot.ts). A TRUNCATE checkpoint waits on
// busy_timeout for every reader to let go of the WAL, and a reader of this process cannot move while it
// waits (better-sqlite3 is synchronous): a purge or deletion during a download stalled the whole service
// for 5 s, then left the WAL as it was. With a reader open the checkpoint waits for the last one to end
// instead: the reader still needs the WAL's old pages (the purged text) until then anyway.
import type { ReviewDb } from './open.js';
import { sql } from './kysely.js';

const readers = new Map<string, number>();
const deferred = new Set<string>();

export function readerOpened(file: string): void {
  readers.set(file, (readers.get(file) ?? 0) + 1);
}

export async function readerClosed(rdb: ReviewDb): Promise<void> {
  const file = rdb.file as string;
  const left = (readers.get(file) ?? 1) - 1;
  if (left > 0) return void readers.set(file, left);
  readers.delete(file);
  if (deferred.delete(file)) await truncateWal(rdb);
}

/**
 * On SQLite, copies the WAL into the database and truncates it: the WAL still holds the pages as they
 * were before a purge or deletion (the text), until a later checkpoint happens to overwrite them. Now,
 * or when this process's last export reader ends. Best effort: a reader still open elsewhere (a batch
 * run) keeps its frames until the next checkpoint.
 */
export async function truncateWal(rdb: ReviewDb): Promise<void> {
  if (rdb.dialect !== 'sqlite') return;
  if (rdb.file && readers.has(rdb.file)) return void deferred.add(rdb.file);
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(rdb.db);
}
