// Migration 007: api_keys.last_used_at, when the key was last accepted (ISO 8601 UTC, as the other
// times; written at most once a minute per key, key-last-use.ts). Nullable: keys made before it, and
// keys never presented since, read as never used (null).
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/open.js';

// Plain DDL, run inside the migrations' one transaction (index.ts), as 001–006; the same on both dialects.
export function migration007(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('api_keys').addColumn('last_used_at', 'text').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('api_keys').dropColumn('last_used_at').execute();
    },
  };
}
