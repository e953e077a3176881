// Excel under an Indonesian locale (decimal comma) reads the export's "0.8" as no number. `decimal=,`
// (with `delimiter=;` or `tab`) writes the number cells with a decimal comma, on the API and the page;
// text cells (risk_shown, reasons, the post) never change. A decimal comma in a comma file is refused.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.8142) }));

async function get(path: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const res = await fetch(fx.srv.base + path, { headers });
  return { status: res.status, text: await res.text() };
}

describe('the decisions export\'s decimal', () => {
  it('writes risk with a decimal comma when asked, on the API and the page, and every other cell as before', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Naik 0.5 persen; ayo coblos nomor 2', author: 'desimal' })).json.id as string;
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'skor 0.9, jelas' })).status).toBe(201);
    const api = { authorization: `Bearer ${fx.keys.supervisor}` };
    const page = { cookie: await webLogin(fx.srv.base, fx.keys.supervisor) };
    for (const [prefix, headers] of [['/v1/review/export', api], ['/review/export', page]] as const) {
      for (const delimiter of [';', '\t']) {
        const query = `format=csv&delimiter=${delimiter === ';' ? '%3B' : 'tab'}`;
        const point = await get(`${prefix}?${query}`, headers);
        const comma = await get(`${prefix}?${query}&decimal=%2C`, headers);
        expect([point.status, comma.status], prefix).toEqual([200, 200]);
        const [header, ...rows] = parse(comma.text, { delimiter }) as string[][];
        const [, ...pointRows] = parse(point.text, { delimiter }) as string[][];
        const risk = header.indexOf('risk');
        expect(rows[0][risk], prefix).toBe('0,8142');
        expect(comma.text, prefix).toContain(`${delimiter}0,8142${delimiter}`); // unquoted: a quoted cell is text to Excel
        expect(rows[0].map((c, i) => (i === risk ? c.replace(',', '.') : c)), prefix).toEqual(pointRows[0]);
        expect(rows[0][header.indexOf('risk_shown')], prefix).toBe('0.814'); // text, as the page shows it
        expect(rows[0][header.indexOf('text')], prefix).toBe('Naik 0.5 persen; ayo coblos nomor 2');
        expect((await get(`${prefix}?${query}&decimal=.`, headers)).text, prefix).toBe(point.text);
      }
    }
  });

  it('refuses decimal with JSONL, a decimal comma in a comma file, and any value but , or .', async () => {
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    for (const query of ['format=jsonl&decimal=.', 'decimal=%2C', 'format=csv&decimal=%2C', 'format=csv&delimiter=,&decimal=%2C', 'format=csv&delimiter=%3B&decimal=koma', 'format=csv&delimiter=%3B&decimal=', 'format=csv&delimiter=%3B&decimal=%2C&decimal=%2C']) {
      const res = await apiCall(fx.srv.base, 'GET', `/v1/review/export?${query}`, fx.keys.supervisor);
      expect(res.status, query).toBe(400);
      expect(res.json.errors.map((e: { field: string }) => e.field), query).toEqual(['decimal']);
      // The page takes an empty value as none, as its form sends a field left at its default (the point),
      // leaves a valid decimal out of a JSONL export (export-page-choices.test.ts), and writes a decimal
      // comma with no delimiter named as the ';' file (export-window.test.ts); both commas named stay refused.
      expect((await get(`/review/export?${query}`, { cookie })).status, query).toBe(query.endsWith('decimal=') || ['format=jsonl&decimal=.', 'decimal=%2C', 'format=csv&decimal=%2C'].includes(query) ? 200 : 400);
    }
  });
});
