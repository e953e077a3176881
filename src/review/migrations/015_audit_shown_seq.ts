// Migration 015: audit_shown_seq (seq, item_id), so the items one entry handed out (GET /audit/:id/items,
// which items a bulk export held) are read from an index; audit_shown's key is (item_id, seq), which
// serves the lookup by item only. No data changes; the same on both dialects.
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/open.js';

// Plain DDL, run inside the migrations' one transaction (index.ts), as 013.
export function migration015(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('audit_shown_seq').on('audit_shown').columns(['seq', 'item_id']).execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('audit_shown_seq').execute();
    },
  };
}
