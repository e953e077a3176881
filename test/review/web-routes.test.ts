// The /review page routes over real HTTP: where login leads (the page asked for, never another
// site), and what bad paths, methods and bodies answer (HTML pages, not JSON problems).
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { reviewNextPath } from '../../src/review/web/next-path.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, hiddenValue, postForm, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

/** Posts the login form as a browser would, with `next` as the form carried it. */
async function loginWith(key: string, next?: string): Promise<Response> {
  const form = await (await fetch(`${fx.srv.base}/review/login${next === undefined ? '' : `?next=${encodeURIComponent(next)}`}`)).text();
  const csrf = String(hiddenValue(form, '_csrf'));
  const body = new URLSearchParams({ _csrf: csrf, key, ...(next === undefined ? {} : { next }) });
  return fetch(`${fx.srv.base}/review/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `netra_review_login=${csrf}` }, body: body.toString() });
}

describe('login leads back to the page asked for', () => {
  it('carries an item path (with its filters) through the login form', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, setelah masuk', author: 'next-1' })).json.id as string;
    const wanted = `/review/items/${id}?status=new&level=tinggi`;
    const out = await fetch(fx.srv.base + wanted, { redirect: 'manual' });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe(`/review/login?next=${encodeURIComponent(wanted)}`);
    const form = await (await fetch(fx.srv.base + String(out.headers.get('location')))).text();
    expect(hiddenValue(form, 'next')).toBe(wanted.replace('&', '&amp;'));
    const res = await loginWith(fx.keys.analyst, wanted);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(wanted);
    // The queue itself needs no reminder, and a failed login keeps it.
    expect((await fetch(`${fx.srv.base}/review`, { redirect: 'manual' })).headers.get('location')).toBe('/review/login');
    const failed = await (await loginWith('nrk_0000000000000000_' + 'z'.repeat(43), wanted)).text();
    expect(hiddenValue(failed, 'next')).toBe(wanted.replace('&', '&amp;'));
  });

  it('never leads off the page: other hosts, protocol-relative and backslash paths, dot segments go to the queue', async () => {
    const evil = ['https://evil.example/review', '//evil.example/review', '/\\evil.example', '/review\\..\\..\\x', '/review/../evil', '/reviewer', '/review/login?next=/x', 'javascript:alert(1)', '/review/\n//evil', `/review/${'a'.repeat(2100)}`];
    for (const next of evil) {
      expect(reviewNextPath(next), JSON.stringify(next).slice(0, 40)).toBeUndefined();
      const res = await loginWith(fx.keys.analyst, next);
      expect(res.headers.get('location'), JSON.stringify(next).slice(0, 40)).toBe('/review');
    }
    expect(reviewNextPath('/review/items/abc?status=new')).toBe('/review/items/abc?status=new');
    expect(reviewNextPath('/review//evil.example')).toBe('/review//evil.example'); // a path on this host
    expect((await loginWith(fx.keys.analyst)).headers.get('location')).toBe('/review');
  });
});

describe('a form sent with an ended or replaced session', () => {
  it('is not saved and leads back to the item page it came from, not to the queue', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 1, sesi habis', author: 'sesi-1' })).json.id as string;
    const itemPage = `/review/items/${id}?status=new`;
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    // The session ended (logged out, expired): log in again, then back to the item, filters kept.
    const ended = await fetch(`${fx.srv.base}/review/items/${id}/decision?status=new`, { method: 'POST', redirect: 'manual', headers: form, body: 'outcome=confirmed&_csrf=x' });
    expect(ended.status).toBe(401);
    const again = /<a href="([^"]+)">Masuk lagi<\/a>/.exec(await ended.text())?.[1];
    expect(again).toBe(`/review/login?next=${encodeURIComponent(itemPage)}`);
    expect(hiddenValue(await (await fetch(fx.srv.base + String(again))).text(), 'next')).toBe(itemPage.replace('&', '&amp;'));
    // The page was opened in an earlier session (logged in again in another tab): its CSRF token is stale.
    const first = await webLogin(fx.srv.base, fx.keys.supervisor);
    const staleCsrf = String(hiddenValue(await (await fetch(fx.srv.base + itemPage, { headers: { cookie: first } })).text(), '_csrf'));
    const second = await webLogin(fx.srv.base, fx.keys.supervisor);
    const stale = await fetch(`${fx.srv.base}/review/items/${id}/notes?status=new`, { method: 'POST', redirect: 'manual', headers: { ...form, cookie: second }, body: new URLSearchParams({ _csrf: staleCsrf, text: 'catatan' }).toString() });
    expect(stale.status).toBe(403);
    expect(await stale.text()).toContain(`<a href="${itemPage}">Buka lagi halamannya</a>`);
    expect((await fx.store.record(id))?.notes).toEqual([]);
    // Other forms (logging out) lead to the queue.
    const out = await fetch(`${fx.srv.base}/review/logout`, { method: 'POST', redirect: 'manual', headers: form, body: '_csrf=x' });
    expect(await out.text()).toContain('<a href="/review/login">Masuk lagi</a>');
  });
});

describe('cookies', () => {
  it('are Secure when the browser came over HTTPS through a proxy that says so, and not over plain HTTP', async () => {
    const plain = await fetch(`${fx.srv.base}/review/login`);
    expect(plain.headers.get('set-cookie')).toMatch(/netra_review_login=.*HttpOnly; SameSite=Strict/);
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/);
    const proxied = await fetch(`${fx.srv.base}/review/login`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(proxied.headers.get('set-cookie')).toMatch(/; Secure$/);
    const chain = await fetch(`${fx.srv.base}/review/login`, { headers: { 'x-forwarded-proto': 'HTTPS, http' } }); // the first hop is the browser's
    expect(chain.headers.get('set-cookie')).toMatch(/; Secure$/);
  });
});

describe('a method a page does not take', () => {
  it('is a 405 HTML page with Allow, as the API answers; unknown paths stay 404', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Rapat dinas membahas anggaran desa', author: 'metode-1' })).json.id as string;
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const csrf = String(hiddenValue(await (await fetch(`${fx.srv.base}/review`, { headers: { cookie } })).text(), '_csrf'));
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const cases: [string, string, string, RequestInit?][] = [
      ['DELETE', '/review', 'GET, HEAD'],
      ['PUT', `/review/items/${id}`, 'GET, HEAD'],
      // with the session's CSRF token, so it is the method that is refused, not the form
      ['POST', '/review/audit', 'GET, HEAD', { headers: form, body: new URLSearchParams({ _csrf: csrf }).toString() }],
      ['PUT', `/review/items/${id}/decision`, 'GET, HEAD, POST'],
      ['DELETE', `/review/items/${id}/notes`, 'GET, HEAD, POST'],
      ['PATCH', `/review/items/${id}/assign`, 'GET, HEAD, POST'],
      ['PUT', '/review/logout', 'GET, HEAD, POST'],
      ['DELETE', '/review/login', 'GET, HEAD, POST'],
      ['PUT', '/review/static/review.css', 'GET, HEAD'],
    ];
    for (const [method, path, allow, init] of cases) {
      const res = await fetch(fx.srv.base + path, { method, redirect: 'manual', ...init, headers: { cookie, ...(init?.headers as Record<string, string>) } });
      const what = `${method} ${path}`;
      expect(res.status, what).toBe(405);
      expect(res.headers.get('allow'), what).toBe(allow);
      expect(res.headers.get('content-type'), what).toMatch(/^text\/html/);
      if (method !== 'HEAD') expect(await res.text(), what).toMatch(/<title>Galat · netra review<\/title>[\s\S]*<p class="error">Halaman ini tidak menerima permintaan dengan metode itu\.<\/p><p><a href="\/review">Antrean<\/a><\/p>/);
    }
    // The public pages answer 405 without a session too; the methods a page takes still work.
    const anonymous = await fetch(`${fx.srv.base}/review/login`, { method: 'PUT' });
    expect([anonymous.status, anonymous.headers.get('allow')]).toEqual([405, 'GET, HEAD, POST']);
    expect((await fetch(`${fx.srv.base}/review`, { method: 'HEAD', headers: { cookie } })).status).toBe(200);
    for (const [method, path] of [['DELETE', '/review/nothing-here'], ['GET', `/review/items/${id}/nothing`]]) {
      const res = await fetch(fx.srv.base + path, { method, headers: { cookie } });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get('allow')).toBeNull();
    }
  });
});

describe("a form's action URL opened as a page (after a refused form: reloaded later, pasted)", () => {
  it('leads to the page the form is on, with its queue filters, not to a 405; logged out, through the login form', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, alamat formulir', author: 'aksi-1' })).json.id as string;
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await (await fetch(`${fx.srv.base}/review/items/${id}?status=new`, { headers: { cookie } })).text();
    // A decision refused as stale (409) leaves the browser at the decision URL.
    const refused = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision?status=new`, { _csrf: String(hiddenValue(page, '_csrf')), fromStatus: 'in_review', outcome: 'confirmed', reason: 'basi' });
    expect(refused.status).toBe(409);
    const item = `/review/items/${id}`;
    const cases: [string, string, string][] = [
      ['GET', `${item}/decision?status=new`, `${item}?status=new`],
      ['GET', `${item}/assign`, item],
      ['HEAD', `${item}/notes?status=new&level=tinggi`, `${item}?status=new&level=tinggi`],
      ['GET', '/review/logout', '/review'], // nobody is logged out by a link
      // With a trailing slash (the router takes it for the same path): the same page, not the queue.
      ['GET', `${item}/decision/`, item],
      ['GET', `${item}/assign/?status=new`, `${item}?status=new`],
      ['HEAD', `${item}/notes/?status=new&level=tinggi`, `${item}?status=new&level=tinggi`],
      ['GET', '/review/logout/', '/review'],
    ];
    for (const [method, path, to] of cases) {
      const res = await fetch(fx.srv.base + path, { method, redirect: 'manual', headers: { cookie } });
      expect([res.status, res.headers.get('location')], `${method} ${path}`).toEqual([303, to]);
    }
    expect((await fetch(`${fx.srv.base}/review`, { headers: { cookie } })).status).toBe(200); // still logged in
    expect((await fetch(fx.srv.base + `${item}/decision?status=new`, { headers: { cookie } })).url).toBe(`${fx.srv.base}${item}?status=new`);
    // Logged out: the item page asks for the login and leads back to it, not to the form's URL.
    const out = await fetch(`${fx.srv.base}${item}/notes?status=new`, { redirect: 'follow' });
    expect(out.url).toBe(`${fx.srv.base}/review/login?next=${encodeURIComponent(`${item}?status=new`)}`);
    expect((await fetch(`${fx.srv.base}${item}/notes/?status=new`, { redirect: 'follow' })).url).toBe(out.url);
  });
});

