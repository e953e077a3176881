// The item page says when retention purges its text, for every item whose text is still stored: it
// said so only for an open escalation, so a supervisor could not tell how long a decided post stays
// readable (or that a new one is kept until decided). The date is purgeDueAt's, the purge's own rule
// said for one item, and is checked against the purge itself on both stores. The test app keeps
// decided items 30 days and escalations the default 365.
import { describe, expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, sqliteKind, withStore } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { fakeResult } from './helpers/fixtures.js';
import { itemHtml, webLogin } from './helpers/http.js';
import { wibTime } from '../../src/review/web/format.js';
import { DEFAULT_ESCALATED_RETENTION_DAYS } from '../../src/review/retention-run.js';
import { purgeDueAt, purgeDueOf, type PurgeDue } from '../../src/review/purge-due.js';

const DAY = 86_400_000;
const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();
const tag = (iso: string) => `<time datetime="${iso}">${wibTime(iso)}</time>`;
const retentionLine = (page: string) => /<dd id="purge-at">(.*?)<\/dd>/.exec(page)?.[1];

describe('the purge date on the item page', () => {
  const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.95, 'ajakan') }));
  const add = async (text: string) => (await fx.store.add({ text }, fakeResult(0.95, 'ajakan'), 'test')).item.id;

  it('says it in WIB for decided items and open escalations, and "until decided" for open ones', async () => {
    const escalated = await add('Ayo coblos nomor 2, kasus untuk pejabat');
    const esc = await fx.store.decide(escalated, { outcome: 'escalated', reason: 'perlu pejabat' }, 'Sari#k1');
    const open = await add('Pilih nomor 1 ya, masih baru');
    const decided = await add('Pilih nomor 3, sudah diputuskan');
    const dec = await fx.store.decide(decided, { outcome: 'confirmed', reason: 'jelas ajakan' }, 'Sari#k1');
    const reopened = await add('Pilih nomor 4, dibuka kembali');
    const first = await fx.store.decide(reopened, { outcome: 'dismissed', reason: 'salah' }, 'Sari#k1');
    await fx.store.decide(reopened, { outcome: 'reopened', reason: 'tinjau ulang', corrects: first.id }, 'Ketua#k2');
    const purged = await add('Pilih nomor 5, sudah dihapus');
    await fx.store.decide(purged, { outcome: 'dismissed', reason: 'netral' }, 'Sari#k1');
    await fx.store.rdb.db.updateTable('items').set({ decided_at: new Date(Date.now() - 31 * DAY).toISOString() }).where('id', '=', purged).execute();
    expect(await fx.store.purgeExpired(30, 'cli:retention')).toBe(1);
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const line = async (id: string) => retentionLine(await itemHtml(fx.srv.base, cookie, id));

    expect(await line(escalated)).toBe(`Teks dan penulis dihapus otomatis pada ${tag(plus(esc.createdAt, DEFAULT_ESCALATED_RETENTION_DAYS))} bila belum diputuskan`);
    expect(await line(decided)).toBe(`Teks dan penulis dihapus otomatis pada ${tag(plus(dec.createdAt, 30))}`);
    expect(await line(open)).toBe('Teks dan penulis disimpan sampai item diputuskan, lalu dihapus otomatis 30 hari setelah keputusan');
    expect(await line(reopened)).toBe(`Teks dan penulis disimpan sampai item diputuskan lagi, lalu dihapus otomatis pada ${tag(plus(first.createdAt, 30))} (30 hari setelah keputusan pertama)`);
    expect(await line(purged)).toBeUndefined(); // its text is gone: the page says when instead
  });
});

