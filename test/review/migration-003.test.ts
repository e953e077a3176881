// Migration 003 on SQLite and PostgreSQL: items_decided (which no query used) gives way to the partial
// index items_purge_due (status, decided_at) of decided, unpurged items; a database made by 002 with
// items due and not due migrates and purges as before; the retention purge's query reads the new
// index (SQLite: with and without statistics; PostgreSQL: the planner can use it); 003 goes down.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewDb } from '../../src/review/db/open.js';
import { dueForPurgeQuery, purgeExpired } from '../../src/review/store/retention.js';
import { describeOnStores } from './helpers/stores.js';
import { indexColumns, indexDefinition, indexesOnItems, migrateDownTo, migrator, queryPlan, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';
import { migrateToLatest } from '../../src/review/migrations/index.js';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** The plan of the purge's due-query as the store runs it. */
const purgePlan = (rdb: ReviewDb): Promise<string> => queryPlan(rdb, dueForPurgeQuery(rdb.db, ago(30)).compile());

/** Up to 003 and no further (later migrations have tests of their own); the names it applied. */
async function upTo003(rdb: ReviewDb): Promise<string[]> {
  const { error, results } = await migrator(rdb).migrateTo('003_items_purge_due');
  if (error) throw error;
  return (results ?? []).filter((r) => r.direction === 'Up' && r.status === 'Success').map((r) => r.migrationName);
}

describeOnStores('migration 003 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('replaces items_decided with items_purge_due on a 002 database with items, and purges as before', async () => {
    await withDatabaseAt(kind, '002_items_counts', async (rdb) => {
      expect(await indexesOnItems(rdb)).toContain('items_decided');
      // external_id 0–2 are confirmed (by the setup): 0 decided long ago, 1 recently, 2 long ago and
      // already purged; 3 dismissed long ago; 4 escalated (no decided_at); the rest stay new.
      const set = (ids: string[], values: Record<string, string | null>) => rdb.db.updateTable('items').set(values).where('external_id', 'in', ids).execute();
      await set(['0', '3'], { decided_at: ago(40) });
      await set(['3'], { status: 'dismissed' });
      await set(['1'], { decided_at: ago(2) });
      await set(['2'], { decided_at: ago(90), purged_at: ago(59), text: null });
      await set(['4'], { status: 'escalated' });

      expect(await upTo003(rdb)).toEqual(['003_items_purge_due']);
      const indexes = await indexesOnItems(rdb);
      expect(indexes).toContain('items_purge_due');
      expect(indexes).not.toContain('items_decided');
      expect(await indexColumns(rdb, 'items_purge_due')).toEqual(['status', 'decided_at']);
      expect((await indexDefinition(rdb, 'items_purge_due')).replace(/[()"]/g, '')).toMatch(/WHERE purged_at IS NULL AND decided_at IS NOT NULL$/i);
      // Only the decided, unpurged items are in it (SQLite can count an index's own entries).
      if (rdb.dialect === 'sqlite') expect((await sql<{ n: number }>`SELECT count(*) AS n FROM items INDEXED BY items_purge_due WHERE purged_at IS NULL AND decided_at IS NOT NULL`.execute(rdb.db)).rows[0].n).toBe(3);

      const due = await dueForPurgeQuery(rdb.db, ago(30)).execute();
      expect(due.map((d) => d.status).sort()).toEqual(['confirmed', 'dismissed']);
      // The purge also clears columns later migrations add (010's url), so it runs at the latest schema,
      // as the store always does; the index it reads is 003's.
      await migrateToLatest(rdb.db, rdb.dialect);
      expect(await purgeExpired(rdb, 30)).toBe(2);
      const texts = await rdb.db.selectFrom('items').select(['external_id', 'text']).where('text', 'is', null).orderBy('external_id').execute();
      expect(texts.map((t) => t.external_id)).toEqual(['0', '2', '3']);
      expect(await dueForPurgeQuery(rdb.db, ago(30)).execute()).toEqual([]);

      expect(await migrateDownTo(rdb, '002_items_counts')).toEqual(undoneDownTo('002_items_counts'));
      expect(await indexesOnItems(rdb)).toContain('items_decided');
      expect(await indexesOnItems(rdb)).not.toContain('items_purge_due');
      expect(await upTo003(rdb)).toEqual(['003_items_purge_due']);
    });
  });

  if (kind.name === 'sqlite') {
    it('the purge reads items_purge_due, with and without statistics', async () => {
      const store = await kind.open();
      try {
        const uses = /^SEARCH items USING INDEX items_purge_due \(status=\? AND decided_at<\?\)$/;
        expect(await purgePlan(store.rdb)).toMatch(uses);
        await sql`ANALYZE`.execute(store.rdb.db);
        expect(await purgePlan(store.rdb)).toMatch(uses);
      } finally {
        await store.close();
      }
    });
  } else {
    it('the planner can answer the purge from items_purge_due', async () => {
      const store = await kind.open();
      try {
        // An empty table is cheapest to scan whole; forbid that to see which index the planner can use.
        await store.rdb.db.connection().execute(async (c) => {
          await sql`SET enable_seqscan = off`.execute(c);
          expect(await purgePlan({ ...store.rdb, db: c })).toContain('items_purge_due');
        });
      } finally {
        await store.close();
      }
    });
  }
});
