// GET /items/:id says when retention purges the item's text, as the item page's "Retensi" line does
// (purgeDueAt, the purge's own rule): only the page said it, so an analyst's script or an audit tool
// could not tell how long a post stays readable. `purgeDueAt` is the date or null; `purgeDue` the rule
// (a date, kept until decided, retention off), null once purged. The test app keeps decided items 30
// days and escalations the default 365. On SQLite and PostgreSQL.
import { beforeAll, expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { appOnStore, keysFor, reviewApp, reviewServer } from './helpers/app.js';
import { apiCall, itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { DOC, shapeProblems, type Schema } from './helpers/shapes.js';
import type { ReviewStore } from '../../src/review/store/index.js';

const DAY = 86_400_000;
const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();
const scorer = () => ({ score: () => fakeResult(0.95, 'ajakan') });
const recordSchema = DOC.schemas.ReviewItemRecord as Schema;
const add = async (store: ReviewStore, text: string) => (await store.add({ text }, fakeResult(0.95, 'ajakan'), 'test')).item.id;

/** The item's purge fields as GET /items/:id answers them, checked against the document's schemas. */
const purgeFieldsOf = async (base: string, key: string, id: string) => {
  const { json } = await apiCall(base, 'GET', `/v1/review/items/${id}`, key);
  for (const field of ['purgeDueAt', 'purgeDue']) expect(shapeProblems(recordSchema.properties![field], json[field], field)).toEqual([]);
  return { purgeDueAt: json.purgeDueAt, purgeDue: json.purgeDue };
};

describeOnStores('GET /items/:id says when the text is purged on $name', (kind) => {
  const fx = reviewServer(kind, scorer);
  const fields = (id: string) => purgeFieldsOf(fx.srv.base, fx.keys.analyst, id);

  it('a decided item and an open escalation: the date and the rule that sets it', async () => {
    const decided = await add(fx.store, 'Pilih nomor 3, sudah diputuskan lewat API');
    const dec = await fx.store.decide(decided, { outcome: 'confirmed', reason: 'jelas ajakan' }, 'Sari#k1');
    expect(await fields(decided)).toEqual({
      purgeDueAt: plus(dec.createdAt, 30),
      purgeDue: { kind: 'at', at: plus(dec.createdAt, 30), escalated: false, days: 30, countedFrom: 'first_decision', since: dec.createdAt },
    });
    const escalated = await add(fx.store, 'Ayo coblos nomor 2, kasus pejabat lewat API');
    const esc = await fx.store.decide(escalated, { outcome: 'escalated', reason: 'perlu pejabat' }, 'Sari#k1');
    expect(await fields(escalated)).toEqual({
      purgeDueAt: plus(esc.createdAt, 365),
      purgeDue: { kind: 'at', at: plus(esc.createdAt, 365), escalated: true, days: 365, countedFrom: 'first_escalation', since: esc.createdAt },
    });
    // The same date the item page shows.
    const page = await itemHtml(fx.srv.base, await webLogin(fx.srv.base, fx.keys.supervisor), escalated);
    expect(/<dd id="purge-at">.*?<time datetime="([^"]+)"/.exec(page)?.[1]).toBe(plus(esc.createdAt, 365));
  });

  it('an open item: no date, kept until decided (with the date once decided again, when it was decided before)', async () => {
    const open = await add(fx.store, 'Pilih nomor 1 ya, masih baru lewat API');
    expect(await fields(open)).toEqual({ purgeDueAt: null, purgeDue: { kind: 'when-decided', days: 30 } });
    const reopened = await add(fx.store, 'Pilih nomor 4, dibuka kembali lewat API');
    const first = await fx.store.decide(reopened, { outcome: 'dismissed', reason: 'salah' }, 'Sari#k1');
    await fx.store.decide(reopened, { outcome: 'reopened', reason: 'tinjau ulang', corrects: first.id }, 'Ketua#k2');
    expect(await fields(reopened)).toEqual({ purgeDueAt: null, purgeDue: { kind: 'when-decided', days: 30, at: plus(first.createdAt, 30) } });
  });

  it('a purged item: neither (purgedAt says when)', async () => {
    const purged = await add(fx.store, 'Pilih nomor 5, sudah dihapus lewat API');
    const dec = await fx.store.decide(purged, { outcome: 'dismissed', reason: 'netral' }, 'Sari#k1');
    expect(await fx.store.purgeExpired(30, 'cli:retention', new Date(Date.parse(dec.createdAt) + 31 * DAY))).toBeGreaterThanOrEqual(1);
    expect(await fields(purged)).toEqual({ purgeDueAt: null, purgeDue: null });
  });
});

// POST /items/:id/assign answers with the item (a read of it), and gave it without the purge fields, so a
// script taking an item learnt less than one reading it. Every item answer now has them, from the same function.
describeOnStores('POST /items/:id/assign says when the text is purged, as GET /items/:id on $name', (kind) => {
  const fx = reviewServer(kind, scorer);

  it('an open item taken, and an escalation taken: the same fields as GET /items/:id', async () => {
    const open = await add(fx.store, 'Pilih nomor 1 ya, diambil lewat API');
    const escalated = await add(fx.store, 'Ayo coblos nomor 2, eskalasi diambil lewat API');
    const esc = await fx.store.decide(escalated, { outcome: 'escalated', reason: 'perlu pejabat' }, 'Sari#k1');
    for (const [id, expected] of [
      [open, { purgeDueAt: null, purgeDue: { kind: 'when-decided', days: 30 } }],
      [escalated, { purgeDueAt: plus(esc.createdAt, 365), purgeDue: { kind: 'at', at: plus(esc.createdAt, 365), escalated: true, days: 365, countedFrom: 'first_escalation', since: esc.createdAt } }],
    ] as const) {
      const { status, json } = await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, {});
      expect(status).toBe(200);
      expect({ purgeDueAt: json.purgeDueAt, purgeDue: json.purgeDue }).toEqual(expected);
      expect({ purgeDueAt: json.purgeDueAt, purgeDue: json.purgeDue }).toEqual(await purgeFieldsOf(fx.srv.base, fx.keys.analyst, id));
      expect(json.status).toBe(id === open ? 'in_review' : 'escalated');
    }
  });
});