describe('purgeDueAt', () => {
  const at = '2026-12-05T03:00:00.000Z';
  it('follows the settings: never with retention off, until decided with escalations kept until then', () => {
    expect(purgeDueAt({ status: 'confirmed', decidedAt: at, firstEscalatedAt: null }, { retentionDays: 0 })).toEqual({ kind: 'never' });
    expect(purgeDueAt({ status: 'escalated', decidedAt: null, firstEscalatedAt: at }, { retentionDays: 30, escalatedRetentionDays: 40 })).toEqual({ kind: 'at', at: '2027-01-14T03:00:00.000Z', escalated: true, days: 40, countedFrom: 'first_escalation', since: at });
    expect(purgeDueAt({ status: 'escalated', decidedAt: null, firstEscalatedAt: at }, { retentionDays: 30, escalatedRetentionDays: 0 })).toEqual({ kind: 'when-decided', days: 30 });
    // Escalated again after a first decision whose date is the later: that decision's rule sets it.
    const late = '2026-12-30T03:00:00.000Z';
    expect(purgeDueAt({ status: 'escalated', decidedAt: late, firstEscalatedAt: at }, { retentionDays: 30, escalatedRetentionDays: 40 })).toEqual({ kind: 'at', at: '2027-01-29T03:00:00.000Z', escalated: true, days: 30, countedFrom: 'first_decision', since: late });
    expect(purgeDueAt({ status: 'in_review', decidedAt: null, firstEscalatedAt: null }, { retentionDays: 30 })).toEqual({ kind: 'when-decided', days: 30 });
  });
  it('says "soon" for a date already past (the hourly purge has not run yet)', async () => {
    const { retentionNote } = await import('../../src/review/web/retention-note.js');
    const due: PurgeDue = { kind: 'at', at, escalated: false, days: 30, countedFrom: 'first_decision', since: '2026-11-05T03:00:00.000Z' };
    expect(String(retentionNote(due, Date.parse(at) + 1))).toBe(`Teks dan penulis segera dihapus otomatis (jatuh tempo ${tag(at)})`);
    // An escalation dated by its first decision names that rule in the past-date wording too.
    const again: PurgeDue = { ...due, escalated: true };
    expect(String(retentionNote(again, Date.parse(at) + 1))).toBe(`Teks dan penulis segera dihapus otomatis (jatuh tempo ${tag(at)}, 30 hari setelah keputusan pertama) bila belum diputuskan`);
  });
});

describeOnStores('the purge date shown is when the purge clears the text on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));
  const settings = { retentionDays: 180, escalatedRetentionDays: 365 };
  const T0 = Date.parse('2025-01-01T00:00:00.000Z');
  /** Decides `id` as of day `n`, moving its decision (and a first final decision's decidedAt) there. */
  const decideOn = async (n: number, id: string, input: Parameters<ReviewStore['decide']>[1]) => {
    const d = await store.decide(id, { reason: 'alasan uji', ...input }, 'Sari#k1');
    const time = new Date(T0 + n * DAY).toISOString();
    await store.rdb.db.updateTable('decisions').set({ created_at: time }).where('id', '=', d.id).execute();
    if ((await store.record(id))?.item.decidedAt === d.createdAt) await store.rdb.db.updateTable('items').set({ decided_at: time }).where('id', '=', id).execute();
    return d;
  };
  const dueOf = async (id: string): Promise<string> => {
    const rec = await store.record(id);
    if (!rec) throw new Error('no item');
    const due = purgeDueOf(rec, settings);
    if (due.kind !== 'at') throw new Error(`no date: ${due.kind}`);
    return due.at;
  };
  const cases: Record<string, (id: string) => Promise<unknown>> = {
    decided: (id) => decideOn(0, id, { outcome: 'dismissed' }),
    escalated: (id) => decideOn(0, id, { outcome: 'escalated' }),
    'escalated, decided, corrected to escalated': async (id) => {
      await decideOn(0, id, { outcome: 'escalated' });
      await decideOn(100, id, { outcome: 'escalated', corrects: (await decideOn(10, id, { outcome: 'confirmed' })).id });
    },
    'escalated, decided late, corrected to escalated': async (id) => {
      await decideOn(0, id, { outcome: 'escalated' });
      await decideOn(400, id, { outcome: 'escalated', corrects: (await decideOn(300, id, { outcome: 'confirmed' })).id });
    },
  };
  for (const [name, make] of Object.entries(cases)) {
    it(`${name}: kept until the date, purged just after`, async () => {
      const { item } = await store.add({ text: `Coblos nomor 2, ${name}` }, fakeResult(0.95, 'ajakan'), 'cli:budi');
      await make(item.id);
      const due = Date.parse(await dueOf(item.id));
      await store.purgeExpired(settings.retentionDays, 'system:retention', new Date(due - 1), settings.escalatedRetentionDays);
      expect((await store.record(item.id))?.item.text).not.toBeNull();
      await store.purgeExpired(settings.retentionDays, 'system:retention', new Date(due + 1), settings.escalatedRetentionDays);
      expect((await store.record(item.id))?.item.text).toBeNull();
    });
  }
});