describe('error pages on an item', () => {
  /** The page's header (who is logged in, the logout form) and its link back to the queue. */
  const wayBack = (page: string) => ({ who: /<span class="who">([^<]*)<\/span>/.exec(page)?.[1], logout: page.includes('action="/review/logout"'), queue: /<p><a href="([^"]*)">Antrean<\/a><\/p>/.exec(page)?.[1] });

  /** The deleted item's page: the header and its "« Kembali ke antrean" link. */
  const deletedWayBack = (page: string) => ({ ...wayBack(page), queue: /<a href="([^"]*)" id="back-to-queue">« Kembali ke antrean<\/a>/.exec(page)?.[1] });

  it('show the header and lead back to the queue with its filters: a role refused (403), an item deleted meanwhile (404)', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, halaman galat', author: 'galat-1' })).json.id as string;
    const filters = '?status=new&level=tinggi';
    const back = { logout: true, queue: '/review?status=new&amp;level=tinggi' };
    const analyst = await webLogin(fx.srv.base, fx.keys.analyst);
    const analystCsrf = String(hiddenValue(await (await fetch(`${fx.srv.base}/review/items/${id}${filters}`, { headers: { cookie: analyst } })).text(), '_csrf'));
    for (const [form, text] of [['decision', 'Keputusan'], ['assign', 'Penugasan']]) {
      const refused = await postForm(fx.srv.base, analyst, `/review/items/${id}/${form}${filters}`, { _csrf: analystCsrf, outcome: 'confirmed', fromStatus: 'new', fromAssignee: '' });
      expect(refused.status, form).toBe(403);
      const page = await refused.text();
      expect(page, form).toContain(`${text} memerlukan peran supervisor.`);
      expect(wayBack(page), form).toEqual({ who: 'Ani Analis (analyst)', ...back });
    }
    // Deleted while a supervisor had it open: the decision and the item page say so and lead back.
    const supervisor = await webLogin(fx.srv.base, fx.keys.supervisor);
    const csrf = String(hiddenValue(await (await fetch(`${fx.srv.base}/review/items/${id}${filters}`, { headers: { cookie: supervisor } })).text(), '_csrf'));
    expect((await apiCall(fx.srv.base, 'DELETE', `/v1/review/items/${id}?reason=uji`, fx.keys.admin)).status).toBe(204);
    const gone = await postForm(fx.srv.base, supervisor, `/review/items/${id}/decision${filters}`, { _csrf: csrf, outcome: 'confirmed', fromStatus: 'new', fromAssignee: '', reason: 'terlambat' });
    const shown = await fetch(`${fx.srv.base}/review/items/${id}${filters}`, { headers: { cookie: supervisor } });
    for (const res of [gone, shown]) {
      expect(res.status).toBe(404);
      const page = await res.text();
      expect(page).toContain('<h1>Item sudah dihapus</h1>');
      expect(deletedWayBack(page)).toEqual({ who: 'Sari Supervisor (supervisor)', ...back });
    }
    // Without filters the link is the queue itself.
    expect(deletedWayBack(await (await fetch(`${fx.srv.base}/review/items/${id}`, { headers: { cookie: supervisor } })).text()).queue).toBe('/review');
  });
});