// GET /items lists items, and listed them without the purge fields: a script reading the queue could
// not tell how long each post stays stored without reading every item (audited one by one).
describeOnStores('GET /items says when each listed text is purged, as GET /items/:id on $name', (kind) => {
  const fx = reviewServer(kind, scorer);

  it('an open, a decided, an escalated and a purged item: the same fields as GET /items/:id', async () => {
    const open = await add(fx.store, 'Pilih nomor 1, di daftar antrean');
    const decided = await add(fx.store, 'Pilih nomor 2, diputuskan di daftar');
    const escalated = await add(fx.store, 'Pilih nomor 3, dieskalasi di daftar');
    const purged = await add(fx.store, 'Pilih nomor 4, dihapus di daftar');
    await fx.store.decide(decided, { outcome: 'confirmed', reason: 'jelas ajakan' }, 'Sari#k1');
    // Escalated, then again after a correction: the first escalation counts.
    const first = await fx.store.decide(escalated, { outcome: 'escalated', reason: 'perlu pejabat' }, 'Sari#k1');
    await fx.store.decide(escalated, { outcome: 'dismissed', reason: 'netral' }, 'Sari#k1');
    const dismissal = (await fx.store.record(escalated))!.decisions.at(-1)!;
    await fx.store.decide(escalated, { outcome: 'escalated', reason: 'tinjau lagi', corrects: dismissal.id }, 'Ketua#k2');
    const dec = await fx.store.decide(purged, { outcome: 'dismissed', reason: 'netral' }, 'Sari#k1');
    await fx.store.purgeExpired(30, 'cli:retention', new Date(Date.parse(dec.createdAt) + 31 * DAY));
    const { status, json } = await apiCall(fx.srv.base, 'GET', '/v1/review/items?limit=500', fx.keys.analyst);
    expect(status).toBe(200);
    const listed = new Map((json.items as { id: string; purgeDueAt: unknown; purgeDue: unknown }[]).map((i) => [i.id, { purgeDueAt: i.purgeDueAt, purgeDue: i.purgeDue }]));
    for (const id of [open, decided, escalated, purged]) expect(listed.get(id), id).toEqual(await purgeFieldsOf(fx.srv.base, fx.keys.analyst, id));
    expect(listed.get(escalated)?.purgeDue).toMatchObject({ kind: 'at', escalated: true, since: first.createdAt });
    expect(listed.get(purged)).toEqual({ purgeDueAt: null, purgeDue: null });
    for (const item of json.items) expect(shapeProblems(DOC.schemas.ReviewItemAnswer, item)).toEqual([]);
  });
});

describeOnStores('GET /items/:id with retention off (NETRA_RETENTION_DAYS=0) on $name', (kind) => {
  const on = appOnStore(kind, (store) => reviewApp(store, scorer(), 0));
  let analyst: string;
  beforeAll(async () => {
    analyst = (await keysFor(on.store)).analyst;
  });

  it('says the text is never purged', async () => {
    const id = await add(on.store, 'Pilih nomor 3, retensi tidak aktif');
    await on.store.decide(id, { outcome: 'confirmed', reason: 'jelas ajakan' }, 'Sari#k1');
    expect(await purgeFieldsOf(on.base, analyst, id)).toEqual({ purgeDueAt: null, purgeDue: { kind: 'never' } });
  });
});
