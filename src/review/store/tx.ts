// Write transactions. SQLite takes the write lock up front (BEGIN IMMEDIATE) so concurrent writers
// wait on busy_timeout instead of failing on lock upgrade; PostgreSQL uses an ordinary transaction.
// Every change and its audit row are written through here, so they commit or roll back together.
import type { Kysely } from 'kysely';
import { sql } from '../db/kysely.js';
import type { Database } from '../db/schema.js';
import type { ReviewDb } from '../db/open.js';

export type Tx = Kysely<Database>;

export async function writeTx<T>(rdb: ReviewDb, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (rdb.dialect === 'postgres') return rdb.db.transaction().execute(fn);
  return rdb.db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const out = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return out;
    } catch (err) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw err;
    }
  });
}

export const nowIso = (): string => new Date().toISOString();
