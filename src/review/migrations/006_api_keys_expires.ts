// Migration 006: api_keys.expires_at, when a key stops working (ISO 8601 UTC, as the other times).
// Nullable: keys made before it, and keys created without an expiry, never expire (null).
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/open.js';

// Plain DDL, run inside the migrations' one transaction (index.ts), as 001–005; the same on both dialects.
export function migration006(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('api_keys').addColumn('expires_at', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('api_keys').dropColumn('expires_at').execute();
    },
  };
}
