// Versioned migrations on SQLite and PostgreSQL: a database made by 001 with items in it migrates
// forward to the latest and keeps its data; 002's index (items_counts) is in the dialect's catalog
// and, on SQLite, covers the queue page's grouped count query; 002 goes down and up again.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from '../../src/review/db/kysely.js';
import type { Dialect, ReviewDb } from '../../src/review/db/open.js';
import type { Database } from '../../src/review/db/schema.js';
import { migrateToLatest, migrations } from '../../src/review/migrations/index.js';
import { addItem } from '../../src/review/store/items.js';
import { itemCountsQuery, queueSummary } from '../../src/review/store/reports.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { storeKinds } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The store's database without migrating it (ReviewStore.open always migrates to the latest). */
function rawDb(where: { url?: string; dataDir?: string }): ReviewDb {
  const dialect: Dialect = where.url ? 'postgres' : 'sqlite';
  const db =
    dialect === 'postgres'
      ? new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: where.url, max: 2 }) }) })
      : new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(path.join(where.dataDir ?? '', 'review.sqlite')) }) });
  return { db, dialect, where: where.url || where.dataDir || '', close: () => db.destroy() };
}

const migrator = (rdb: ReviewDb) => new Migrator({ db: rdb.db, provider: { getMigrations: async () => migrations(rdb.dialect) } });

async function indexesOnItems(rdb: ReviewDb): Promise<string[]> {
  const q =
    rdb.dialect === 'sqlite'
      ? sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items'`
      : sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'items'`;
  return (await q.execute(rdb.db)).rows.map((r) => r.name).sort();
}

/** The columns of an index, in order (PostgreSQL: from its definition). */
async function indexColumns(rdb: ReviewDb, name: string): Promise<string[]> {
  if (rdb.dialect === 'sqlite') return (await sql<{ name: string }>`SELECT name FROM pragma_index_info(${name}) ORDER BY seqno`.execute(rdb.db)).rows.map((r) => r.name);
  const def = (await sql<{ indexdef: string }>`SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ${name}`.execute(rdb.db)).rows[0]?.indexdef ?? '';
  return (/\(([^)]*)\)\s*$/.exec(def)?.[1] ?? '').split(',').map((c) => c.trim());
}

/** A database at migration 001 only, with a few items of several statuses, levels and elections. */
async function at001WithItems(where: { url?: string; dataDir?: string }): Promise<void> {
  const rdb = rawDb(where);
  try {
    const { error, results } = await migrator(rdb).migrateTo('001_initial');
    if (error) throw error;
    expect(results?.map((r) => r.migrationName)).toEqual(['001_initial']);
    expect(await indexesOnItems(rdb)).not.toContain('items_counts');
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

describe.each(storeKinds())('migrations on $name', (kind) => {
  if (!kind.available) {
    it.skip(`${kind.name}: ${kind.skipReason}`, () => {});
    return;
  }
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('a new store has items_counts on (status, level, election)', async () => {
    const store = await kind.open();
    try {
      expect(await indexesOnItems(store.rdb)).toEqual(expect.arrayContaining(['items_counts', 'items_queue', 'items_status', 'items_decided']));
      expect(await indexColumns(store.rdb, 'items_counts')).toEqual(['status', 'level', 'election']);
      const done = (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(store.rdb.db)).rows.map((r) => r.name);
      expect(done).toEqual(Object.keys(migrations(store.rdb.dialect)).sort());
    } finally {
      await store.close();
    }
  });

  it('migrates a database made by 001 with items forward, keeping them; 002 goes down and up again', async () => {
    const where = await kind.fresh();
    await at001WithItems(where);

    const rdb = rawDb(where);
    try {
      const before = await queueSummary(rdb);
      expect(before.byLevelStatus).toEqual({ rendah: { confirmed: 1, new: 3 }, sedang: { confirmed: 1, new: 3 }, tinggi: { confirmed: 1, new: 3 } });
      expect(before.elections).toEqual(['pemilu-0', 'pemilu-1']);

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(['002_items_counts']);
      expect(await indexesOnItems(rdb)).toContain('items_counts');
      expect(await queueSummary(rdb)).toEqual(before);

      const down = await migrator(rdb).migrateDown();
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([['002_items_counts', 'Down', 'Success']]);
      expect(await indexesOnItems(rdb)).not.toContain('items_counts');
      expect(await queueSummary(rdb)).toEqual(before);

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(['002_items_counts']);
      expect(await indexesOnItems(rdb)).toContain('items_counts');
    } finally {
      await rdb.close();
    }

    // And the store opens on it as usual, with nothing left to migrate.
    const store = await ReviewStore.open(where);
    try {
      expect((await store.stats()).total).toBe(12);
      expect((await store.list({ status: 'new', level: 'tinggi' })).items).toHaveLength(3);
    } finally {
      await store.close();
    }
  });

  if (kind.name === 'sqlite') {
    it('the grouped count query (queueSummary, stats) reads items_counts alone, in group order', async () => {
      const store = await kind.open();
      try {
        const q = itemCountsQuery(store.rdb).compile();
        expect(q.parameters).toEqual([]);
        const plan = (await sql.raw<{ detail: string }>(`EXPLAIN QUERY PLAN ${q.sql}`).execute(store.rdb.db)).rows.map((r) => r.detail);
        // SQLite ≥ 3.39 writes "SCAN items USING COVERING INDEX …", older ones "SCAN TABLE items USING …".
        expect(plan.join(' | ')).toMatch(/^SCAN (TABLE )?items USING COVERING INDEX items_counts$/);
      } finally {
        await store.close();
      }
    });

    it('several processes opening a 001 database at once migrate it once', async () => {
      const where = await kind.fresh();
      await at001WithItems(where);
      const open = (at: number) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const code = `import('./src/review/store/index.ts').then(async ({ ReviewStore }) => { while (Date.now() < ${at}); const s = await ReviewStore.open({ dataDir: ${JSON.stringify(where.dataDir)} }); await s.close(); })`;
          const child = spawn(process.execPath, ['--import', 'tsx', '-e', code], { cwd: ROOT });
          let stderr = '';
          child.stderr.on('data', (c: Buffer) => (stderr += c));
          child.on('close', (c) => resolve({ code: c, stderr }));
        });
      const at = Date.now() + 3000;
      const runs = await Promise.all([open(at), open(at), open(at)]);
      for (const r of runs) expect(r.code, r.stderr.slice(-400)).toBe(0);
      const rdb = rawDb(where);
      try {
        expect(await indexesOnItems(rdb)).toContain('items_counts');
        expect((await sql<{ n: number }>`SELECT count(*) AS n FROM kysely_migration WHERE name = '002_items_counts'`.execute(rdb.db)).rows[0].n).toBe(1);
        expect((await sql<{ n: number }>`SELECT count(*) AS n FROM items`.execute(rdb.db)).rows[0].n).toBe(12);
      } finally {
        await rdb.close();
      }
    }, 30_000);
  }
});
