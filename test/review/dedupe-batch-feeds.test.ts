// Batch feeds share one dedupe scope: the same post (same external id and text, or without an id the
// same author and text) queued from `batch:feed.csv` is already queued when `batch:feed (1).csv`, next
// month's overlapping export or a --source name sends it again, decided or not. Ids colliding with
// other text stay distinct, and other sources (the API's clients) keep a scope each. Items stored
// before the shared scope, under their own file's key, are found too.
import { expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

const POST = 'Ayo dukung nomor 2, kita menangkan bersama!';
const result = fakeResult(0.9);

/** The key a batch item got before batch feeds shared a scope: its own file's source in it. */
const perFileKey = (source: string, id: string, text: string): string =>
  `ext:${source.replace(':', '%3A')}:${id}:${createHash('sha256').update(text.trim()).digest('hex').slice(0, 16)}`;

describeOnStores('dedupe across batch feeds on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  it('knows a post queued from one feed when another feed name sends it, and leaves its decision alone', async () => {
    const first = await store.add({ text: POST, source: 'batch:bulan-1.csv', externalId: 'd1' }, result, 'batch');
    expect(first.created).toBe(true);
    await store.decide(first.item.id, { outcome: 'confirmed', reason: 'ajakan jelas' }, 'penelaah');
    for (const source of ['batch:bulan-1 (1).csv', 'batch:bulan-2.csv', 'batch:stdin', 'batch:bkd-bulanan', 'batch']) {
      const again = await store.add({ text: `${POST} `, source, externalId: 'd1' }, result, 'batch');
      expect(again, source).toMatchObject({ created: false, item: { id: first.item.id, status: 'confirmed', source: 'batch:bulan-1.csv' } });
    }
  });

  it('keeps an id that another feed uses for other text a new post', async () => {
    const a = await store.add({ text: 'Rapat koordinasi jam 9', source: 'batch:dinas-a.csv', externalId: '7' }, result, 'batch');
    const b = await store.add({ text: 'Coblos nomor 1 ya', source: 'batch:dinas-b.csv', externalId: '7' }, result, 'batch');
    expect([a.created, b.created]).toEqual([true, true]);
    expect(b.item.id).not.toBe(a.item.id);
  });

  it('without an id, knows the post by author and text from any feed', async () => {
    const a = await store.add({ text: 'Salin tempel: pilih nomor 3', author: '@asn', source: 'batch:x.csv' }, result, 'batch');
    const b = await store.add({ text: 'Salin tempel: pilih nomor 3', author: '@asn', source: 'batch:x (1).csv' }, result, 'batch');
    expect(b).toMatchObject({ created: false, item: { id: a.item.id } });
  });

  it('keeps a scope per source outside the batch feeds (the API\'s clients), as documented', async () => {
    const api = await store.add({ text: POST, source: 'crawler-a', externalId: 'k1' }, result, 'analis');
    const other = await store.add({ text: POST, source: 'crawler-b', externalId: 'k1' }, result, 'analis');
    const batch = await store.add({ text: POST, source: 'batch:k.csv', externalId: 'k1' }, result, 'batch');
    expect([api.created, other.created, batch.created]).toEqual([true, true, true]);
    expect(await store.add({ text: POST, source: 'crawler-a', externalId: 'k1' }, result, 'analis')).toMatchObject({ created: false, item: { id: api.item.id } });
  });

  it('finds items stored under their own file\'s key (before the shared scope), purged ones by the text hash in the key', async () => {
    const old = await store.add({ text: 'Pos lama dari berkas', source: 'batch:lama.csv', externalId: 'L1' }, result, 'batch');
    const purged = await store.add({ text: 'Pos lama yang dihapus teksnya', source: 'batch:lama.csv', externalId: 'L2' }, result, 'batch');
    const other = await store.add({ text: 'Pos lama lain', source: 'batch:lama.csv', externalId: 'L3' }, result, 'batch');
    // as an older netra stored them: the file's own key; L2 purged (no text), L3 purged under the key
    // without text (so migration 012 gave it no text hash either)
    await sql`UPDATE items SET dedupe_key = ${perFileKey('batch:lama.csv', 'L1', 'Pos lama dari berkas')} WHERE id = ${old.item.id}`.execute(store.rdb.db);
    await sql`UPDATE items SET dedupe_key = ${perFileKey('batch:lama.csv', 'L2', 'Pos lama yang dihapus teksnya')}, text = NULL WHERE id = ${purged.item.id}`.execute(store.rdb.db);
    await sql`UPDATE items SET dedupe_key = ${'ext:batch%3Alama.csv:L3'}, text = NULL, text_hash = NULL WHERE id = ${other.item.id}`.execute(store.rdb.db);

    expect(await store.add({ text: 'Pos lama dari berkas', source: 'batch:baru.csv', externalId: 'L1' }, result, 'batch')).toMatchObject({ created: false, item: { id: old.item.id } });
    expect(await store.add({ text: 'Pos lama yang dihapus teksnya', source: 'batch:baru.csv', externalId: 'L2' }, result, 'batch')).toMatchObject({ created: false, item: { id: purged.item.id } });
    expect((await store.add({ text: 'Teks lain, id sama', source: 'batch:baru.csv', externalId: 'L2' }, result, 'batch')).created).toBe(true);
    // text unknown: the same post only from its own feed, as before
    expect(await store.add({ text: 'Pos lama lain', source: 'batch:lama.csv', externalId: 'L3' }, result, 'batch')).toMatchObject({ created: false, item: { id: other.item.id } });
    expect((await store.add({ text: 'Pos lama lain', source: 'batch:baru.csv', externalId: 'L3' }, result, 'batch')).created).toBe(true);
  });

  it('queues a post once when one chunk holds it from two feed names', async () => {
    const entries = ['batch:c.csv', 'batch:c (1).csv'].map((source) => ({ post: { text: 'Dua kali dalam satu chunk', source, externalId: 'c1' }, result }));
    const [a, b] = await store.addMany(entries, 'batch');
    expect([a.created, b.created]).toEqual([true, false]);
    expect(b.item.id).toBe(a.item.id);
  });
});
