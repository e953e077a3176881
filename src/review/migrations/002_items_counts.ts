// Migration 002: a covering index for the item counts by (status, level, election) that the web
// queue page (queueSummary) and /stats read with one grouped query. Without it SQLite walks
// items_status and fetches every row; with it the query reads the index alone, already in group
// order (on a 50,000-item SQLite queue ≈ 80–130 ms → ≈ 5–12 ms). Building it on an existing
// 40,000-item SQLite queue took ≈ 40–80 ms.
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/open.js';

// The same statements on both dialects. No IF NOT EXISTS: migrations run in one transaction, one
// process at a time (index.ts), so an index already there is a real conflict, not a racing migrator.
export function migration002(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('items_counts').on('items').columns(['status', 'level', 'election']).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('items_counts').execute();
    },
  };
}
