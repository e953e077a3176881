// The link to a post over real HTTP: `POST /items` takes an http(s) `url` and refuses anything else
// (a `javascript:` link would run in the reviewer's page when clicked), the item page links it without
// handing the review page's address to the site, and the export has it.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => createScorer());
const LINK = 'https://x.com/budi_asn/status/1790000000000000001';

describe('the link to a post in the API and on the page', () => {
  it('takes an http(s) url, shows it as a link on the item page and exports it', async () => {
    const made = await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, ini tautannya', author: 'budi_asn', url: LINK });
    expect(made.status, made.text).toBe(201);
    const id = made.json.id as string;
    expect((await apiCall(fx.srv.base, 'GET', `/v1/review/items/${id}`, fx.keys.analyst)).json.url).toBe(LINK);
    const page = await itemHtml(fx.srv.base, await webLogin(fx.srv.base, fx.keys.analyst), id);
    expect(page).toContain(`<dt>Tautan</dt><dd><a href="${LINK}" rel="noopener noreferrer" target="_blank" class="post-url">${LINK}</a></dd>`);
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji' })).status).toBe(201);
    const csv = (await apiCall(fx.srv.base, 'GET', '/v1/review/export?format=csv', fx.keys.supervisor)).text.split('\n');
    expect(csv[0]).toMatch(/,author,url,part_start,part_end,risk_shown,/);
    expect(csv.find((l) => l.startsWith(`${id},`))).toMatch(new RegExp(`,budi_asn,${LINK.replace(/[./]/g, '\\$&')},,,[^,]+,`)); // a short post: scored whole, no part; then risk_shown
  });

  it('refuses a url that is not an http(s) link, naming url', async () => {
    for (const url of ['javascript:alert(1)', 'instagram.com/p/abc', 'ftp://example.org/a', '', 'https://contoh.id/ ada spasi', `https://contoh.id/${'a'.repeat(2000)}`]) {
      const res = await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Dukung nomor 1, tautan salah', url });
      expect(res.status, url).toBe(400);
      expect(res.json.errors.map((e: { field: string }) => e.field), url).toEqual(['url']);
    }
  });

  it('shows a stored link that is not http(s) as text, never as a link', async () => {
    const { item } = await fx.store.add({ text: 'Posting dengan tautan aneh', url: 'javascript:alert(1)' }, fakeResult(0.9), 'test');
    const page = await itemHtml(fx.srv.base, await webLogin(fx.srv.base, fx.keys.analyst), item.id);
    expect(page).toContain('<dt>Tautan</dt><dd>javascript:alert(1)</dd>');
    expect(page).not.toContain('href="javascript:');
  });
});
