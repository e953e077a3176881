// Excel reads a CSV without a byte order mark in the Windows code page, so an exported post's "é" or
// emoji opened as mojibake. `bom=1` puts a UTF-8 BOM before the CSV (the page's "Ekspor CSV (Excel)"
// link asks for it); without it the file starts at the header, as scripts reading it expect.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());
const BOM = [0xef, 0xbb, 0xbf];

async function bytes(path: string, headers: Record<string, string>): Promise<{ status: number; body: Buffer }> {
  const res = await fetch(fx.srv.base + path, { headers });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

describe('a byte order mark for Excel', () => {
  it('starts the CSV with EF BB BF only when bom=1 asks, on the API and the page', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2 😀 café', author: 'bom-1' })).json.id as string;
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji' })).status).toBe(201);
    const api = { authorization: `Bearer ${fx.keys.supervisor}` };
    const page = { cookie: await webLogin(fx.srv.base, fx.keys.supervisor) };
    for (const [prefix, headers] of [['/v1/review/export', api], ['/review/export', page]] as const) {
      const plain = await bytes(`${prefix}?format=csv`, headers);
      const excel = await bytes(`${prefix}?format=csv&bom=1`, headers);
      expect([plain.status, excel.status], prefix).toEqual([200, 200]);
      expect(plain.body.subarray(0, 8).toString('latin1'), prefix).toBe('item_id,');
      expect([...excel.body.subarray(0, 3)], prefix).toEqual(BOM);
      // The rest is the same file, byte for byte (the post's emoji as UTF-8).
      expect(excel.body.subarray(3).toString('utf8').split('\n')[0], prefix).toBe(plain.body.toString('utf8').split('\n')[0]);
      expect(excel.body.subarray(3).toString('utf8'), prefix).toContain('😀 café');
      expect((await bytes(`${prefix}?format=csv&bom=0`, headers)).body.equals(plain.body), prefix).toBe(true);
    }
  });

  it('refuses bom with JSONL and any value but 0 or 1', async () => {
    for (const query of ['format=jsonl&bom=1', 'bom=1', 'format=csv&bom=yes', 'format=csv&bom=1&bom=1']) {
      const res = await apiCall(fx.srv.base, 'GET', `/v1/review/export?${query}`, fx.keys.supervisor);
      expect(res.status, query).toBe(400);
      expect(res.json.errors.map((e: { field: string }) => e.field), query).toEqual(['bom']);
      // The page leaves a valid bom out of a JSONL export (export-page-choices.test.ts).
      expect((await bytes(`/review/export?${query}`, { cookie: await webLogin(fx.srv.base, fx.keys.supervisor) })).status, query).toBe(['format=jsonl&bom=1', 'bom=1'].includes(query) ? 200 : 400);
    }
  });

  it('links the Excel file from the queue page', async () => {
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const html = await (await fetch(`${fx.srv.base}/review`, { headers: { cookie } })).text();
    expect(html).toContain('href="/review/export?format=csv&amp;bom=1"');
    // And the one Indonesian-locale Excel opens in columns, its risk a number: `;` between cells, a decimal comma, with the BOM.
    expect(html).toContain('href="/review/export?format=csv&amp;bom=1&amp;delimiter=%3B&amp;decimal=%2C"');
  });
});
