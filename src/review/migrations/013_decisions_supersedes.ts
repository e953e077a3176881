// Migration 013: decisions.supersedes, the id of the final decision a correction replaces, so a
// supervisor can correct a confirmed or dismissed item while the old decision stays as it was.
// Nullable: every decision before it, and every decision that corrects nothing, has none. The index
// finds the correction of a decision (the export's superseded_by) without reading every decision.
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/open.js';

// Plain DDL, run inside the migrations' one transaction (index.ts), as 011; the same on both dialects.
export function migration013(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('decisions').addColumn('supersedes', 'text').execute();
      await db.schema.createIndex('decisions_supersedes').on('decisions').column('supersedes').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('decisions_supersedes').execute();
      await db.schema.alterTable('decisions').dropColumn('supersedes').execute();
    },
  };
}
