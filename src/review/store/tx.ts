// Write transactions. SQLite takes the write lock up front (BEGIN IMMEDIATE) so concurrent writers
// wait on busy_timeout instead of failing on lock upgrade; PostgreSQL uses an ordinary transaction.
// Every change and its audit row are written through here, so they commit or roll back together.
import type { Kysely } from 'kysely';
import { sqliteImmediate } from '../db/immediate.js';
import type { Database } from '../db/schema.js';
import type { ReviewDb } from '../db/open.js';

export type Tx = Kysely<Database>;

export async function writeTx<T>(rdb: ReviewDb, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (rdb.dialect === 'postgres') return rdb.db.transaction().execute(fn);
  return sqliteImmediate(rdb.db, fn);
}

export const nowIso = (): string => new Date().toISOString();

/**
 * The time of a change to a row last changed at `previous` (and to follow the other times given): now,
 * or 1 ms after the latest of them when the clock has not passed it (two changes in one millisecond, a
 * clock stepped back), so every change moves the row's time on and a stale fromUpdatedAt never matches.
 */
export function nowAfter(...previous: (string | undefined)[]): string {
  const now = Date.now();
  const latest = Math.max(...previous.map((p) => (p === undefined ? -Infinity : Date.parse(p))).filter((t) => !Number.isNaN(t)));
  return new Date(now > latest ? now : latest + 1).toISOString();
}

/**
 * A write transaction whose reads are all of one moment, for a snapshot to share (db/snapshot.ts):
 * REPEATABLE READ on PostgreSQL (a read of a row changed since fails with 40001: retry); SQLite's
 * BEGIN IMMEDIATE already is one, no other writer commits while it runs.
 */
export async function snapshotWriteTx<T>(rdb: ReviewDb, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (rdb.dialect === 'postgres') return rdb.db.transaction().setIsolationLevel('repeatable read').execute(fn);
  return sqliteImmediate(rdb.db, fn);
}
