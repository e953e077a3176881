// Which part of a long post was scored: an item keeps the result's `part` (Scorer.score's riskiest
// paragraph, as offsets into the text), so the page can show it; the decisions export carries it after
// the link, and retention purges it with the text it points into.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { EXPORT_COLUMNS } from '../../src/review/store/reports.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { exportedRow } from './helpers/exported-row.js';

const TEXT = 'Rapat koordinasi pelayanan publik hari ini.\n\nAyo coblos nomor 2 besok di TPS!';
const PART = { start: 45, end: TEXT.length };

describeOnStores('the scored part of a post on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  it('is stored with the item and exported after the link; none when the whole post was scored', async () => {
    const { item } = await store.add({ text: TEXT }, { ...fakeResult(0.9, 'ajakan'), part: PART }, 'batch');
    const { item: whole } = await store.add({ text: 'Dukung nomor 1 terus' }, fakeResult(0.9), 'batch');
    expect([item.part, whole.part]).toEqual([PART, null]);
    expect((await store.get(item.id))?.part).toEqual(PART);
    expect((await store.get(whole.id))?.part).toBeNull();
    for (const id of [item.id, whole.id]) await store.decide(id, { outcome: 'confirmed' }, 'sup');
    expect(await exportedRow(store, item.id)).toMatchObject({ url: null, part_start: PART.start, part_end: PART.end });
    expect(await exportedRow(store, whole.id)).toMatchObject({ part_start: null, part_end: null });
    expect(EXPORT_COLUMNS.slice(-3)).toEqual(['url', 'part_start', 'part_end']);
  });

  it('is purged with the text', async () => {
    const { item } = await store.add({ text: `${TEXT} (dihapus)` }, { ...fakeResult(0.9), part: PART }, 'batch');
    await store.decide(item.id, { outcome: 'dismissed' }, 'sup');
    expect(await store.purgeExpired(30, 'system:retention', new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThan(0);
    expect(await store.get(item.id)).toMatchObject({ text: null, part: null });
  });
});
