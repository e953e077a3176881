// Migration 014: retention runs from an item's first final decision (store/workflow.ts), but under 013 a
// correction moved items.decided_at to itself, restarting the purge clock and keeping the post's text
// longer. Every item corrected then gets back the time of its first confirmed or dismissed decision (013
// corrected only to those, so each such item has one). Data only; going down leaves it, as the earlier
// time is the right one under any version.
import type { Kysely } from 'kysely';
import { sql } from '../db/kysely.js';
import type { Dialect } from '../db/open.js';

// In the migrations' one transaction (index.ts), the same statement on both dialects.
export function migration014(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await sql`UPDATE items SET decided_at = (
          SELECT MIN(d.created_at) FROM decisions d WHERE d.item_id = items.id AND d.outcome IN ('confirmed', 'dismissed'))
        WHERE EXISTS (SELECT 1 FROM decisions c WHERE c.item_id = items.id AND c.supersedes IS NOT NULL)`.execute(db);
    },
    async down(_db: Kysely<any>): Promise<void> {},
  };
}
