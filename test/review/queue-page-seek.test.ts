// The next and previous queue pages seek their order's index to the cursor's place (SQLite plans), in
// every order, whole queue and one status, instead of reading the index from the top up to it: the
// keyset condition carries a plain bound on the sort column besides its OR.
import { afterAll, expect, it } from 'vitest';
import { describe } from 'vitest';
import type { ReviewDb } from '../../src/review/db/open.js';
import { encodeCursor } from '../../src/review/store/cursor.js';
import { pageQuery, type ListFilters } from '../../src/review/store/queue.js';
import { sqliteKind } from './helpers/stores.js';

async function plan(rdb: ReviewDb, filters: ListFilters, place: { cursor?: string; before?: string }): Promise<string> {
  const q = pageQuery(rdb, filters, place, 50).compile();
  const rows = (await rdb.db.executeQuery<{ detail: string }>({ ...q, sql: `EXPLAIN QUERY PLAN ${q.sql}` })).rows;
  return rows.map((r) => r.detail).join(' | ');
}

const ID = '00000000-0000-0000-0000-000000000000';
const CASES = [
  { sort: 'risk', index: 'items_queue', statusIndex: 'items_status', column: 'risk', cursor: encodeCursor(0.5, ID) },
  { sort: 'newest', index: 'items_queued', statusIndex: 'items_status_queued', column: 'created_at', cursor: encodeCursor(Date.parse('2026-01-01T00:00:00.000Z'), ID, 'newest') },
  { sort: 'oldest', index: 'items_queued', statusIndex: 'items_status_queued', column: 'created_at', cursor: encodeCursor(Date.parse('2026-01-01T00:00:00.000Z'), ID, 'oldest') },
] as const;

describe('queue page plans on sqlite', () => {
  const kind = sqliteKind();
  afterAll(() => kind.teardown());

  it.each(CASES.flatMap((c) => [{ ...c, status: undefined }, { ...c, status: 'new' }]))('by $sort (status $status): the next and previous page seek the index to the place', async (c) => {
    const store = await kind.open();
    try {
      const filters = { sort: c.sort, status: c.status } as ListFilters;
      const seek = c.status ? `${c.statusIndex} \\(status=\\? AND ${c.column}[<>]\\?\\)` : `${c.index} \\(${c.column}[<>]\\?\\)`;
      for (const place of [{ cursor: c.cursor }, { before: c.cursor }]) {
        expect(await plan(store.rdb, filters, place)).toMatch(new RegExp(`^SEARCH items USING INDEX ${seek}`));
      }
    } finally {
      await store.close();
    }
  });
});
