// Versioned migrations on SQLite and PostgreSQL: a database made by 001 with items in it migrates
// forward to the latest and keeps its data; 002's index (items_counts) is in the dialect's catalog
// and, on SQLite, covers the queue page's grouped count query; 002 to 005 go down and up again; a
// migration that fails part-way leaves the store at the previous version, and it migrates once the
// cause is gone.
// (003 to 008 themselves: migration-003.test.ts to migration-008.test.ts.)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewDb } from '../../src/review/db/open.js';
import { migrateToLatest, migrations } from '../../src/review/migrations/index.js';
import { itemCountsQuery, queueSummary } from '../../src/review/store/reports.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from './helpers/stores.js';
import { atMigrationWithItems, indexColumns, indexesOnItems, migrationsAfter, migrator, rawDb, undoneDownTo } from './helpers/migrate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A database at migration 001 only, with a few items of several statuses, levels and elections. */
async function at001WithItems(where: { url?: string; dataDir?: string }): Promise<void> {
  await atMigrationWithItems(where, '001_initial');
  const rdb = rawDb(where);
  try {
    expect(await indexesOnItems(rdb)).not.toContain('items_counts');
  } finally {
    await rdb.close();
  }
}

/** The dialect's catalog (tables, indexes, triggers), the migrations recorded and the item count. */
async function snapshot(rdb: ReviewDb): Promise<unknown> {
  const catalog =
    rdb.dialect === 'sqlite'
      ? sql<Record<string, string>>`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`
      : sql<Record<string, string>>`SELECT c.relkind::text AS type, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()
          UNION ALL SELECT 'trigger', t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT t.tgisinternal
          ORDER BY 1, 2`;
  return {
    catalog: (await catalog.execute(rdb.db)).rows,
    recorded: (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(rdb.db)).rows.map((r) => r.name),
    items: Number((await sql<{ n: number }>`SELECT count(*) AS n FROM items`.execute(rdb.db)).rows[0].n),
  };
}

// Migrations stopped part-way by an object in their way, made on purpose: 003 has dropped items_decided
// when it meets an index of the name it creates; 004 has made audit_shown (and, on SQLite, its table
// is what a restart met as "already exists") when it meets a trigger of the name it creates (trigger
// names are per schema on SQLite, per table on PostgreSQL, hence SQLite only).
const partWay = [
  {
    migration: '003_items_purge_due',
    from: '002_items_counts',
    on: ['sqlite', 'postgres'],
    block: 'CREATE INDEX items_purge_due ON decisions (item_id)',
    unblock: 'DROP INDEX items_purge_due',
    error: /items_purge_due.* already exists/,
  },
  {
    migration: '004_audit_shown',
    from: '003_items_purge_due',
    on: ['sqlite'],
    block: 'CREATE TRIGGER audit_shown_no_update AFTER UPDATE ON items BEGIN SELECT 1; END',
    unblock: 'DROP TRIGGER audit_shown_no_update',
    error: /audit_shown_no_update already exists/,
  },
];

