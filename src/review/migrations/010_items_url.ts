// Migration 010: items.url, the link to the post (http or https), for the officer who must find it.
// Nullable: items stored before it, and posts sent without one, have none. Purged with the text.
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/open.js';

// Plain DDL, run inside the migrations' one transaction (index.ts), as 006; the same on both dialects.
export function migration010(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('items').addColumn('url', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('items').dropColumn('url').execute();
    },
  };
}
