// A post without an external id that carries its posting time (a chat message) is known by author, text
// and posting time to the minute: the same message posted again later (the quiet period) or into
// another group on another day is a new item, while the same message sent again (a re-run, a re-export
// of the chat with seconds, an overlapping export under another file name) is the item queued before.
// Items an older netra stored under the author-and-text key are still found, for their own posting time.
import { expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

const MSG = 'Jangan lupa coblos nomor 3 ya bapak ibu, Bung Yohan! 🤟';
const result = fakeResult(0.9);

/** The key an older netra stored a post without an id under: a hash of author and text only. */
const authorTextKey = (author: string, text: string): string => `hash:${createHash('sha256').update(`${author}\u0000${text.trim()}`).digest('hex')}`;

describeOnStores('dedupe of posts without an id by their posting time, on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  it('queues the same message posted again later, or into another group on another day, as new items', async () => {
    const campaign = await store.add({ text: MSG, author: 'Pak Hadi', source: 'batch:chat.txt', postedAt: '2029-11-01T01:00:00.000Z' }, result, 'batch');
    const quiet = await store.add({ text: MSG, author: 'Pak Hadi', source: 'batch:chat.txt', postedAt: '2029-11-24T01:00:00.000Z' }, result, 'batch');
    const otherGroup = await store.add({ text: MSG, author: 'Pak Hadi', source: 'batch:grup-rt-05', postedAt: '2029-11-03T02:15:00.000Z' }, result, 'batch');
    expect([campaign.created, quiet.created, otherGroup.created]).toEqual([true, true, true]);
    expect(quiet.item).toMatchObject({ postedAt: '2029-11-24T01:00:00.000Z', source: 'batch:chat.txt' });
    expect(otherGroup.item).toMatchObject({ postedAt: '2029-11-03T02:15:00.000Z', source: 'batch:grup-rt-05' });
    expect((await store.audit(otherGroup.item.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('finds the message sent again at the same minute: a re-run, a re-export with seconds, another file name, another zone written', async () => {
    const first = await store.add({ text: 'Pilih nomor 1 ya', author: 'Bu Sri', source: 'batch:grup.txt', postedAt: '2029-11-02T00:05:00.000Z' }, result, 'batch');
    await store.decide(first.item.id, { outcome: 'confirmed', reason: 'ajakan' }, 'penelaah');
    for (const [source, postedAt] of [
      ['batch:grup.txt', '2029-11-02T00:05:00.000Z'],
      ['batch:grup (1).txt', '2029-11-02T00:05:37.000Z'], // an iOS export gives the seconds
      ['batch:grup-desember', '2029-11-02T07:05:00+07:00'],
    ]) {
      expect(await store.add({ text: 'Pilih nomor 1 ya ', author: 'Bu Sri', source, postedAt }, result, 'batch'), source).toMatchObject({ created: false, item: { id: first.item.id, status: 'confirmed' } });
    }
    // another author is another post; no posting time at all is the item (dedupe-untimed-post.test.ts)
    expect((await store.add({ text: 'Pilih nomor 1 ya', author: 'Pak Tono', source: 'batch:grup.txt', postedAt: '2029-11-02T00:05:00.000Z' }, result, 'batch')).created).toBe(true);
    expect(await store.add({ text: 'Pilih nomor 1 ya', author: 'Bu Sri', source: 'batch:grup.txt' }, result, 'batch')).toMatchObject({ created: false, item: { id: first.item.id } });
  });

  it('queues a message once when one chunk holds it twice at the same minute, twice at two times', async () => {
    const post = (postedAt: string) => ({ post: { text: 'Dua kali di satu chunk', author: 'Pak Hadi', source: 'batch:c.txt', postedAt }, result });
    const out = await store.addMany([post('2029-11-05T01:00:00.000Z'), post('2029-11-05T01:00:30.000Z'), post('2029-11-06T01:00:00.000Z')], 'batch');
    expect(out.map((o) => o.created)).toEqual([true, false, true]);
    expect(out[1].item.id).toBe(out[0].item.id);
  });

  it('still finds an item an older netra stored by author and text, only for its own posting time (or none)', async () => {
    const old = await store.add({ text: MSG, author: 'Pak Lama', source: 'batch:lama.txt', postedAt: '2029-11-01T01:00:00.000Z' }, result, 'batch');
    const untimed = await store.add({ text: 'Pos lama tanpa waktu', author: 'Pak Lama', source: 'batch:lama.csv' }, result, 'batch');
    await sql`UPDATE items SET dedupe_key = ${authorTextKey('Pak Lama', MSG)} WHERE id = ${old.item.id}`.execute(store.rdb.db);
    // purged by retention: the text is gone, the key and the posting time are kept
    await sql`UPDATE items SET text = NULL WHERE id = ${old.item.id}`.execute(store.rdb.db);

    expect(await store.add({ text: MSG, author: 'Pak Lama', source: 'batch:lama (1).txt', postedAt: '2029-11-01T01:00:00.000Z' }, result, 'batch')).toMatchObject({ created: false, item: { id: old.item.id } });
    const quiet = await store.add({ text: MSG, author: 'Pak Lama', source: 'batch:lama (1).txt', postedAt: '2029-11-24T01:00:00.000Z' }, result, 'batch');
    expect(quiet.created).toBe(true);
    // queued without a time: nothing tells its repeats apart, so it is the post, as an id added later is
    expect(await store.add({ text: 'Pos lama tanpa waktu', author: 'Pak Lama', source: 'batch:lama.csv', postedAt: '2029-11-07T03:00:00.000Z' }, result, 'batch')).toMatchObject({ created: false, item: { id: untimed.item.id } });
  });

  it('finds a chat message queued without an id when it comes again with one, at its own posting time', async () => {
    const chat = await store.add({ text: 'Coblos nomor 2', author: 'Bu Ani', source: 'batch:ekspor.csv', postedAt: '2029-11-08T01:00:00.000Z' }, result, 'batch');
    expect(await store.add({ text: 'Coblos nomor 2', author: 'Bu Ani', source: 'batch:ekspor.csv', externalId: 'p1', postedAt: '2029-11-08T01:00:00.000Z' }, result, 'batch')).toMatchObject({ created: false, item: { id: chat.item.id } });
    expect((await store.add({ text: 'Coblos nomor 2', author: 'Bu Ani', source: 'batch:ekspor.csv', externalId: 'p2', postedAt: '2029-11-25T01:00:00.000Z' }, result, 'batch')).created).toBe(true);
  });
});
