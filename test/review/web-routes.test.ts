// The /review page routes over real HTTP: where login leads (the page asked for, never another
// site), and what bad paths and bodies answer (HTML pages, not JSON problems).
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { reviewNextPath } from '../../src/review/web/next-path.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, hiddenValue } from './helpers/http.js';

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
