// "« antrean" leads to the queue page holding the item (pageCursorAt). It counted the items before the
// item and then took the cursor by an OFFSET from the top of the queue, in a second query: items queued
// ahead of it in between (anywhere under risk, at the top under "terbaru") moved that offset, and the page
// it led to no longer held the item. The cursor is now found back from the item itself (keyset).
import { expect, it } from 'vitest';
import type { ReviewDb } from '../../src/review/db/open.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { pageCursorAt } from '../../src/review/store/queue.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

/**
 * `rdb` whose queries run `between` once, just before the second query pageCursorAt sends: another
 * writer's inserts landing between its count and its cursor query, without any timing.
 */
function interleaved(rdb: ReviewDb, between: () => Promise<void>): ReviewDb {
  let queries = 0;
  let done = false;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, prop, receiver) {
        const v = Reflect.get(t, prop, receiver);
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          if (typeof prop === 'string' && prop.startsWith('execute')) {
            queries++;
            if (queries === 2 && !done) {
              done = true;
              return between().then(() => v.apply(t, args));
            }
            return v.apply(t, args);
          }
          const out = v.apply(t, args);
          return out && typeof out === 'object' && typeof (out as { execute?: unknown }).execute === 'function' ? wrap(out) : out;
        };
      },
    });
  return { ...rdb, db: wrap(rdb.db) };
}

describeOnStores('the queue page holding an item on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  it('still holds the item when items are queued ahead of it while the page is worked out', async () => {
    const filters = { election: 'page-at' };
    const add = async (n: number, risk: number) =>
      (await store.add({ text: `Posting antrean ${n}`, author: `a${n}`, election: 'page-at' }, fakeResult(risk, 'dukungan', 'tinggi', 'page-at'), 'batch')).item;
    // Ten items by risk; the last one is the fifth on the second page of five.
    const items = [];
    for (let i = 0; i < 10; i++) items.push(await add(i, 0.99 - i * 0.01));
    const target = items[9];
    const early = interleaved(store.rdb, async () => {
      for (let i = 0; i < 3; i++) await add(100 + i, 0.999 - i * 0.0001); // three queued ahead of everything
    });
    const cursor = await pageCursorAt(early, filters, target, 5);
    const page = await store.list(filters, { cursor, limit: 5 });
    expect(page.items.map((it) => it.id)).toContain(target.id);
  });

  it('leads to the first page for an item on it, and to the page after its first item otherwise', async () => {
    const filters = { election: 'page-at-2' };
    const add = async (n: number, risk: number) =>
      (await store.add({ text: `Posting antrean kedua ${n}`, author: `b${n}`, election: 'page-at-2' }, fakeResult(risk, 'dukungan', 'tinggi', 'page-at-2'), 'batch')).item;
    const items = [];
    for (let i = 0; i < 7; i++) items.push(await add(i, 0.9 - i * 0.01));
    expect(await store.pageCursorAt(filters, items[2], 3)).toBeUndefined();
    for (const i of [3, 4, 5]) expect((await store.list(filters, { cursor: await store.pageCursorAt(filters, items[i], 3), limit: 3 })).items.map((it) => it.id)).toEqual([items[3].id, items[4].id, items[5].id]);
    expect((await store.list(filters, { cursor: await store.pageCursorAt(filters, items[6], 3), limit: 3 })).items.map((it) => it.id)).toEqual([items[6].id]);
  });
});
