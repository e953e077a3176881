// Versioned migrations, applied in name order on start (Kysely's Migrator records them in
// kysely_migration and takes a lock, so concurrent replicas on PostgreSQL migrate once).
import type { Kysely, Migration } from 'kysely';
import { Migrator } from '../db/kysely.js';
import type { Dialect } from '../db/open.js';
import { migration001 } from './001_initial.js';
import { migration002 } from './002_items_counts.js';
import { migration003 } from './003_items_purge_due.js';
import { migration004 } from './004_audit_shown.js';

export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001_initial': migration001(dialect),
    '002_items_counts': migration002(dialect),
    '003_items_purge_due': migration003(dialect),
    '004_audit_shown': migration004(dialect),
  };
}

export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations(dialect) } });
  // Kysely's migration lock does nothing on SQLite: two processes opening a new store (two batch
  // jobs with --enqueue) both create the tables, and one fails on "already exists". That one waits
  // for the other to record its migration and tries again.
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    const raced = dialect === 'sqlite' && /already exists/.test(String((error as Error)?.message ?? error));
    if (!raced || attempt >= 20) throw error instanceof Error ? error : new Error(String(error));
    await new Promise((r) => setTimeout(r, 100 * attempt));
  }
}
