// The decisions export's times agree with the item page, which shows them in WIB: each is an ISO 8601
// time with the +07:00 offset (2023-11-28T05:00:00.000+07:00 where the page says 28-11-2023 05:00 WIB),
// so a supervisor reading the file cannot take a UTC clock time for a WIB one, and a program still
// reads the same instant.
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { wibTime } from '../../src/review/web/format.js';

const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.9) }));

/** The CSV's rows as objects by header name (no cell here holds a comma or a quote). */
const csvRows = (text: string): Record<string, string>[] => {
  const [header, ...lines] = text.trim().split('\n').map((l) => l.split(','));
  return lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
};

describe('the decisions export\'s posted_at and decided_at', () => {
  it('are in WIB with their offset, as the item page shows them, and name the same instants', async () => {
    const posted = '2023-11-27T22:00:00Z'; // 28-11-2023 05:00 WIB
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, waktu ekspor', author: 'wib-1', postedAt: posted })).json.id as string;
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji' })).status).toBe(201);
    const decidedAt = (await apiCall(fx.srv.base, 'GET', `/v1/review/items/${id}`, fx.keys.analyst)).json.decisions[0].createdAt as string;

    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await (await fetch(`${fx.srv.base}/review/items/${id}`, { headers: { cookie } })).text();
    expect(page).toContain('28-11-2023 05:00 WIB');

    const csv = csvRows((await apiCall(fx.srv.base, 'GET', '/v1/review/export?format=csv', fx.keys.supervisor)).text).find((r) => r.item_id === id)!;
    const jsonl = (await apiCall(fx.srv.base, 'GET', '/v1/review/export?format=jsonl', fx.keys.supervisor)).text.trim().split('\n').map((l) => JSON.parse(l)).find((r) => r.item_id === id);
    for (const row of [csv, jsonl]) {
      expect(row.posted_at).toBe('2023-11-28T05:00:00.000+07:00');
      expect(Date.parse(row.posted_at)).toBe(Date.parse(posted));
      expect(row.decided_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+07:00$/);
      expect(Date.parse(row.decided_at)).toBe(Date.parse(decidedAt));
      // The clock time in the file is the one the page shows.
      expect(wibTime(row.decided_at)).toBe(wibTime(decidedAt));
      expect(row.decided_at.slice(11, 16)).toBe(wibTime(decidedAt).slice(11, 16));
    }
  });
});
