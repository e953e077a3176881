// Logging in while a session cookie is set (an analyst's, then a supervisor logs in in the same
// browser) ends that old session: its cookie no longer opens /review, rather than staying valid for
// up to 12 hours with no way left to end it ("Keluar" ends only the new one).
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

/** Logs in through the form with `cookie` (the browser's cookies) sent along; the answer. */
async function loginWith(cookie: string, key: string): Promise<Response> {
  const form = await fetch(`${fx.srv.base}/review/login`, { headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  return fetch(`${fx.srv.base}/review/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${cookie}; netra_review_login=${csrf}` },
    body: new URLSearchParams({ _csrf: csrf, key }).toString(),
  });
}
const opens = async (cookie: string) => (await fetch(`${fx.srv.base}/review`, { headers: { cookie }, redirect: 'manual' })).status;

describe('logging in with a session cookie already set', () => {
  it('ends the old session once the new login succeeds', async () => {
    const analyst = await webLogin(fx.srv.base, fx.keys.analyst);
    expect(await opens(analyst)).toBe(200);
    const res = await loginWith(analyst, fx.keys.supervisor);
    expect(res.status).toBe(303);
    const supervisor = String(res.headers.getSetCookie().find((c) => c.startsWith('netra_review='))).split(';')[0];
    expect(supervisor).not.toBe(analyst);
    expect(await opens(supervisor)).toBe(200);
    expect(await opens(analyst)).toBe(303);
  });

  it('keeps the old session when the new login fails (a wrong key)', async () => {
    const analyst = await webLogin(fx.srv.base, fx.keys.analyst);
    expect((await loginWith(analyst, 'bukan-kunci')).status).toBe(401);
    expect(await opens(analyst)).toBe(200);
  });
});
