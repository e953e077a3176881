// Excel under an Indonesian locale (decimal comma) splits a CSV at ';', so a comma file opened there is
// one column. `delimiter=;` (or `tab`) writes the decisions export's cells between that character, by
// the same cell writer: a cell holding it is quoted, and the file reads back as the comma one does.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.8) }));

async function get(path: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const res = await fetch(fx.srv.base + path, { headers });
  return { status: res.status, text: await res.text() };
}

describe('the decisions export\'s delimiter', () => {
  it('writes ; or tab when asked, on the API and the page, and reads back as the comma file', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo; coblos, "nomor 2"\tsekarang', author: 'delim' })).json.id as string;
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan; uji, =1+1' })).status).toBe(201);
    const api = { authorization: `Bearer ${fx.keys.supervisor}` };
    const page = { cookie: await webLogin(fx.srv.base, fx.keys.supervisor) };
    for (const [prefix, headers] of [['/v1/review/export', api], ['/review/export', page]] as const) {
      const comma = await get(`${prefix}?format=csv`, headers);
      const semicolon = await get(`${prefix}?format=csv&delimiter=;`, headers);
      const tab = await get(`${prefix}?format=csv&delimiter=tab`, headers);
      expect([comma.status, semicolon.status, tab.status], prefix).toEqual([200, 200, 200]);
      expect(semicolon.text.split('\n')[0], prefix).toBe(comma.text.split('\n')[0].replaceAll(',', ';'));
      const records = parse(comma.text) as string[][];
      expect(parse(semicolon.text, { delimiter: ';' }), prefix).toEqual(records);
      expect(parse(tab.text, { delimiter: '\t' }), prefix).toEqual(records);
      expect(semicolon.text, prefix).toContain(`;"Ayo; coblos, ""nomor 2""\tsekarang";`);
      expect(semicolon.text, prefix).toContain(';"alasan; uji, =1+1";');
      expect((await get(`${prefix}?format=csv&delimiter=,`, headers)).text, prefix).toBe(comma.text);
    }
  });

  it('refuses delimiter with JSONL and any value but , ; or tab', async () => {
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    for (const query of ['format=jsonl&delimiter=;', 'delimiter=;', 'format=csv&delimiter=|', 'format=csv&delimiter=', 'format=csv&delimiter=;&delimiter=;']) {
      const res = await apiCall(fx.srv.base, 'GET', `/v1/review/export?${query}`, fx.keys.supervisor);
      expect(res.status, query).toBe(400);
      expect(res.json.errors.map((e: { field: string }) => e.field), query).toEqual(['delimiter']);
      // The page takes an empty value as none, as its time-window form sends the comma (its default), and
      // leaves a valid delimiter out of a JSONL export (export-page-choices.test.ts).
      expect((await get(`/review/export?${query}`, { cookie })).status, query).toBe(['format=csv&delimiter=', 'format=jsonl&delimiter=;', 'delimiter=;'].includes(query) ? 200 : 400);
    }
  });
});
