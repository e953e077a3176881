// An item escalated again after its first final decision goes by that decision's date when it is the
// later (purgeDueAt, countedFrom first_decision). The item page's Retensi line gave the date without
// the rule, though the audit trail names it; and the case file (GET /items/:id/export) carried no purge
// date at all, while GET /items/:id does. Both now say it from the same record. The test app keeps
// decided items 30 days and escalations the default 365. On SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { DOC, shapeProblems, type Schema } from './helpers/shapes.js';
import { wibTime } from '../../src/review/web/format.js';

const DAY = 86_400_000;
const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();
const tag = (iso: string) => `<time datetime="${iso}">${wibTime(iso)}</time>`;

describeOnStores('the rule that sets the purge date, on the page and in the case file, on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.95, 'ajakan') }));

  /** Escalated 400 days ago, confirmed now, corrected back to escalated: its first decision sets the date. */
  const escalatedAgain = async (text: string) => {
    const { item } = await fx.store.add({ text }, fakeResult(0.95, 'ajakan'), 'test');
    const esc = await fx.store.decide(item.id, { outcome: 'escalated', reason: 'perlu pejabat' }, 'Sari#k1');
    await fx.store.rdb.db.updateTable('decisions').set({ created_at: plus(esc.createdAt, -400) }).where('id', '=', esc.id).execute();
    const confirmed = await fx.store.decide(item.id, { outcome: 'confirmed', reason: 'jelas ajakan' }, 'Sari#k1');
    await fx.store.decide(item.id, { outcome: 'escalated', reason: 'kasus untuk pejabat', corrects: confirmed.id }, 'Ketua#k2');
    return { id: item.id, decidedAt: confirmed.createdAt };
  };

  it('the Retensi line names the first decision as what sets the date', async () => {
    const { id, decidedAt } = await escalatedAgain('Ayo coblos nomor 2, dieskalasi lagi');
    const page = await itemHtml(fx.srv.base, await webLogin(fx.srv.base, fx.keys.supervisor), id);
    expect(/<dd id="purge-at">(.*?)<\/dd>/.exec(page)?.[1]).toBe(`Teks dan penulis dihapus otomatis pada ${tag(plus(decidedAt, 30))} (30 hari setelah keputusan pertama) bila belum diputuskan`);
  });

  it("the case file's item carries purgeDueAt and purgeDue as GET /items/:id answers them", async () => {
    const { id, decidedAt } = await escalatedAgain('Ayo coblos nomor 2, berkas kasus');
    const record = (await apiCall(fx.srv.base, 'GET', `/v1/review/items/${id}`, fx.keys.supervisor)).json;
    const file = (await apiCall(fx.srv.base, 'GET', `/v1/review/items/${id}/export`, fx.keys.supervisor)).json;
    expect(shapeProblems(DOC.schemas.ReviewCaseFile as Schema, file)).toEqual([]);
    expect(file.item.purgeDue).toEqual({ kind: 'at', at: plus(decidedAt, 30), escalated: true, days: 30, countedFrom: 'first_decision', since: decidedAt });
    expect({ purgeDueAt: file.item.purgeDueAt, purgeDue: file.item.purgeDue }).toEqual({ purgeDueAt: record.purgeDueAt, purgeDue: record.purgeDue });
    // Once purged, neither is set (purgedAt says when), as in GET /items/:id.
    expect(await fx.store.purgeExpired(30, 'cli:retention', new Date(Date.parse(decidedAt) + 31 * DAY), 365)).toBeGreaterThanOrEqual(1); // this item and the first test's
    const purged = (await apiCall(fx.srv.base, 'GET', `/v1/review/items/${id}/export`, fx.keys.supervisor)).json;
    expect({ purgeDueAt: purged.item.purgeDueAt, purgeDue: purged.item.purgeDue }).toEqual({ purgeDueAt: null, purgeDue: null });
  });
});
