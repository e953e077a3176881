// Migration 008 on SQLite and PostgreSQL: items_queued (created_at, id) and items_status_queued (status,
// created_at, id), the queue's time orders' indexes. A 007 database with items migrates and lists the
// same pages by time as before; the page queries (first, next, previous; whole queue and one status) read
// the new indexes (SQLite: its plan, no full sort; PostgreSQL: the planner can use them); 008 goes down.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewDb } from '../../src/review/db/open.js';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { listItemsTwoWay, pageQuery, type ListFilters } from '../../src/review/store/queue.js';
import { encodeCursor } from '../../src/review/store/cursor.js';
import { describeOnStores } from './helpers/stores.js';
import { indexColumns, indexesOnItems, migrateDownTo, migrationsAfter, queryPlan, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

/** The plan of a queue page's query as the store runs it. */
const pagePlan = (rdb: ReviewDb, filters: ListFilters, place: { cursor?: string; before?: string }): Promise<string> =>
  queryPlan(rdb, pageQuery(rdb, filters, place, 50).compile());

/** Every page of the queue by time, both ways: the ids of each page going forwards, then back. */
async function pagesBothWays(rdb: ReviewDb, filters: ListFilters): Promise<string[][]> {
  const pages: string[][] = [];
  let page = await listItemsTwoWay(rdb, filters, { limit: 2 });
  pages.push(page.items.map((it) => it.id));
  while (page.nextCursor) {
    page = await listItemsTwoWay(rdb, filters, { cursor: page.nextCursor, limit: 2 });
    pages.push(page.items.map((it) => it.id));
  }
  while (page.prevCursor) {
    page = await listItemsTwoWay(rdb, filters, { before: page.prevCursor, limit: 2 });
    pages.push(page.items.map((it) => it.id));
  }
  return pages;
}

const ORDERS: ListFilters[] = ['newest', 'oldest'].flatMap((sort) => [{ sort }, { sort, status: 'new' }] as ListFilters[]);
// A place inside the queue (any time, any id) in a time order, for the next and previous pages' plans.
const placeIn = (sort?: string) => encodeCursor(Date.parse('2026-01-01T00:00:00.000Z'), '00000000-0000-0000-0000-000000000000', sort);

describeOnStores('migration 008 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds items_queued and items_status_queued on a 007 database with items; the time-ordered pages stay the same', async () => {
    await withDatabaseAt(kind, '007_api_keys_last_used', async (rdb) => {
      // Two items share a queue time, as a batch's may: ties go by id, both ways.
      await sql`UPDATE items SET created_at = (SELECT min(created_at) FROM items) WHERE external_id IN ('5', '6')`.execute(rdb.db);
      const before = await Promise.all(ORDERS.map((f) => pagesBothWays(rdb, f)));

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('007_api_keys_last_used'));
      expect(await indexColumns(rdb, 'items_queued')).toEqual(['created_at', 'id']);
      expect(await indexColumns(rdb, 'items_status_queued')).toEqual(['status', 'created_at', 'id']);
      expect(await Promise.all(ORDERS.map((f) => pagesBothWays(rdb, f)))).toEqual(before);

      expect(await migrateDownTo(rdb, '007_api_keys_last_used')).toEqual(undoneDownTo('007_api_keys_last_used'));
      expect(await indexesOnItems(rdb)).not.toContain('items_queued');
      expect(await indexesOnItems(rdb)).not.toContain('items_status_queued');
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('007_api_keys_last_used'));
    });
  });

  if (kind.name === 'sqlite') {
    it.each(ORDERS)('the pages of the queue by $sort (status $status) read the index, and sort at most the items of one time', async (filters) => {
      const store = await kind.open();
      try {
        const index = filters.status ? 'items_status_queued' : 'items_queued';
        for (const p of [{}, { cursor: placeIn(filters.sort) }, { before: placeIn(filters.sort) }]) {
          const plan = await pagePlan(store.rdb, filters, p);
          expect(plan).toMatch(new RegExp(`^(SCAN|SEARCH) items USING INDEX ${index}\\b`));
          // "LAST TERM OF ORDER BY": the id ties of one time; never the whole order.
          expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
        }
      } finally {
        await store.close();
      }
    });
  } else {
    it.each(ORDERS)('the planner can answer the pages of the queue by $sort (status $status) from the index', async (filters) => {
      const store = await kind.open();
      try {
        const index = filters.status ? 'items_status_queued' : 'items_queued';
        // An empty table is cheapest to scan whole; forbid that to see which index the planner can use.
        await store.rdb.db.connection().execute(async (c) => {
          await sql`SET enable_seqscan = off`.execute(c);
          for (const p of [{}, { cursor: placeIn(filters.sort) }, { before: placeIn(filters.sort) }]) expect(await pagePlan({ ...store.rdb, db: c }, filters, p)).toContain(index);
        });
      } finally {
        await store.close();
      }
    });
  }
});
