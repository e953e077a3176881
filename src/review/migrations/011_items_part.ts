// Migration 011: items.part_start/part_end, the part of a long post its result is about (Scorer.score's
// `part`: [start, end) in UTF-16 code units of the text), so the page can show which paragraph was scored.
// Nullable: items stored before it, and posts scored whole, have none. Purged with the text.
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/open.js';

// Plain DDL, run inside the migrations' one transaction (index.ts), as 010; the same on both dialects.
export function migration011(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('items').addColumn('part_start', 'integer').execute();
      await db.schema.alterTable('items').addColumn('part_end', 'integer').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('items').dropColumn('part_end').execute();
      await db.schema.alterTable('items').dropColumn('part_start').execute();
    },
  };
}
