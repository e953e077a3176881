// A review database at an earlier migration, for the migration tests: opened without migrating
// (ReviewStore.open always migrates to the latest), its index catalog, and a small queue in it.
import path from 'node:path';
import { randomBytes, scryptSync } from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { expect } from 'vitest';
import type { CompiledQuery } from 'kysely';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from '../../../src/review/db/kysely.js';
import type { Dialect, ReviewDb } from '../../../src/review/db/open.js';
import type { Database } from '../../../src/review/db/schema.js';
import { migrations } from '../../../src/review/migrations/index.js';
import { addItem } from '../../../src/review/store/items.js';
import { fakeResult } from './fixtures.js';
import type { StoreKind } from './stores.js';

export function rawDb(where: { url?: string; dataDir?: string }): ReviewDb {
  const dialect: Dialect = where.url ? 'postgres' : 'sqlite';
  const db =
    dialect === 'postgres'
      ? new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: where.url, max: 2 }) }) })
      : new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(path.join(where.dataDir ?? '', 'review.sqlite')) }) });
  return { db, dialect, where: where.url || where.dataDir || '', created: false, close: () => db.destroy() };
}

export const migrator = (rdb: ReviewDb) => new Migrator({ db: rdb.db, provider: { getMigrations: async () => migrations(rdb.dialect) } });

/** The migrations after `name`, in order: what migrating a database at `name` to the latest applies. */
export function migrationsAfter(name: string): string[] {
  const names = Object.keys(migrations('sqlite'));
  const at = names.indexOf(name);
  if (at < 0) throw new Error(`no migration ${name}`);
  return names.slice(at + 1);
}

/** Migrates down to `name`; what Kysely reports, as [migration, direction, status] rows. */
export async function migrateDownTo(rdb: ReviewDb, name: string): Promise<string[][]> {
  const { error, results } = await migrator(rdb).migrateTo(name);
  if (error) throw error;
  return (results ?? []).map((r) => [r.migrationName, r.direction, r.status]);
}

/** What migrateDownTo(name) from the latest should report: every later migration undone, newest first. */
export const undoneDownTo = (name: string): string[][] => migrationsAfter(name).reverse().map((m) => [m, 'Down', 'Success']);

/** A fresh database of the kind at `migration` with atMigrationWithItems' items, opened raw for `body`, then closed. */
export async function withDatabaseAt(kind: StoreKind, migration: string, body: (rdb: ReviewDb) => Promise<void>): Promise<void> {
  const where = await kind.fresh();
  await atMigrationWithItems(where, migration);
  const rdb = rawDb(where);
  try {
    await body(rdb);
  } finally {
    await rdb.close();
  }
}

/** The plan of a query as the store runs it (bound parameters), one line per step. */
export async function queryPlan(rdb: ReviewDb, q: CompiledQuery): Promise<string> {
  const explain = rdb.dialect === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN';
  const rows = (await rdb.db.executeQuery<Record<string, string>>({ ...q, sql: `${explain} ${q.sql}` })).rows;
  return rows.map((r) => r.detail ?? r['QUERY PLAN']).join(' | ');
}

/**
 * An admin key "Lama" stored as an older schema did: only the columns it had (`columns` adds the
 * later ones, e.g. { expires_at: null }). Returns its id and the token that presents it.
 */
export async function storeOldKey(rdb: ReviewDb, columns: Record<string, null> = {}): Promise<{ id: string; token: string }> {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('hex');
  const hash = scryptSync(secret, salt, 32).toString('hex');
  // The table's type is today's schema; the row is an older one's.
  await (rdb.db as Kysely<any>).insertInto('api_keys').values({ id, name: 'Lama', role: 'admin', salt, hash, created_at: new Date().toISOString(), revoked_at: null, ...columns }).execute();
  return { id, token: `nrk_${id}_${secret}` };
}

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
