// The queue page's time-window export form shows every choice at once (no script hides the CSV ones).
// Chosen JSONL after a CSV-only choice (';', a decimal comma, "CSV untuk Excel") it used to give the
// 400 page; the page now leaves those out and sends the JSONL file. And ';' (Excel Indonesia) without a
// BOM opened in that Excel as mojibake: the form's BOM is "otomatis" (on for the Excel Indonesia file),
// `bom=0` the file without one. The API stays strict.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('the page export form\'s CSV choices on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const bytes = async (url: string, headers: Record<string, string>) => {
    const res = await fetch(fx.srv.base + url, { headers });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
  };
  const fromApi = async (query: string) => (await bytes(`/v1/review/export?${query}`, { authorization: `Bearer ${fx.keys.supervisor}` })).body;

  it('with JSONL leaves the CSV-only choices out: the JSONL file, not the 400 page; the API still refuses them', async () => {
    const { item } = await fx.store.add({ text: 'Coblos nomor 2 😀', author: 'uji' }, fakeResult(0.9, 'ajakan', 'tinggi'), 'test');
    await fx.store.decide(item.id, { outcome: 'confirmed', reason: 'ajakan' }, 'test');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const jsonl = await fromApi('format=jsonl');
    // What the form sends with JSONL chosen (empty times too), after each CSV-only choice and all of them.
    for (const csvOnly of ['delimiter=%3B', 'delimiter=tab', 'decimal=%2C', 'bom=1', 'bom=0', 'delimiter=%3B&decimal=%2C&bom=1']) {
      const page = await bytes(`/review/export?since=&until=&format=jsonl&${csvOnly}`, { cookie });
      expect(page.status, csvOnly).toBe(200);
      expect(page.body.equals(jsonl), csvOnly).toBe(true);
      // The API takes bom=0 (no BOM) with JSONL and refuses the others.
      expect((await apiCall(fx.srv.base, 'GET', `/v1/review/export?format=jsonl&${csvOnly}`, fx.keys.supervisor)).status, csvOnly).toBe(csvOnly === 'bom=0' ? 200 : 400);
    }
    // A value no CSV takes either is no choice the form offers: still refused.
    for (const bad of ['delimiter=%7C', 'decimal=koma', 'bom=yes']) expect((await bytes(`/review/export?format=jsonl&${bad}`, { cookie })).status, bad).toBe(400);
  });

  it("gives the Excel Indonesia file its BOM unless bom=0 is chosen; other CSVs have none unless asked", async () => {
    const { item } = await fx.store.add({ text: 'Coblos nomor 2 😀 café', author: 'uji' }, fakeResult(0.9, 'ajakan', 'tinggi'), 'test');
    await fx.store.decide(item.id, { outcome: 'confirmed', reason: 'ajakan' }, 'test');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    for (const [sent, api] of [
      ['format=csv&delimiter=%3B&bom=', 'format=csv&delimiter=%3B&bom=1'],
      ['format=csv&delimiter=%3B&decimal=%2C&bom=', 'format=csv&delimiter=%3B&decimal=%2C&bom=1'],
      ['format=csv&delimiter=tab&decimal=%2C&bom=', 'format=csv&delimiter=tab&decimal=%2C&bom=1'],
      ['format=csv&delimiter=%3B&bom=0', 'format=csv&delimiter=%3B'],
      ['format=csv&delimiter=%3B&decimal=%2C&bom=0', 'format=csv&delimiter=%3B&decimal=%2C'],
      ['format=csv&delimiter=tab&bom=', 'format=csv&delimiter=tab'],
      ['format=csv&delimiter=&bom=', 'format=csv'],
      ['format=csv&delimiter=&bom=1', 'format=csv&bom=1'],
    ]) {
      const page = await bytes(`/review/export?since=&until=&${sent}`, { cookie });
      expect(page.status, sent).toBe(200);
      expect(page.body.equals(await fromApi(api)), sent).toBe(true);
      expect(page.body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), sent).toBe(api.includes('bom=1'));
    }
  });

  it('offers the BOM as otomatis, ya or tidak in the form', async () => {
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const queue = await (await fetch(`${fx.srv.base}/review`, { headers: { cookie } })).text();
    const select = /<select name="bom" id="export-bom">([\s\S]*?)<\/select>/.exec(queue)?.[1] ?? '';
    expect([...select.matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['', 'otomatis: ya untuk Excel Indonesia'],
      ['1', 'ya'],
      ['0', 'tidak, untuk skrip'],
    ]);
  });
});
