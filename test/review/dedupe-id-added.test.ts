// A batch feed queued without its ids (no --id-field: record numbers, which the queue does not keep)
// and scored again with --id-field: each post comes with its id, and the item queued before without
// one is the same post when the post without its id would be (the same author, or none, and text),
// as long as it is a batch item without an id. Otherwise the re-run queued every post again, decided
// ones too. Posts of other sources, other authors or other text stay new.
import { expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

const result = fakeResult(0.9);

describeOnStores('a batch post queued without its id, sent again with it, on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  it('is the item queued before, decided or not, and the purged one too', async () => {
    const first = await store.add({ text: 'Ayo coblos nomor 2 ya!', source: 'batch:ekspor.csv' }, result, 'batch');
    await store.decide(first.item.id, { outcome: 'confirmed', reason: 'ajakan jelas' }, 'penelaah');
    const again = await store.add({ text: 'Ayo coblos nomor 2 ya! ', source: 'batch:ekspor (1).csv', externalId: 'fb-7781' }, result, 'batch');
    expect(again).toMatchObject({ created: false, item: { id: first.item.id, status: 'confirmed', externalId: null } });

    const byAuthor = await store.add({ text: 'Dukung nomor 1!', author: '@rina', source: 'batch:ekspor.csv' }, result, 'batch');
    expect(await store.add({ text: 'Dukung nomor 1!', author: '@rina', source: 'batch:ekspor.csv', externalId: 'p2' }, result, 'batch')).toMatchObject({ created: false, item: { id: byAuthor.item.id } });

    // purged by retention: the text is gone, the key (a hash of author and text) still knows it
    const purged = await store.add({ text: 'Pos lama, teksnya dihapus', source: 'batch:lama.csv' }, result, 'batch');
    await sql`UPDATE items SET text = NULL WHERE id = ${purged.item.id}`.execute(store.rdb.db);
    expect(await store.add({ text: 'Pos lama, teksnya dihapus', source: 'batch:lama.csv', externalId: 'L1' }, result, 'batch')).toMatchObject({ created: false, item: { id: purged.item.id } });
  });

  it('stays a new post for another author, other text, or an item of another source', async () => {
    await store.add({ text: 'Salin tempel: pilih nomor 3', author: '@asn', source: 'batch:x.csv' }, result, 'batch');
    expect((await store.add({ text: 'Salin tempel: pilih nomor 3', author: '@lain', source: 'batch:x.csv', externalId: 'q1' }, result, 'batch')).created).toBe(true);
    expect((await store.add({ text: 'Salin tempel: pilih nomor 3!', author: '@asn', source: 'batch:x.csv', externalId: 'q2' }, result, 'batch')).created).toBe(true);
    // the API's clients keep a scope each: an item one of them sent without an id is not a batch post's
    await store.add({ text: 'Dari crawler tanpa id', source: 'crawler-a' }, result, 'analis');
    expect((await store.add({ text: 'Dari crawler tanpa id', source: 'batch:y.csv', externalId: 'r1' }, result, 'batch')).created).toBe(true);
  });

  it('is found in one chunk too, and a post with its id queued before is still found by its id first', async () => {
    await store.add({ text: 'Pos tanpa id di chunk', source: 'batch:c.csv' }, result, 'batch');
    const withId = await store.add({ text: 'Pos dengan id', source: 'batch:c.csv', externalId: 'c9' }, result, 'batch');
    const [a, b] = await store.addMany(
      [
        { post: { text: 'Pos tanpa id di chunk', source: 'batch:c.csv', externalId: 'c8' }, result },
        { post: { text: 'Pos dengan id', source: 'batch:c.csv', externalId: 'c9' }, result },
      ],
      'batch',
    );
    expect([a.created, b.created]).toEqual([false, false]);
    expect(a.item.externalId).toBeNull();
    expect(b.item.id).toBe(withId.item.id);
  });
});