describe('the decisions export on the page', () => {
  it('gives supervisors the API export through their session, audited as them; analysts get 403 and see no links', async () => {
    const made = await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { items: [{ text: 'Ayo coblos nomor 1, ekspor halaman', author: 'ekspor-1' }, { text: '=HYPERLINK("http://x") coblos nomor 2', author: 'ekspor-2' }] });
    const [a, b] = made.json.items.map((it: { id: string }) => it.id as string);
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${a}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: '=1+1 rumus' })).status).toBe(201);
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${b}/decision`, fx.keys.supervisor, { outcome: 'dismissed', reason: 'alasan uji' })).status).toBe(201);
    const supervisor = await webLogin(fx.srv.base, fx.keys.supervisor);
    const analyst = await webLogin(fx.srv.base, fx.keys.analyst);
    const exportRows = () => fx.store.rdb.db.selectFrom('audit').selectAll().where('action', '=', 'export').orderBy('seq').execute();

    for (const [format, type] of [['csv', 'text/csv'], ['jsonl', 'application/x-ndjson']]) {
      const before = (await exportRows()).length;
      const res = await fetch(`${fx.srv.base}/review/export?format=${format}`, { headers: { cookie: supervisor } });
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type'), format).toBe(`${type}; charset=utf-8`);
      expect(res.headers.get('content-disposition'), format).toMatch(new RegExp(`^attachment; filename="netra-decisions-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`));
      expect(res.headers.get('cache-control'), format).toBe('no-store');
      const page = await res.text();
      // The page's export row: the supervisor, the format and the rows, as the API writes it.
      const rows = await exportRows();
      expect(rows.length, format).toBe(before + 1);
      expect(rows.at(-1)?.actor, format).toMatch(/^Sari Supervisor#/);
      expect(rows.at(-1)?.item_id, format).toBeNull();
      expect(JSON.parse(String(rows.at(-1)?.after)), format).toEqual({ format, rows: (await fx.store.exportBound())?.rows, items: expect.any(Number) });
      // The same file as the API's export of the same data.
      const api = await apiCall(fx.srv.base, 'GET', `/v1/review/export?format=${format}`, fx.keys.supervisor);
      expect(page, format).toBe(api.text);
      expect(page.trim().split('\n').length, format).toBeGreaterThanOrEqual(2);
    }
    // The CSV injection guards hold on the page's file too.
    const csv = await (await fetch(`${fx.srv.base}/review/export?format=csv`, { headers: { cookie: supervisor } })).text();
    expect(csv).toContain(`,'=1+1 rumus,`); // quoted only when needed: the ' is the guard
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") coblos nomor 2"`);
    expect(csv).not.toMatch(/(^|,)=/m);

    // Analysts: a 403 page with the header and the way back, and nothing audited.
    const before = (await exportRows()).length;
    const refused = await fetch(`${fx.srv.base}/review/export?format=csv&status=new`, { headers: { cookie: analyst } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const refusedPage = await refused.text();
    expect(refusedPage).toContain('<p class="error">Ekspor memerlukan peran supervisor.</p><p><a href="/review?status=new">Antrean</a></p>');
    expect(refusedPage).toContain('<span class="who">Ani Analis (analyst)</span>');
    expect(refusedPage).toContain('action="/review/logout"');
    expect((await exportRows()).length).toBe(before);
    // A format the export does not know is a 400 page; logged out, the login form.
    expect((await fetch(`${fx.srv.base}/review/export?format=xml`, { headers: { cookie: supervisor } })).status).toBe(400);
    expect((await fetch(`${fx.srv.base}/review/export?format=csv`, { redirect: 'manual' })).headers.get('location')).toBe(`/review/login?next=${encodeURIComponent('/review/export?format=csv')}`);
    expect((await exportRows()).length).toBe(before);

    // The links are on the queue page for supervisors only.
    const links = /<nav class="exports"[^>]*><a href="\/review\/export\?format=csv" id="export-csv">Ekspor CSV<\/a> · <a href="\/review\/export\?format=csv&amp;bom=1" id="export-csv-excel">Ekspor CSV \(Excel\)<\/a> · <a href="\/review\/export\?format=csv&amp;bom=1&amp;delimiter=%3B&amp;decimal=%2C" id="export-csv-excel-id">Ekspor CSV \(Excel Indonesia, pemisah titik koma\)<\/a> · <a href="\/review\/export\?format=jsonl" id="export-jsonl">Ekspor JSONL<\/a><\/nav>/;
    expect(await (await fetch(`${fx.srv.base}/review`, { headers: { cookie: supervisor } })).text()).toMatch(links);
    const analystQueue = await (await fetch(`${fx.srv.base}/review`, { headers: { cookie: analyst } })).text();
    expect(analystQueue).not.toContain('/review/export');
    expect(analystQueue).not.toContain('Ekspor');
  });
});

describe('the shortcuts in the footer', () => {
  const footer = (page: string) => /<footer class="help">([\s\S]*?)<\/footer>/.exec(page)?.[1] ?? '';
  const keysIn = (page: string) => [...footer(page).matchAll(/<kbd>([^<]*)<\/kbd>/g)].map((m) => m[1]);
  const post = async (text: string) => (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text, author: 'footer-1' })).json.id as string;
  it('are those that work on the page and for the role: Enter/o open on the queue, c/d/e decide an open item for supervisors', async () => {
    const id = await post('Dukung nomor 2 ya, pintasan');
    await post('Dukung nomor 1 ya, tetangga pintasan');
    for (const [role, decide] of [['analyst', []], ['supervisor', ['c', 'd', 'e']], ['admin', ['c', 'd', 'e']]] as const) {
      const cookie = await webLogin(fx.srv.base, fx.keys[role]);
      const keysAt = async (path: string) => keysIn(await (await fetch(fx.srv.base + path, { headers: { cookie } })).text());
      expect(await keysAt('/review'), `${role} queue`).toEqual(['j', 'k', 'Enter', 'o']);
      expect(await keysAt(`/review/items/${id}`), `${role} item`).toEqual(['j', 'k', ...decide]);
      const itemFooter = footer(await (await fetch(`${fx.srv.base}/review/items/${id}`, { headers: { cookie } })).text());
      expect(itemFooter.includes('(keputusan: tekan tombolnya dua kali)'), `${role} item`).toBe(decide.length > 0);
    }
    // Escalated, the item has no escalate button (no e); decided, no decision form (no c/d/e).
    const supervisor = await webLogin(fx.srv.base, fx.keys.supervisor);
    const itemKeys = async () => keysIn(await (await fetch(`${fx.srv.base}/review/items/${id}`, { headers: { cookie: supervisor } })).text());
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'escalated', reason: 'alasan uji' })).status).toBe(201);
    expect(await itemKeys()).toEqual(['j', 'k', 'c', 'd']);
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'dismissed', reason: 'alasan uji' })).status).toBe(201);
    expect(await itemKeys()).toEqual(['j', 'k']);
  });

  it('are not listed where nothing uses them: login, an empty queue, 403 and 404 pages', async () => {
    const analyst = await webLogin(fx.srv.base, fx.keys.analyst);
    const pages = {
      empty: await fetch(`${fx.srv.base}/review?election=tidak-ada`, { headers: { cookie: analyst } }),
      refused: await fetch(`${fx.srv.base}/review/export?format=csv`, { headers: { cookie: analyst } }),
      missing: await fetch(`${fx.srv.base}/review/items/00000000-0000-4000-8000-000000000000`, { headers: { cookie: analyst } }),
      audit: await fetch(`${fx.srv.base}/review/audit`, { headers: { cookie: analyst } }),
      login: await fetch(`${fx.srv.base}/review/login`),
    };
    expect(Object.fromEntries(Object.entries(pages).map(([k, r]) => [k, r.status]))).toEqual({ empty: 200, refused: 403, missing: 404, audit: 403, login: 200 });
    for (const [name, res] of Object.entries(pages)) {
      const text = await res.text();
      expect(keysIn(text), name).toEqual([]);
      expect(footer(text), name).toBe('netra hanya mengurutkan dan menjelaskan; keputusan ada pada peninjau.');
    }
  });
});
