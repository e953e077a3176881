// Times on the review pages over real HTTP: every page shows them as the item page does
// ("28-11-2023 05:00 WIB"), the exact UTC instant kept in <time datetime>.
import { describe, expect, it, vi } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { wibTime } from '../../src/review/web/format.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

/** The page's text with the machine-readable datetime attributes left out. */
const shownText = (page: string): string => page.replace(/datetime="[^"]*"/g, '');

describe('the audit log page', () => {
  it('shows each entry\'s time in WIB, the UTC instant in <time datetime>', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, jam audit', author: 'audit-jam' })).json.id as string;
    await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'escalated', reason: 'alasan uji' });
    const entries = (await apiCall(fx.srv.base, 'GET', '/v1/review/audit', fx.keys.admin)).json.entries as { at: string }[];
    expect(entries.length).toBeGreaterThan(2);
    const cookie = await webLogin(fx.srv.base, fx.keys.admin);
    const page = await (await fetch(`${fx.srv.base}/review/audit`, { headers: { cookie } })).text();
    for (const { at } of entries) expect(page).toContain(`<td class="at" data-label="Waktu"><time datetime="${at}">${wibTime(at)}</time></td>`);
    const table = shownText(page.slice(page.indexOf('<tbody>')));
    expect(table).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });
});

describe('the decisions export\'s file name', () => {
  it('is dated by the WIB day, on the page and in the API (05:00 WIB is still the previous day in UTC)', async () => {
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2023-11-27T22:00:00Z')); // 28-11-2023 05:00 WIB
      const page = await fetch(`${fx.srv.base}/review/export?format=csv`, { headers: { cookie } });
      expect(page.headers.get('content-disposition')).toBe('attachment; filename="netra-decisions-2023-11-28.csv"');
      await page.text();
      const api = await apiCall(fx.srv.base, 'GET', '/v1/review/export?format=jsonl', fx.keys.supervisor);
      expect(api.headers.get('content-disposition')).toBe('attachment; filename="netra-decisions-2023-11-28.jsonl"');
    } finally {
      vi.useRealTimers();
    }
  });
});
