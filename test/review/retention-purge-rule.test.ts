// A `purge_text` entry names the rule that purged the item: the period and the time it counted from.
// An item escalated again after its first decision is purged at the later of its first escalation +
// NETRA_RETENTION_ESCALATED_DAYS and its first final decision + NETRA_RETENTION_DAYS; when the decision's
// date was the later, the entry still said `retention_days: 365` and the trail "365 hari setelah
// eskalasi", a rule that had not purged it. Entries written before keep their words. On SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import type { AuditEntry } from '../../src/review/store/audit.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { auditTrailLines } from '../../src/review/web/audit-trail.js';

const DAY = 86_400_000;
const T0 = Date.parse('2025-01-01T00:00:00.000Z');
const day = (n: number) => new Date(T0 + n * DAY);
const iso = (n: number) => day(n).toISOString();

describeOnStores('the purge_text entry names the rule that purged the item on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  /** Decides `id` as of day `n` (the decision's and, for a first final decision, the item's decidedAt moved there). */
  const decideOn = async (n: number, id: string, input: Parameters<ReviewStore['decide']>[1]) => {
    const d = await store.decide(id, { reason: 'alasan uji', ...input }, 'Sari#k1');
    await store.rdb.db.updateTable('decisions').set({ created_at: iso(n) }).where('id', '=', d.id).execute();
    if ((await store.record(id))?.item.decidedAt === d.createdAt) await store.rdb.db.updateTable('items').set({ decided_at: iso(n) }).where('id', '=', id).execute();
    return d;
  };
  const add = async (text: string) => (await store.add({ text }, fakeResult(0.95, 'ajakan'), 'cli:budi')).item.id;
  /** Purges as of day `n` (180 days, escalations 365) and gives the item's purge_text entry and its trail words. */
  const purgeOn = async (n: number, id: string) => {
    await store.purgeExpired(180, 'system:retention', day(n), 365);
    const rec = await store.record(id);
    const entry = rec?.audit.find((a) => a.action === 'purge_text');
    return { after: entry?.after, words: rec ? auditTrailLines(rec.audit, rec.item.label).at(-1) : undefined };
  };

  it('escalated again after a late first decision: 180 days after that decision, not 365 after the escalation', async () => {
    const id = await add('Dukung nomor 3, diputus lalu dieskalasi lagi');
    await decideOn(0, id, { outcome: 'escalated' });
    const confirmed = await decideOn(300, id, { outcome: 'confirmed' });
    await decideOn(400, id, { outcome: 'escalated', corrects: confirmed.id });
    expect(await purgeOn(481, id)).toEqual({
      after: { text: null, retention_days: 180, counted_from: 'first_decision', counted_from_at: iso(300), status: 'escalated' },
      words: ['Teks dan penulis dihapus 180 hari setelah keputusan pertama (dieskalasi lagi, belum diputuskan)'],
    });
  });

  it('an open escalation past its own period: 365 days after its first escalation', async () => {
    const id = await add('Ayo coblos nomor 2, eskalasi pertama');
    await decideOn(0, id, { outcome: 'escalated' });
    const confirmed = await decideOn(10, id, { outcome: 'confirmed' });
    await decideOn(100, id, { outcome: 'escalated', corrects: confirmed.id });
    expect(await purgeOn(366, id)).toEqual({
      after: { text: null, retention_days: 365, counted_from: 'first_escalation', counted_from_at: iso(0), status: 'escalated' },
      words: ['Teks dan penulis dihapus 365 hari setelah eskalasi pertama (belum diputuskan)'],
    });
  });

  it('a decided item: 180 days after its first final decision, which a correction does not move', async () => {
    const id = await add('Pilih nomor 1, diputus lalu dikoreksi');
    const dismissed = await decideOn(5, id, { outcome: 'dismissed' });
    await decideOn(50, id, { outcome: 'confirmed', label: 'ajakan', corrects: dismissed.id });
    expect(await purgeOn(186, id)).toEqual({
      after: { text: null, retention_days: 180, counted_from: 'first_decision', counted_from_at: iso(5) },
      words: ['Teks dan penulis dihapus 180 hari setelah keputusan pertama'],
    });
  });
});

describe('purge_text entries written before they named the rule', () => {
  const entry = (after: Record<string, unknown>): AuditEntry => ({ seq: 1, itemId: 'i', actor: 'system:retention', action: 'purge_text', before: { text: 'present' }, after, at: iso(0) });
  it('read as they did', () => {
    expect(auditTrailLines([entry({ text: null, retention_days: 365, status: 'escalated' })], 'ajakan')).toEqual([['Teks dan penulis dihapus 365 hari setelah eskalasi (belum diputuskan)']]);
    expect(auditTrailLines([entry({ text: null, retention_days: 180 })], 'ajakan')).toEqual([['Teks dan penulis dihapus setelah 180 hari']]);
  });
});
