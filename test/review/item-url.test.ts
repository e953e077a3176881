// Where the post is: an item keeps the link to it (`url`) that the feed or client gave, so that an
// officer opening a discipline case can find the post. The decisions export carries it after the
// author; retention purges it with the text and author (a link to a post names the account).
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { EXPORT_COLUMNS } from '../../src/review/store/reports.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { exportedRow } from './helpers/exported-row.js';

const LINK = 'https://www.instagram.com/p/Cx0Contoh1/';

describeOnStores('the link to a post on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  const rowOf = (id: string) => exportedRow(store, id);

  it('is stored with the item and exported after the author; none when not given', async () => {
    const { item } = await store.add({ text: 'Ayo coblos nomor 2 besok', author: 'budi.asn', url: LINK }, fakeResult(0.9, 'ajakan'), 'batch');
    const { item: bare } = await store.add({ text: 'Dukung nomor 1 terus' }, fakeResult(0.9), 'batch');
    expect([item.url, bare.url]).toEqual([LINK, null]);
    expect((await store.get(item.id))?.url).toBe(LINK);
    for (const id of [item.id, bare.id]) await store.decide(id, { outcome: 'confirmed' }, 'sup');
    expect(await rowOf(item.id)).toMatchObject({ author: 'budi.asn', url: LINK });
    expect((await rowOf(bare.id))?.url).toBeNull();
    expect(EXPORT_COLUMNS.slice(EXPORT_COLUMNS.indexOf('author'), EXPORT_COLUMNS.indexOf('author') + 2)).toEqual(['author', 'url']);
  });

  it('is purged with the text and the author', async () => {
    const { item } = await store.add({ text: 'Pilih calon nomor 3 ya', author: 'sari', url: LINK }, fakeResult(0.9), 'batch');
    await store.decide(item.id, { outcome: 'dismissed' }, 'sup');
    expect(await store.purgeExpired(30, 'system:retention', new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThan(0);
    expect(await store.get(item.id)).toMatchObject({ text: null, author: null, url: null });
  });
});
