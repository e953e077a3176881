// A corrected decision is superseded, not in force: retraining takes the correction's label, not the
// mistaken one (which, being earlier, used to win for the item's text), and the stats count each decided
// item once, by its decision in force. On SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { reviewExamples } from '../../src/review/training.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('a corrected decision in retraining and stats on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  it('trains on the decision in force and counts the item once', async () => {
    const { item } = await store.add({ text: 'Ayo coblos nomor 2, koreksi dihitung sekali' }, fakeResult(0.95, 'ajakan'), 'cli:budi');
    await store.note(item.id, { suggestedLabel: 'ajakan' }, 'Ani#k3');
    const first = await store.decide(item.id, { outcome: 'dismissed', reason: 'salah klik' }, 'Sari#k1');
    await store.decide(item.id, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan jelas', corrects: first.id }, 'Ketua#k2');

    expect((await reviewExamples(store, 'cli:test')).map((e) => [e.text, e.label])).toEqual([['Ayo coblos nomor 2, koreksi dihitung sekali', 'ajakan']]);
    const s = await store.stats();
    expect(s.agreement.decided).toBe(1);
    expect(s.agreement.labelAgreement).toBe(1);
    expect(Object.keys(s.agreement.byReviewer)).toEqual(['Ketua#k2']);
    expect(s.suggestions).toMatchObject({ decided: 1, matched: 1 });
  });
});
