// A page form sent with another content type (a script posting JSON or multipart to a page's form URL):
// the body was left unread, so its CSRF token was missing and the answer was the 403 "halaman itu dibuka
// pada sesi sebelumnya (token CSRF tidak cocok)", which sends its reader looking for a stale tab. It is
// the 415 page "Jenis formulir tidak didukung" now, as a form in an unsupported charset already was.
import { describe, expect, it } from 'vitest';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { hiddenValue, itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => ({ score: () => fakeResult(0.9, 'ajakan') }));
const h1 = (page: string) => /<h1>([^<]*)<\/h1>/.exec(page)?.[1];

describe('a page form of another content type', () => {
  it('is a 415 saying the form type is not supported, nothing saved', async () => {
    const { item } = await fx.store.add({ text: 'Coblos nomor 2, formulir JSON', author: 'akun-uji' }, fakeResult(0.9, 'ajakan'), 'test');
    const cookie = await webLogin(fx.srv.base, fx.keys.analyst);
    const csrf = String(hiddenValue(await itemHtml(fx.srv.base, cookie, item.id), '_csrf'));
    const multipart = new FormData();
    multipart.set('_csrf', csrf);
    multipart.set('text', 'catatan');
    for (const [what, init] of [
      ['json', { headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ _csrf: csrf, text: 'catatan' }) }],
      ['multipart', { headers: { cookie }, body: multipart }],
    ] as const) {
      const res = await fetch(`${fx.srv.base}/review/items/${item.id}/notes`, { method: 'POST', redirect: 'manual', ...init });
      expect(res.status, what).toBe(415);
      expect(h1(await res.text()), what).toBe('Jenis formulir tidak didukung');
    }
    expect((await fx.store.record(item.id))?.notes).toEqual([]);
  });

  it('still leaves a POST without a body to the session and CSRF checks', async () => {
    const cookie = await webLogin(fx.srv.base, fx.keys.analyst);
    const res = await fetch(`${fx.srv.base}/review/logout`, { method: 'POST', redirect: 'manual', headers: { cookie } });
    expect(res.status).toBe(403);
    expect(h1(await res.text())).toBe('Formulir tidak disimpan');
  });
});
