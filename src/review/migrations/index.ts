// Versioned migrations, applied in name order on start (Kysely's Migrator records them in
// kysely_migration and takes a lock, so concurrent replicas on PostgreSQL migrate once).
import type { Kysely, Migration } from 'kysely';
import { Migrator } from '../db/kysely.js';
import type { Dialect } from '../db/open.js';
import { migration001 } from './001_initial.js';

export function migrations(dialect: Dialect): Record<string, Migration> {
  return { '001_initial': migration001(dialect) };
}

export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations(dialect) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