describeOnStores('migrations on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('a new store has items_counts on (status, level, election)', async () => {
    const store = await kind.open();
    try {
      expect(await indexesOnItems(store.rdb)).toEqual(expect.arrayContaining(['items_counts', 'items_queue', 'items_status', 'items_purge_due', 'items_queued', 'items_status_queued']));
      expect(await indexColumns(store.rdb, 'items_counts')).toEqual(['status', 'level', 'election']);
      const done = (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(store.rdb.db)).rows.map((r) => r.name);
      expect(done).toEqual(Object.keys(migrations(store.rdb.dialect)).sort());
    } finally {
      await store.close();
    }
  });

  it('migrates a database made by 001 with items forward, keeping them; 003 and 002 go down and up again', async () => {
    const where = await kind.fresh();
    await at001WithItems(where);

    const rdb = rawDb(where);
    try {
      const before = await queueSummary(rdb);
      expect(before.byLevelStatus).toEqual({ rendah: { confirmed: 1, new: 3 }, sedang: { confirmed: 1, new: 3 }, tinggi: { confirmed: 1, new: 3 } });
      expect(before.elections).toEqual(['pemilu-0', 'pemilu-1']);

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('001_initial'));
      expect(await indexesOnItems(rdb)).toContain('items_counts');
      expect(await queueSummary(rdb)).toEqual(before);

      const down = await migrator(rdb).migrateTo('001_initial');
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual(undoneDownTo('001_initial'));
      const at001 = await indexesOnItems(rdb);
      expect(at001).toContain('items_decided');
      expect(at001).not.toContain('items_counts');
      expect(at001).not.toContain('items_purge_due');
      expect(await queueSummary(rdb)).toEqual(before);

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('001_initial'));
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

  it.each(partWay.filter((c) => c.on.includes(kind.name)))('$migration failing part-way leaves the store at $from; without the cause it migrates on the next open', async (c) => {
    const where = await kind.fresh();
    await atMigrationWithItems(where, c.from);
    let rdb = rawDb(where);
    let before: unknown;
    try {
      await sql.raw(c.block).execute(rdb.db);
      before = await snapshot(rdb);
    } finally {
      await rdb.close();
    }

    await expect(ReviewStore.open(where)).rejects.toThrow(c.error);
    rdb = rawDb(where);
    try {
      expect(await snapshot(rdb)).toEqual(before);
      await sql.raw(c.unblock).execute(rdb.db);
    } finally {
      await rdb.close();
    }

    const store = await ReviewStore.open(where);
    try {
      const after = (await snapshot(store.rdb)) as { recorded: string[]; items: number };
      expect(after.recorded).toEqual(Object.keys(migrations(store.rdb.dialect)).sort());
      expect(after.items).toBe(12);
      expect(await indexesOnItems(store.rdb)).toContain('items_purge_due');
      expect(await indexesOnItems(store.rdb)).not.toContain('items_decided');
      expect(Number((await sql<{ n: number }>`SELECT count(*) AS n FROM audit_shown`.execute(store.rdb.db)).rows[0].n)).toBe(0);
    } finally {
      await store.close();
    }
  }, 60_000);

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

    // Migrating takes the write lock up front; held by another connection for longer than the busy
    // timeout (5 s; its wait blocks this process, so the holder lets go only after it), the open retries.
    it('an open that waits longer than busy_timeout for the write lock to migrate retries, and migrates', async () => {
      const where = await kind.fresh();
      await atMigrationWithItems(where, '002_items_counts');
      const holder = new SQLite(path.join(where.dataDir ?? '', 'review.sqlite'));
      holder.pragma('journal_mode = WAL');
      holder.exec('BEGIN IMMEDIATE');
      setTimeout(() => {
        holder.exec('COMMIT');
        holder.close();
      }, 100);
      const started = Date.now();
      const store = await ReviewStore.open(where);
      try {
        expect(Date.now() - started).toBeGreaterThan(4000);
        const recorded = (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(store.rdb.db)).rows.map((r) => r.name);
        expect(recorded).toEqual(Object.keys(migrations('sqlite')).sort());
      } finally {
        await store.close();
      }
    }, 30_000);

    // From 002, the racers would all run 003 (drop items_decided, then create items_purge_due).
    it.each(['001_initial', '002_items_counts'])('several processes opening a %s database at once migrate it once', async (from) => {
      const where = await kind.fresh();
      await atMigrationWithItems(where, from);
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
        expect(await indexesOnItems(rdb)).toEqual(expect.arrayContaining(['items_counts', 'items_purge_due']));
        expect(await indexesOnItems(rdb)).not.toContain('items_decided');
        const recorded = (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(rdb.db)).rows.map((r) => r.name);
        expect(recorded).toEqual(Object.keys(migrations('sqlite')).sort());
        expect((await sql<{ n: number }>`SELECT count(*) AS n FROM items`.execute(rdb.db)).rows[0].n).toBe(12);
      } finally {
        await rdb.close();
      }
    }, 30_000);
  }
});
