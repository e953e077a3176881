// A correction may move a final item to anything the normal flow allows: confirmed, dismissed, escalated,
// or back to the queue (`reopened`, status new). The superseded decision stops counting at once: while
// the item is open again it has no decision in force (stats, export `final`, retraining), and once it is
// decided again the new decision is the one in force. On SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { reviewExamples } from '../../src/review/training.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('a correction that reopens or escalates on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  const dismissedWhileHeld = async (text: string) => {
    const { item } = await store.add({ text }, fakeResult(0.95, 'ajakan'), 'cli:budi');
    await store.assign(item.id, 'Sari#k1', 'Sari#k1');
    const first = await store.decide(item.id, { outcome: 'dismissed', reason: 'salah klik' }, 'Sari#k1');
    return { id: item.id, first };
  };
  const exported = async (id: string) => {
    const rows = [];
    for await (const r of store.exportDecisions()) if (r.item_id === id) rows.push([r.outcome, r.final, r.corrects, r.superseded_by]);
    return rows;
  };

  it('reopens a dismissed item: back to new, held by nobody, no decision in force until decided again', async () => {
    const { id, first } = await dismissedWhileHeld('Ayo coblos nomor 2 besok, buka lagi');
    const reopen = await store.decide(id, { outcome: 'reopened', reason: 'perlu ditinjau ulang', corrects: first.id }, 'Ketua#k2');
    expect(reopen).toMatchObject({ outcome: 'reopened', reviewerLabel: null, supersedes: first.id });
    const rec = await store.record(id);
    expect([rec?.item.status, rec?.item.assignee]).toEqual(['new', null]);
    expect(rec?.audit.at(-1)).toMatchObject({ action: 'decision', actor: 'Ketua#k2', after: { status: 'new', reviewer_label: null, reason: 'perlu ditinjau ulang', decision_id: reopen.id, supersedes: first.id, assignee: null } });
    // Nothing is in force while it is open again.
    expect((await store.stats()).agreement.decided).toBe(0);
    expect(await reviewExamples(store, 'cli:test')).toEqual([]);
    expect(await exported(id)).toEqual([['dismissed', false, null, reopen.id], ['reopened', false, first.id, null]]);
    // The normal flow from here: taken up and decided, no corrects needed (it is open).
    await store.assign(id, 'Ketua#k2', 'Ketua#k2');
    const again = await store.decide(id, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan jelas' }, 'Ketua#k2');
    expect((await store.record(id))?.item.status).toBe('confirmed');
    const s = await store.stats();
    expect([s.agreement.decided, Object.keys(s.agreement.byReviewer)]).toEqual([1, ['Ketua#k2']]);
    expect((await reviewExamples(store, 'cli:test')).map((e) => e.label)).toEqual(['ajakan']);
    expect(await exported(id)).toEqual([['dismissed', false, null, reopen.id], ['reopened', false, first.id, null], ['confirmed', true, null, null]]);
    expect(again.supersedes).toBeNull();
  });

  it('escalates a dismissed item by a correction: escalated, held by nobody, decided again later', async () => {
    const decidedBefore = (await store.stats()).agreement.decided; // the store is shared by this file's tests
    const { id, first } = await dismissedWhileHeld('Jangan pilih calon yang ingkar janji, eskalasi');
    const esc = await store.decide(id, { outcome: 'escalated', reason: 'perlu pendapat ketua', corrects: first.id }, 'Ketua#k2');
    expect(esc).toMatchObject({ outcome: 'escalated', reviewerLabel: null, supersedes: first.id });
    const rec = await store.record(id);
    expect([rec?.item.status, rec?.item.assignee]).toEqual(['escalated', null]);
    expect((await store.stats()).agreement.decided).toBe(decidedBefore);
    await store.decide(id, { outcome: 'confirmed', label: 'serangan', reason: 'serangan' }, 'Ketua#k2');
    expect(await exported(id)).toEqual([['dismissed', false, null, esc.id], ['escalated', false, first.id, null], ['confirmed', true, null, null]]);
  });

  it('takes reopened only as a correction', async () => {
    const { item } = await store.add({ text: 'Rapat dinas pagi ini, tidak ada yang dibuka' }, fakeResult(0.6), 'cli:budi');
    await expect(store.decide(item.id, { outcome: 'reopened', reason: 'x' }, 'Ketua#k2')).rejects.toMatchObject({ field: 'outcome' });
    expect((await store.record(item.id))?.decisions).toEqual([]);
  });
});
