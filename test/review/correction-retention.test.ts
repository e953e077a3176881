// Retention runs from an item's first final decision: a correction, and a reopened or escalated item
// decided again, must not restart the purge clock (which kept the post's text and author longer than
// NETRA_RETENTION_DAYS after it was first decided). On SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

const DAY = 86_400_000;

describeOnStores('retention after a correction on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  const dismissed = async (text: string) => {
    const { item } = await store.add({ text }, fakeResult(0.95, 'ajakan'), 'cli:budi');
    return { id: item.id, first: await store.decide(item.id, { outcome: 'dismissed', reason: 'salah klik' }, 'Sari#k1') };
  };

  it('keeps decidedAt at the first final decision through a correction, and purges a day after it', async () => {
    const { id, first } = await dismissed('Ayo coblos nomor 2, retensi dari keputusan pertama');
    await store.decide(id, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan jelas', corrects: first.id }, 'Ketua#k2');
    expect((await store.record(id))?.item.decidedAt).toBe(first.createdAt);
    // One day after the first decision (and 1 ms), the correction made later does not hold the text back.
    await store.purgeExpired(1, 'cli:retention', new Date(Date.parse(first.createdAt) + DAY + 1));
    expect((await store.record(id))?.item).toMatchObject({ text: null, decidedAt: first.createdAt });
  });

  it('keeps the first final decision time through a reopening and the decision after it', async () => {
    const { id, first } = await dismissed('Pilih nomor 1, dibuka lalu diputus lagi');
    await store.decide(id, { outcome: 'reopened', reason: 'tinjau ulang', corrects: first.id }, 'Ketua#k2');
    expect((await store.record(id))?.item).toMatchObject({ status: 'new', decidedAt: first.createdAt });
    await store.decide(id, { outcome: 'escalated', reason: 'minta pendapat' }, 'Ketua#k2');
    await store.decide(id, { outcome: 'confirmed', reason: 'ajakan' }, 'Ketua#k2');
    expect((await store.record(id))?.item.decidedAt).toBe(first.createdAt);
    // Never purged while open: only confirmed and dismissed items are.
    const { item: open } = await store.add({ text: 'Belum diputus, tidak dihapus' }, fakeResult(0.9), 'cli:budi');
    await store.purgeExpired(1, 'cli:retention', new Date(Date.now() + 400 * DAY));
    expect((await store.record(open.id))?.item.text).toBe('Belum diputus, tidak dihapus');
  });
});
