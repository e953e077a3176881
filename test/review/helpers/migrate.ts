// A review database at an earlier migration, for the migration tests: opened without migrating
// (ReviewStore.open always migrates to the latest), its index catalog, and a small queue in it.
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { expect } from 'vitest';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from '../../../src/review/db/kysely.js';
import type { Dialect, ReviewDb } from '../../../src/review/db/open.js';
import type { Database } from '../../../src/review/db/schema.js';
import { migrations } from '../../../src/review/migrations/index.js';
import { addItem } from '../../../src/review/store/items.js';
import { fakeResult } from './fixtures.js';

export function rawDb(where: { url?: string; dataDir?: string }): ReviewDb {
  const dialect: Dialect = where.url ? 'postgres' : 'sqlite';
  const db =
    dialect === 'postgres'
      ? new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: where.url, max: 2 }) }) })
      : new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(path.join(where.dataDir ?? '', 'review.sqlite')) }) });
  return { db, dialect, where: where.url || where.dataDir || '', created: false, close: () => db.destroy() };
}

export const migrator = (rdb: ReviewDb) => new Migrator({ db: rdb.db, provider: { getMigrations: async () => migrations(rdb.dialect) } });

export async function indexesOnItems(rdb: ReviewDb): Promise<string[]> {
  const q =
    rdb.dialect === 'sqlite'
      ? sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items'`
      : sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'items'`;
  return (await q.execute(rdb.db)).rows.map((r) => r.name).sort();
}

/** The index's definition as the dialect's catalog has it (SQLite: its CREATE INDEX statement). */
export async function indexDefinition(rdb: ReviewDb, name: string): Promise<string> {
  const q =
    rdb.dialect === 'sqlite'
      ? sql<{ def: string }>`SELECT sql AS def FROM sqlite_master WHERE type = 'index' AND name = ${name}`
      : sql<{ def: string }>`SELECT indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ${name}`;
  return (await q.execute(rdb.db)).rows[0]?.def ?? '';
}

/** The columns of an index, in order (PostgreSQL: from its definition, before any WHERE). */
export async function indexColumns(rdb: ReviewDb, name: string): Promise<string[]> {
  if (rdb.dialect === 'sqlite') return (await sql<{ name: string }>`SELECT name FROM pragma_index_info(${name}) ORDER BY seqno`.execute(rdb.db)).rows.map((r) => r.name);
  return (/USING \w+ \(([^)]*)\)/.exec(await indexDefinition(rdb, name))?.[1] ?? '').split(',').map((c) => c.trim());
}

/** A database at `migration` only, with 12 items of several statuses, levels and elections. */
export async function atMigrationWithItems(where: { url?: string; dataDir?: string }, migration: string): Promise<void> {
  const rdb = rawDb(where);
  try {
    const { error, results } = await migrator(rdb).migrateTo(migration);
    if (error) throw error;
    expect(results?.at(-1)?.migrationName).toBe(migration);
    for (let i = 0; i < 12; i++) {
      const risk = [0.3, 0.6, 0.9][i % 3];
      const result = { ...fakeResult(risk, 'dukungan', undefined, `pemilu-${i % 2}`), ...(i % 4 === 3 ? { election: undefined } : {}) };
      await addItem(rdb, { text: `Posting migrasi ${i}`, source: 'mig', externalId: String(i) }, result, 'setup');
    }
    await sql`UPDATE items SET status = 'confirmed' WHERE external_id IN ('0', '1', '2')`.execute(rdb.db);
  } finally {
    await rdb.close();
  }
}
