// An open escalation's longer period (NETRA_RETENTION_ESCALATED_DAYS) ran from its latest decision, so
// each correction back to `escalated` (escalated, confirmed, corrected to escalated, …) started a new
// year and the post's text and author could be kept without bound. It runs from the item's first
// escalation, which nothing moves after it, as the normal period runs from the first final decision;
// and an item escalated again by a correction is never purged before it would have been as decided
// (its first final decision + NETRA_RETENTION_DAYS), so escalating a case never drops its evidence at
// once. A correction from confirmed or dismissed to escalated, on an item never escalated, starts it.
// On SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

const DAY = 86_400_000;
const T0 = Date.parse('2025-01-01T00:00:00.000Z');
const day = (n: number) => new Date(T0 + n * DAY);

describeOnStores('the escalated period counts from the first escalation on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  /** Decides `id` as of day `n` (the decision's and, for a first final decision, the item's decidedAt moved there). */
  const decideOn = async (n: number, id: string, input: Parameters<ReviewStore['decide']>[1]) => {
    const d = await store.decide(id, { reason: 'alasan uji', ...input }, 'Sari#k1');
    const at = day(n).toISOString();
    await store.rdb.db.updateTable('decisions').set({ created_at: at }).where('id', '=', d.id).execute();
    if ((await store.record(id))?.item.decidedAt === d.createdAt) await store.rdb.db.updateTable('items').set({ decided_at: at }).where('id', '=', id).execute();
    return d;
  };
  const add = async (text: string) => (await store.add({ text, author: 'akun-uji' }, fakeResult(0.95, 'ajakan'), 'cli:budi')).item.id;
  const purgedOn = async (n: number, id: string) => {
    await store.purgeExpired(180, 'system:retention', day(n), 365);
    return (await store.record(id))?.item.text === null;
  };

  it('a correction back to escalated does not restart the period: due 365 days after the first escalation', async () => {
    const id = await add('Ayo coblos nomor 2, eskalasi berulang');
    await decideOn(0, id, { outcome: 'escalated' });
    const confirmed = await decideOn(10, id, { outcome: 'confirmed' });
    await decideOn(100, id, { outcome: 'escalated', corrects: confirmed.id });
    expect(await store.escalatedPastRetention(180, day(200))).toBe(1); // past the normal period since day 180
    expect(await purgedOn(364, id)).toBe(false);
    expect(await purgedOn(366, id)).toBe(true); // the correction's own year would have kept it to day 465
    expect((await store.record(id))?.audit.at(-1)).toMatchObject({ action: 'purge_text', after: { text: null, retention_days: 365, status: 'escalated' } });
  });

  it('a correction escalating an item never escalated starts it', async () => {
    const id = await add('Pilih nomor 1, dikoreksi ke eskalasi');
    const confirmed = await decideOn(0, id, { outcome: 'confirmed' });
    await decideOn(100, id, { outcome: 'escalated', corrects: confirmed.id });
    expect(await purgedOn(464, id)).toBe(false);
    expect(await purgedOn(466, id)).toBe(true);
  });

  it('escalated again after its first decision, it keeps its text as long as it would have as decided', async () => {
    const id = await add('Dukung nomor 3, eskalasi lama lalu diputus');
    await decideOn(0, id, { outcome: 'escalated' });
    const confirmed = await decideOn(300, id, { outcome: 'confirmed' });
    await decideOn(400, id, { outcome: 'escalated', corrects: confirmed.id });
    expect(await purgedOn(401, id)).toBe(false); // past 365 after the first escalation, but decided on day 300
    expect(await purgedOn(479, id)).toBe(false);
    expect(await purgedOn(481, id)).toBe(true);
  });
});
