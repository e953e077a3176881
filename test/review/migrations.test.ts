// Versioned migrations on SQLite and PostgreSQL: a database made by 001 with items in it migrates
// forward to the latest and keeps its data; 002's index (items_counts) is in the dialect's catalog
// and, on SQLite, covers the queue page's grouped count query; 002 to 004 go down and up again.
// (003 and 004 themselves: migration-003.test.ts, migration-004.test.ts.)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import { migrateToLatest, migrations } from '../../src/review/migrations/index.js';
import { itemCountsQuery, queueSummary } from '../../src/review/store/reports.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from './helpers/stores.js';
import { atMigrationWithItems, indexColumns, indexesOnItems, migrator, rawDb } from './helpers/migrate.js';

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

describeOnStores('migrations on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('a new store has items_counts on (status, level, election)', async () => {
    const store = await kind.open();
    try {
      expect(await indexesOnItems(store.rdb)).toEqual(expect.arrayContaining(['items_counts', 'items_queue', 'items_status', 'items_purge_due']));
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

      const after001 = ['002_items_counts', '003_items_purge_due', '004_audit_shown'];
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(after001);
      expect(await indexesOnItems(rdb)).toContain('items_counts');
      expect(await queueSummary(rdb)).toEqual(before);

      const down = await migrator(rdb).migrateTo('001_initial');
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([
        ['004_audit_shown', 'Down', 'Success'],
        ['003_items_purge_due', 'Down', 'Success'],
        ['002_items_counts', 'Down', 'Success'],
      ]);
      const at001 = await indexesOnItems(rdb);
      expect(at001).toContain('items_decided');
      expect(at001).not.toContain('items_counts');
      expect(at001).not.toContain('items_purge_due');
      expect(await queueSummary(rdb)).toEqual(before);

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(after001);
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

    // From 002, the racers meet in 003 (drop items_decided, then create items_purge_due).
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
