// A batch post without a posting time (a run without --posted-at-field) is the item queued before with
// one, when author and text agree: the run that lacks the time queued each author's text once, as a run
// without --id-field or --author-field does. It used to be a new item, so the same export run again
// without the flag queued every post without an id again, decided ones included. Of several items of
// that author and text (posted at several minutes) it is the earliest.
import { expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

const result = fakeResult(0.9);
const AT = '2029-11-02T00:05:00.000Z';
const LATER = '2029-11-24T00:05:00.000Z';

describeOnStores('dedupe of a batch post without a posting time, on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  it('finds the item queued with a time, decided or not, the earliest of its repeats', async () => {
    const first = await store.add({ text: 'Pilih nomor 1 ya', author: 'Bu Sri', source: 'batch:ekspor.csv', postedAt: AT }, result, 'batch');
    const repeat = await store.add({ text: 'Pilih nomor 1 ya', author: 'Bu Sri', source: 'batch:ekspor.csv', postedAt: LATER }, result, 'batch');
    expect(repeat.created).toBe(true); // posted again later: an item of its own
    await store.decide(first.item.id, { outcome: 'confirmed', reason: 'ajakan' }, 'penelaah');
    expect(await store.add({ text: 'Pilih nomor 1 ya ', author: 'Bu Sri', source: 'batch:ekspor (1).csv' }, result, 'batch')).toMatchObject({ created: false, item: { id: first.item.id, status: 'confirmed', postedAt: AT } });
    // without an id, an author or a time the text alone is known, as for a post without an author
    expect(await store.add({ text: 'Pilih nomor 1 ya', source: 'batch:ekspor.csv' }, result, 'batch')).toMatchObject({ created: false, item: { id: first.item.id } });
    // a post sent with an id this time, which the items were queued without
    expect(await store.add({ text: 'Pilih nomor 1 ya', author: 'Bu Sri', source: 'batch:ekspor.csv', externalId: 'r7' }, result, 'batch')).toMatchObject({ created: false, item: { id: first.item.id } });
  });

  it('keeps other posts apart: another author, other text, a purged item of a known author, an API client\'s item', async () => {
    await store.add({ text: 'Coblos nomor 2 ya', author: '@asn', source: 'batch:y.csv', postedAt: AT }, result, 'batch');
    expect((await store.add({ text: 'Coblos nomor 2 ya', author: '@lain', source: 'batch:y.csv' }, result, 'batch')).created).toBe(true);
    expect((await store.add({ text: 'Coblos nomor 2 ya!', author: '@asn', source: 'batch:y.csv' }, result, 'batch')).created).toBe(true);
    const purged = await store.add({ text: 'Dukung paslon kita', author: '@hapus', source: 'batch:p.csv', postedAt: AT }, result, 'batch');
    await sql`UPDATE items SET text = NULL, author = NULL, purged_at = ${AT} WHERE id = ${purged.item.id}`.execute(store.rdb.db);
    expect((await store.add({ text: 'Dukung paslon kita', author: '@hapus', source: 'batch:p.csv' }, result, 'batch')).created).toBe(true);
    await store.add({ text: 'Dari klien API', author: '@api', source: 'crawler-a', postedAt: AT }, result, 'analis');
    expect((await store.add({ text: 'Dari klien API', author: '@api', source: 'batch:z.csv' }, result, 'batch')).created).toBe(true);
  });
});
