// Headings and navigation landmarks for screen readers: every error or refusal page has an h1 saying
// what happened, the crumbs and pager navs are named (aria-label), and a list that fits one page has no
// empty pager nav.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { fakeResult } from './helpers/fixtures.js';
import { apiCall, itemHtml, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());
const h1 = (page: string) => /<h1>([^<]*)<\/h1>/.exec(page)?.[1];

describe('error and refusal pages', () => {
  it('each have an h1 naming what happened', async () => {
    const analyst = await webLogin(fx.srv.base, fx.keys.analyst);
    const get = async (path: string, cookie = analyst, init: RequestInit = {}) => {
      const res = await fetch(fx.srv.base + path, { ...init, headers: { cookie, ...(init.headers ?? {}) }, redirect: 'manual' });
      return [res.status, h1(await res.text())];
    };
    expect(await get('/review/items/00000000-0000-4000-8000-000000000000')).toEqual([404, 'Tidak ditemukan']);
    expect(await get('/review/tidak-ada')).toEqual([404, 'Tidak ditemukan']);
    // "ditolak" is the dismissed status's word: a refusal for the role reads otherwise, heading and title
    expect(await get('/review/export?format=csv')).toEqual([403, 'Tidak diizinkan']);
    const refusedTitle = /<title>([^<]*)<\/title>/.exec(await (await fetch(`${fx.srv.base}/review/export?format=csv`, { headers: { cookie: analyst } })).text())?.[1];
    expect(refusedTitle).not.toMatch(/ditolak/i);
    const supervisor = await webLogin(fx.srv.base, fx.keys.supervisor);
    expect(await get('/review/export?format=xml', supervisor)).toEqual([400, 'Permintaan tidak valid']);
    expect(await get('/review/items/%ZZ')).toEqual([400, 'Permintaan tidak valid']);
    expect(await get('/review', analyst, { method: 'DELETE' })).toEqual([405, 'Metode tidak diterima']);
    const form = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '_csrf=x&text=catatan' };
    expect(await get('/review/items/00000000-0000-4000-8000-000000000000/notes', 'netra_review=berakhir', form)).toEqual([401, 'Sesi berakhir']);
    expect(await get('/review/items/00000000-0000-4000-8000-000000000000/notes', analyst, form)).toEqual([403, 'Formulir tidak disimpan']);
    const csrfTitle = /<title>([^<]*)<\/title>/.exec(await (await fetch(`${fx.srv.base}/review/items/00000000-0000-4000-8000-000000000000/notes`, { ...form, headers: { ...form.headers, cookie: analyst } })).text())?.[1];
    expect(csrfTitle).not.toMatch(/ditolak/i);
  });
});

describe('navigation landmarks', () => {
  it('name the item page\'s crumbs and the pagers; a queue or log that fits one page has no pager', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, penanda navigasi', author: 'nav-1' })).json.id as string;
    const admin = await webLogin(fx.srv.base, fx.keys.admin);
    expect(await itemHtml(fx.srv.base, admin, id)).toContain('<nav class="crumbs" aria-label="Navigasi item">');
    const html = async (path: string) => (await fetch(fx.srv.base + path, { headers: { cookie: admin } })).text();
    expect(await html('/review')).not.toContain('class="pager"');
    expect(await html('/review/audit?item=' + id)).not.toContain('class="pager"');
    for (let i = 0; i < 50; i++) await fx.store.add({ text: `Dukung nomor ${i}, halaman`, source: 'web-test', externalId: `pager-${i}`, author: 'uji', election: 'pilpres-2024' }, fakeResult(0.9), 'setup');
    expect(await html('/review')).toMatch(/<nav class="pager" aria-label="Halaman antrean"> ?<a id="next-page"/);
    expect(await html('/review/audit')).toMatch(/<nav class="pager" aria-label="Halaman log audit"> ?<a id="next-page"/);
  });
});

describe('who holds and who decided an item', () => {
  const fact = (page: string, name: string) => new RegExp(`<dt>${name}</dt><dd>([\\s\\S]*?)</dd>`).exec(page)?.[1]?.replace(/<[^>]+>/g, '');
  it('names the holder "Dipegang oleh" (the queue column too) and, once decided, who made the last decision', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, siapa yang memutuskan', author: 'who-1' })).json.id as string;
    const analyst = await webLogin(fx.srv.base, fx.keys.analyst);
    let page = await itemHtml(fx.srv.base, analyst, id);
    expect(fact(page, 'Dipegang oleh')).toBe('–');
    expect(fact(page, 'Peninjau')).toBeUndefined();
    expect(fact(page, 'Keputusan terakhir')).toBeUndefined();
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji' })).status).toBe(201);
    page = await itemHtml(fx.srv.base, analyst, id);
    expect(fact(page, 'Dipegang oleh')).toBe('–');
    expect(fact(page, 'Keputusan terakhir')).toMatch(/^dikonfirmasi oleh Sari Supervisor#\S+, \d\d-\d\d-\d{4} \d\d:\d\d WIB$/);
    const queue = await (await fetch(`${fx.srv.base}/review`, { headers: { cookie: analyst } })).text();
    expect(queue).toContain('<th>Dipegang oleh</th>');
  });
});
