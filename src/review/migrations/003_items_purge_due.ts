// Migration 003: replaces items_decided (decided_at) with items_purge_due on (status, decided_at), only
// for decided items not yet purged. items_decided served no query: the retention purge, the only one
// filtering on decided_at, went through items_status on SQLite (items_counts on PostgreSQL) or, with
// statistics, a full scan, since every item ever decided stays in it, purged or not. The partial index
// holds about one retention period of decisions, and both dialects pick it for the purge with or without
// statistics (status first: without statistics SQLite prefers an equality to a range alone). On 60,000
// items with 57 due: SQLite ≈ 16–18 ms → 0.08 ms, PostgreSQL ≈ 10–13 ms → 0.1 ms; building it on them
// on SQLite ≈ 23 ms.
import type { Kysely } from 'kysely';
import { sql } from '../db/kysely.js';
import type { Dialect } from '../db/open.js';

// The same statements on both dialects. The drop has IF EXISTS for a SQLite file that an earlier
// version, which ran migrations outside a transaction, left with the old index dropped and 003 not
// recorded; now the two statements commit or roll back together (index.ts).
export function migration003(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('items_decided').ifExists().execute();
      // decided_at IS NOT NULL keeps open and escalated items out; the purge's `decided_at < ?`
      // implies it (and repeats `purged_at IS NULL`), so both dialects know the index fits the query.
      await db.schema.createIndex('items_purge_due').on('items').columns(['status', 'decided_at']).where(sql<boolean>`purged_at IS NULL AND decided_at IS NOT NULL`).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('items_purge_due').execute();
      await db.schema.createIndex('items_decided').on('items').columns(['decided_at']).execute();
    },
  };
}
