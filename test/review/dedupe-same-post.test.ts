// A batch post is the item queued before when one of them lacks what the other has, and what both have
// agrees (store/same-post.ts): an export queued with its ids and run again without --id-field, one run
// again with --author-field, a chat scored again with another --posted-at-zone (keyed by the minute as
// the chat writes it). Distinct posts stay distinct: the same text by two known authors, or posted at
// two minutes, is two items; an API client's item keeps its own scope.
import { expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

const result = fakeResult(0.9);
const AT = '2029-11-02T00:05:00.000Z';
const LATER = '2029-11-24T00:05:00.000Z';

describeOnStores('dedupe of a batch post that lacks, or adds, an id, an author or a zone, on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));
  const purge = (id: string) => sql`UPDATE items SET text = NULL, author = NULL, purged_at = ${AT} WHERE id = ${id}`.execute(store.rdb.db);

  it('finds a post queued with its id when it comes again without one, decided or not', async () => {
    const first = await store.add({ text: 'Ayo coblos nomor 2 ya!', author: '@rina', source: 'batch:ekspor.csv', externalId: 'fb-1', postedAt: AT }, result, 'batch');
    await store.decide(first.item.id, { outcome: 'confirmed', reason: 'ajakan jelas' }, 'penelaah');
    expect(await store.add({ text: 'Ayo coblos nomor 2 ya! ', author: '@rina', source: 'batch:ekspor (1).csv', postedAt: '2029-11-02T07:05:30+07:00' }, result, 'batch')).toMatchObject({
      created: false,
      item: { id: first.item.id, status: 'confirmed', externalId: 'fb-1' },
    });
    const untimed = await store.add({ text: 'Dukung nomor 1!', source: 'batch:x.csv', externalId: '7' }, result, 'batch');
    expect(await store.add({ text: 'Dukung nomor 1!', source: 'batch:x.csv' }, result, 'batch')).toMatchObject({ created: false, item: { id: untimed.item.id } });
  });

  it('keeps distinct posts apart: another known author, another minute, other text, an API client\'s item', async () => {
    // (a post without a time is the earliest item of its author and text: dedupe-untimed-post.test.ts)
    await store.add({ text: 'Salin tempel: pilih nomor 3', author: '@asn', source: 'batch:y.csv', externalId: 'y1', postedAt: AT }, result, 'batch');
    for (const post of [
      { text: 'Salin tempel: pilih nomor 3', author: '@lain', postedAt: AT },
      { text: 'Salin tempel: pilih nomor 3', author: '@asn', postedAt: LATER },
      { text: 'Salin tempel: pilih nomor 3!', author: '@asn', postedAt: AT },
    ]) {
      expect((await store.add({ ...post, source: 'batch:y.csv' }, result, 'batch')).created, JSON.stringify(post)).toBe(true);
    }
    await store.add({ text: 'Dari crawler dengan id', source: 'crawler-a', externalId: 'c1' }, result, 'analis');
    expect((await store.add({ text: 'Dari crawler dengan id', source: 'batch:z.csv' }, result, 'batch')).created).toBe(true);
    // another id is another post of the same text
    await store.add({ text: 'Dua ekspor, dua id', source: 'batch:a.csv', externalId: 'a1' }, result, 'batch');
    expect((await store.add({ text: 'Dua ekspor, dua id', source: 'batch:a.csv', externalId: 'a2' }, result, 'batch')).created).toBe(true);
  });

  it('finds a post queued without an author when it comes again with one, at the same minute (or untimed), purged too', async () => {
    const chat = await store.add({ text: 'Pilih nomor 1 ya', source: 'batch:grup.txt', postedAt: AT }, result, 'batch');
    expect(await store.add({ text: 'Pilih nomor 1 ya', author: 'Bu Sri', source: 'batch:grup.txt', postedAt: AT }, result, 'batch')).toMatchObject({ created: false, item: { id: chat.item.id, author: null } });
    // another minute is the message posted again
    expect((await store.add({ text: 'Pilih nomor 1 ya', author: 'Bu Sri', source: 'batch:grup.txt', postedAt: LATER }, result, 'batch')).created).toBe(true);

    const untimed = await store.add({ text: 'Dukung calon kita', source: 'batch:b.csv' }, result, 'batch');
    await purge(untimed.item.id); // retention: the key (a hash of no author and the text) still knows it
    expect(await store.add({ text: 'Dukung calon kita', author: '@budi', source: 'batch:b.csv' }, result, 'batch')).toMatchObject({ created: false, item: { id: untimed.item.id } });
  });

  it('finds a post queued with an author when it comes again without one, but a purged item of unknown author only then', async () => {
    const byAuthor = await store.add({ text: 'Ayo menangkan nomor 4', author: '@dewi', source: 'batch:c.csv', postedAt: AT }, result, 'batch');
    expect(await store.add({ text: 'Ayo menangkan nomor 4', source: 'batch:c.csv', postedAt: AT }, result, 'batch')).toMatchObject({ created: false, item: { id: byAuthor.item.id } });

    // purged: its author is gone, so another author's same text cannot be told from it
    const gone = await store.add({ text: 'Teks lama dengan id', author: '@eko', source: 'batch:d.csv', externalId: 'd1', postedAt: AT }, result, 'batch');
    await purge(gone.item.id);
    expect(await store.add({ text: 'Teks lama dengan id', source: 'batch:d.csv', postedAt: AT }, result, 'batch')).toMatchObject({ created: false, item: { id: gone.item.id } });
    expect((await store.add({ text: 'Teks lama dengan id', author: '@fajar', source: 'batch:d.csv', postedAt: AT }, result, 'batch')).created).toBe(true);
  });

  it('knows a chat message by the minute as written, whatever zone placed it, and still finds one stored under its UTC minute', async () => {
    const wib = await store.add({ text: 'Coblos nomor 2 ya', author: 'Pak Hadi', source: 'batch:grup.txt', postedAt: '2029-11-03T00:02:00.000Z', postedAtLocal: '2029-11-03T07:02' }, result, 'batch');
    // the same export scored again with --posted-at-zone WITA: another instant, the same header
    expect(await store.add({ text: 'Coblos nomor 2 ya', author: 'Pak Hadi', source: 'batch:grup.txt', postedAt: '2029-11-02T23:02:00.000Z', postedAtLocal: '2029-11-03T07:02' }, result, 'batch')).toMatchObject({ created: false, item: { id: wib.item.id } });
    // posted again an hour later (by the chat's clock) is its own item
    expect((await store.add({ text: 'Coblos nomor 2 ya', author: 'Pak Hadi', source: 'batch:grup.txt', postedAt: '2029-11-03T01:02:00.000Z', postedAtLocal: '2029-11-03T08:02' }, result, 'batch')).created).toBe(true);

    // queued by a netra that keyed chats by the UTC minute: found in the same zone, as before
    const old = await store.add({ text: 'Pesan lama di grup', author: 'Bu Ani', source: 'batch:grup.txt', postedAt: '2029-11-04T01:00:00.000Z' }, result, 'batch');
    expect(await store.add({ text: 'Pesan lama di grup', author: 'Bu Ani', source: 'batch:grup.txt', postedAt: '2029-11-04T01:00:00.000Z', postedAtLocal: '2029-11-04T08:00' }, result, 'batch')).toMatchObject({ created: false, item: { id: old.item.id } });
  });
});
