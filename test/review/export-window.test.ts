// "Export today's decisions": GET /export (and the page's /review/export) takes `since` (inclusive) and
// `until` (exclusive), decision times, so a supervisor hands over one day's decisions instead of every
// decision (and every decided post's text and author) the store holds. The audit entry names the window
// and counts the rows and items of that window only. A time without a zone is refused by the API (as on
// /audit) and read as WIB by the page.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('the decisions export of a time window on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const call = (path: string, key = fx.keys.supervisor) => apiCall(fx.srv.base, 'GET', path, key);
  /** An item decided at `at` (written directly: decisions are stamped with the clock). */
  const decidedAt = async (tag: string, at: string) => {
    const { item } = await fx.store.add({ text: `Coblos nomor 2, ${tag}`, author: tag }, fakeResult(0.9, 'ajakan', 'tinggi'), 'test');
    const d = await fx.store.decide(item.id, { outcome: 'confirmed', reason: tag }, 'test');
    await fx.store.rdb.db.updateTable('decisions').set({ created_at: at }).where('id', '=', d.id).execute();
    return item.id;
  };
  const lastExport = async () => (await call('/v1/review/audit?action=export&limit=1', fx.keys.admin)).json.entries[0];

  it('API: only the decisions made in [since, until), counted so in the audit entry, which names the window', async () => {
    const before = await decidedAt('kemarin', '2026-12-04T16:59:59.000Z'); // 23:59:59 WIB on the 4th
    const inside = await decidedAt('hari-ini', '2026-12-04T17:00:00.000Z'); // 00:00 WIB on the 5th
    const late = await decidedAt('malam', '2026-12-05T16:59:59.999Z');
    const after = await decidedAt('besok', '2026-12-05T17:00:00.000Z');
    const res = await call('/v1/review/export?format=jsonl&since=2026-12-05T00:00:00%2B07:00&until=2026-12-06T00:00:00%2B07:00');
    expect(res.status).toBe(200);
    const ids = res.text.trim().split('\n').map((l) => JSON.parse(l).item_id);
    expect(ids).toEqual([inside, late]);
    expect(ids).not.toContain(before);
    expect(ids).not.toContain(after);
    expect((await lastExport()).after).toEqual({ format: 'jsonl', rows: 2, items: 2, since: '2026-12-04T17:00:00.000Z', until: '2026-12-05T17:00:00.000Z' });
    // One bound alone.
    const fromAfter = await call('/v1/review/export?format=jsonl&since=2026-12-05T17:00:00Z');
    expect(fromAfter.text.trim().split('\n').map((l) => JSON.parse(l).item_id)).toContain(after);
    expect(fromAfter.text).not.toContain(late);
  });

  it('API: a bad window is a 400 naming the field, and nothing is exported or audited', async () => {
    const seqBefore = (await lastExport())?.seq;
    for (const [query, field] of [
      ['since=2026-12-05T00:00', 'since'],
      ['until=yesterday', 'until'],
      ['since=2026-12-05T00:00:00Z&until=2026-12-04T00:00:00Z', 'until'],
    ]) {
      const res = await call(`/v1/review/export?format=csv&${query}`);
      expect(res.status, query).toBe(400);
      expect(res.json.errors[0].field, query).toBe(field);
    }
    expect((await lastExport())?.seq).toBe(seqBefore);
  });

  it('page: the window as the page writes times (WIB without a zone), from the queue page\'s form', async () => {
    const inside = await decidedAt('halaman', '2026-11-30T03:00:00.000Z'); // 10:00 WIB on the 30th
    await decidedAt('halaman-luar', '2026-11-29T03:00:00.000Z');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const queue = await (await fetch(`${fx.srv.base}/review`, { headers: { cookie } })).text();
    expect(queue).toMatch(/<form method="get" action="\/review\/export"[^>]*id="export-window"/);
    expect(queue).toMatch(/name="since"/);
    const res = await fetch(`${fx.srv.base}/review/export?format=jsonl&since=2026-11-30T00:00&until=2026-12-01T00:00`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect((await res.text()).trim().split('\n').map((l) => JSON.parse(l).item_id)).toEqual([inside]);
    expect((await lastExport()).after).toMatchObject({ rows: 1, since: '2026-11-29T17:00:00.000Z', until: '2026-11-30T17:00:00.000Z' });
    const bad = await fetch(`${fx.srv.base}/review/export?format=jsonl&since=kemarin`, { headers: { cookie } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Sejak');
  });

  it("page: the form's delimiter choice (comma, ';' for Excel Indonesia, tab) makes the API's file; its default sends none", async () => {
    await decidedAt('pemisah', '2026-11-20T03:00:00.000Z'); // 10:00 WIB on the 20th
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const queue = await (await fetch(`${fx.srv.base}/review`, { headers: { cookie } })).text();
    const form = /<form[^>]*id="export-window"[\s\S]*?<\/form>/.exec(queue)?.[0] ?? '';
    const select = /<select name="delimiter" id="export-delimiter">([\s\S]*?)<\/select>/.exec(form)?.[1] ?? '';
    expect([...select.matchAll(/<option value="([^"]*)"( selected)?>([^<]*)<\/option>/g)].map((m) => [m[1], m[3]])).toEqual([
      ['', 'koma (,); titik koma (;) bila desimal koma'],
      [';', 'titik koma (;), untuk Excel Indonesia'],
      ['tab', 'tab'],
    ]);
    const decimal = /<select name="decimal" id="export-decimal">([\s\S]*?)<\/select>/.exec(form)?.[1] ?? '';
    expect([...decimal.matchAll(/<option value="([^"]*)"( selected)?>([^<]*)<\/option>/g)].map((m) => [m[1], m[3]])).toEqual([
      ['', 'titik (.)'],
      [',', 'koma (,), untuk Excel Indonesia'],
    ]);
    // What the form sends (its empty time fields too): the default delimiter is none, so JSONL is taken.
    const window = 'since=2026-11-20T00:00&until=2026-11-21T00:00';
    const apiWindow = 'since=2026-11-20T00:00:00%2B07:00&until=2026-11-21T00:00:00%2B07:00';
    for (const [sent, api] of [
      ['format=jsonl&delimiter=', 'format=jsonl'],
      ['format=csv&delimiter=', 'format=csv'],
      ['format=csv&delimiter=%3B&bom=1', 'format=csv&delimiter=%3B&bom=1'],
      ['format=csv&delimiter=tab', 'format=csv&delimiter=tab'],
      ['format=csv&delimiter=%3B&decimal=%2C&bom=1', 'format=csv&delimiter=%3B&decimal=%2C&bom=1'],
      ['format=jsonl&delimiter=&decimal=', 'format=jsonl'],
    ]) {
      const res = await fetch(`${fx.srv.base}/review/export?${window}&${sent}`, { headers: { cookie } });
      expect(res.status, sent).toBe(200);
      // Bytes, not text(): decoding drops a BOM.
      const file = Buffer.from(await res.arrayBuffer());
      const fromApi = await fetch(`${fx.srv.base}/v1/review/export?${apiWindow}&${api}`, { headers: { authorization: `Bearer ${fx.keys.supervisor}` } });
      expect(file.equals(Buffer.from(await fromApi.arrayBuffer())), sent).toBe(true);
      const text = file.toString('utf8');
      if (sent.includes('delimiter=%3B')) expect(text.startsWith('\ufeffitem_id;source;'), sent).toBe(true);
      if (sent.includes('tab')) expect(text.startsWith('item_id\tsource\t'), sent).toBe(true);
      if (sent.includes('csv&delimiter=&')) expect(text.startsWith('item_id,source,'), sent).toBe(true);
      // The decided item's risk (0.9 as stored): with a decimal comma, the cell Excel under Indonesian settings reads.
      if (sent.startsWith('format=csv')) expect(text, sent).toMatch(sent.includes('decimal=%2C') ? /;0,9;/ : /[,;\t]0\.9[,;\t]/);
    }
  });

  it("page: a decimal comma with the delimiter left at the form's default is the ';' file; a link asking for both commas, and the API, still refuse", async () => {
    await decidedAt('desimal', '2026-11-18T03:00:00.000Z'); // 10:00 WIB on the 18th
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const window = 'since=2026-11-18T00:00&until=2026-11-19T00:00';
    const apiWindow = 'since=2026-11-18T00:00:00%2B07:00&until=2026-11-19T00:00:00%2B07:00';
    const api = (query: string) => fetch(`${fx.srv.base}/v1/review/export?${apiWindow}&${query}`, { headers: { authorization: `Bearer ${fx.keys.supervisor}` } });
    // What the form sends with "Desimal: koma" and "Pemisah CSV" untouched (and the BOM left at otomatis, or "tidak").
    for (const [sent, same] of [
      ['format=csv&delimiter=&decimal=%2C&bom=', 'format=csv&delimiter=%3B&decimal=%2C&bom=1'],
      ['format=csv&delimiter=&decimal=%2C&bom=0', 'format=csv&delimiter=%3B&decimal=%2C'],
    ]) {
      const res = await fetch(`${fx.srv.base}/review/export?${window}&${sent}`, { headers: { cookie } });
      expect(res.status, sent).toBe(200);
      const file = Buffer.from(await res.arrayBuffer());
      expect(file.equals(Buffer.from(await (await api(same)).arrayBuffer())), sent).toBe(true);
      expect(file.toString('utf8'), sent).toMatch(/;0,9;/);
    }
    // Both commas asked for by name: the 400 page, whose message says what to change.
    const refused = await fetch(`${fx.srv.base}/review/export?${window}&format=csv&delimiter=%2C&decimal=%2C`, { headers: { cookie } });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('desimal koma memerlukan delimiter');
    // The API states nothing for a caller: a decimal comma without ';' or tab is a 400 naming decimal.
    for (const query of ['format=csv&decimal=%2C', 'format=csv&delimiter=%2C&decimal=%2C']) {
      const res = await api(query);
      expect(res.status, query).toBe(400);
      expect((await res.json()).errors[0].field, query).toBe('decimal');
    }
  });
});
