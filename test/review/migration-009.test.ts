// Migration 009 on SQLite and PostgreSQL: items_external_id (external_id), which the lookup of a batch
// post among every batch feed's items reads. An 008 database with items gets it, its items keep
// deduplicating, the lookup reads the index (SQLite: its plan; PostgreSQL: the planner can use it),
// and 009 goes down.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { itemsWithExternalId } from '../../src/review/store/dedupe.js';
import { addItem } from '../../src/review/store/items.js';
import { describeOnStores } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { indexColumns, indexesOnItems, migrateDownTo, migrationsAfter, queryPlan, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

describeOnStores('migration 009 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds items_external_id on an 008 database with items, which still deduplicate; goes down', async () => {
    await withDatabaseAt(kind, '008_items_queued', async (rdb) => {
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('008_items_queued'));
      expect(await indexColumns(rdb, 'items_external_id')).toEqual(['external_id']);
      // the setup's items (source "mig") are known again; a batch post is new
      expect((await addItem(rdb, { text: 'Posting migrasi 4', source: 'mig', externalId: '4' }, fakeResult(0.9), 'test')).created).toBe(false);
      expect((await addItem(rdb, { text: 'Posting migrasi 4', source: 'batch:mig.csv', externalId: '4' }, fakeResult(0.9), 'test')).created).toBe(true);

      expect(await migrateDownTo(rdb, '008_items_queued')).toEqual(undoneDownTo('008_items_queued'));
      expect(await indexesOnItems(rdb)).not.toContain('items_external_id');
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('008_items_queued'));
    });
  });

  it('the lookup by external id reads the index', async () => {
    const store = await kind.open();
    try {
      const q = itemsWithExternalId(store.rdb.db, '4').compile();
      if (kind.name === 'sqlite') expect(await queryPlan(store.rdb, q)).toMatch(/^SEARCH items USING INDEX items_external_id \(external_id=\?\)/);
      else {
        // An empty table is cheapest to scan whole; forbid that to see which index the planner can use.
        await store.rdb.db.connection().execute(async (c) => {
          await sql`SET enable_seqscan = off`.execute(c);
          expect(await queryPlan({ ...store.rdb, db: c }, q)).toContain('items_external_id');
        });
      }
    } finally {
      await store.close();
    }
  });
});
