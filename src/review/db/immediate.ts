// One SQLite transaction that takes the write lock up front (BEGIN IMMEDIATE): a writer waits on
// busy_timeout for another instead of failing when it upgrades a read lock. Store writes and
// migrations both go through it, so what they do commits or rolls back as one.
import type { Kysely } from 'kysely';
import { sql } from './kysely.js';

export async function sqliteImmediate<DB, T>(db: Kysely<DB>, fn: (conn: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
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
