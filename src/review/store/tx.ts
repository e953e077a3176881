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
