// An officer who opens a discipline case from the decisions export must know whose post it was: both
// exports carry the item's author (`author`, empty once retention purged it), after the columns exports
// had before, so scripts reading them by place keep working.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { EXPORT_COLUMNS } from '../../src/review/store/reports.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { exportedRow } from './helpers/exported-row.js';

describeOnStores('the author in the decisions export on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  const rowOf = (id: string) => exportedRow(store, id);

  it('names the account the post came from, or none when the feed gave none', async () => {
    const { item: named } = await store.add({ text: 'Ayo pilih nomor 2 di TPS', author: 'budi.asn' }, fakeResult(0.9, 'ajakan'), 'batch');
    const { item: anonymous } = await store.add({ text: 'Dukung calon nomor 1' }, fakeResult(0.9), 'batch');
    for (const id of [named.id, anonymous.id]) await store.decide(id, { outcome: 'confirmed' }, 'sup');
    expect((await rowOf(named.id))?.author).toBe('budi.asn');
    expect((await rowOf(anonymous.id))?.author).toBeNull();
  });

  it('comes after the columns exports had before', () => {
    expect(EXPORT_COLUMNS.indexOf('author')).toBeGreaterThan(EXPORT_COLUMNS.indexOf('suggestion_backing'));
  });
});
