// Migration 009: the index items_external_id (external_id), for dedupe across batch feeds. Batch
// feeds share one dedupe key scope (store/dedupe.ts); items a batch job queued before are under their
// own file's key, so a new batch post whose key misses is looked up by its external id among the
// items of every batch feed. Without the index that lookup read the whole items table for each new
// post of a job: on a SQLite store of 50,000 items (50 exports numbering their rows 1–1,000), a job's
// 800 new posts took ≈ 69 s without it and ≈ 2.9 s with it, in one run on a loaded machine (≈ 0.5 s
// when idle, against ≈ 0.4 s for posts of a source that is not looked up).
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/open.js';

// The same statements on both dialects, in the migrations' one transaction (index.ts), as 002.
export function migration009(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('items_external_id').on('items').column('external_id').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('items_external_id').execute();
    },
  };
}
