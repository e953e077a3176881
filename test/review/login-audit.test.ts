// Logging in to the review page is audited, on both stores, so who had a session when can be read
// from the log: `login` (the key's actor, the session's length), `logout` (by the reviewer, or
// replaced by another login on the same browser) and `login_failed` (actor `web:login`, with the
// reason, naming the key id only when it is a stored key's, never its secret). A 429 refusal, which
// checks no key, writes nothing; rows are aggregated per minute (login-failed-audit.test.ts).
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, hiddenValue, postForm, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('web logins are audited on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));

  const lastSeq = async () => Number((await fx.store.rdb.db.selectFrom('audit').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirst())?.m ?? 0);
  const rowsSince = async (seq: number) =>
    (await fx.store.rdb.db.selectFrom('audit').selectAll().where('seq', '>', seq).orderBy('seq').execute()).map((r) => ({ itemId: r.item_id, actor: r.actor, action: r.action, after: r.after ? JSON.parse(r.after) : null }));
  const keyId = (key: string) => key.split('_')[1];
  /** The login form sent as a browser sends it, with `cookie` (another session) alongside. */
  const login = async (key: string, cookie = '') => {
    const form = await fetch(`${fx.srv.base}/review/login`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    return fetch(`${fx.srv.base}/review/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [`netra_review_login=${csrf}`, cookie].filter(Boolean).join('; ') },
      body: new URLSearchParams({ _csrf: csrf, key }).toString(),
    });
  };

  it('writes login and logout with the key as actor, and a login that replaces a session ends that one', async () => {
    const start = await lastSeq();
    const cookie = await webLogin(fx.srv.base, fx.keys.analyst);
    const ani = `Ani Analis#${keyId(fx.keys.analyst)}`;
    const sari = `Sari Supervisor#${keyId(fx.keys.supervisor)}`;
    // The supervisor logs in on the browser the analyst is logged in on: the analyst's session ends.
    expect((await login(fx.keys.supervisor, cookie)).status).toBe(303);
    const mine = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await (await fetch(`${fx.srv.base}/review`, { headers: { cookie: mine } })).text();
    expect((await postForm(fx.srv.base, mine, '/review/logout', { _csrf: String(hiddenValue(page, '_csrf')) })).status).toBe(303);
    expect(await rowsSince(start)).toEqual([
      { itemId: null, actor: ani, action: 'login', after: { session_hours: 12 } },
      { itemId: null, actor: ani, action: 'logout', after: { cause: 'replaced' } },
      { itemId: null, actor: sari, action: 'login', after: { session_hours: 12 } },
      { itemId: null, actor: sari, action: 'login', after: { session_hours: 12 } },
      { itemId: null, actor: sari, action: 'logout', after: { cause: 'logout' } },
    ]);
    // The admin finds them as any other entries.
    const logins = await apiCall(fx.srv.base, 'GET', `/v1/review/audit?action=login&actor=${encodeURIComponent(ani)}`, fx.keys.admin);
    expect(logins.json.entries.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([['login', ani]]);
  });

  it('writes login_failed with the reason, naming a stored key id only, never its secret; a made-up id is not kept', async () => {
    const start = await lastSeq();
    const wrong = `nrk_${keyId(fx.keys.admin)}_${'S'.repeat(43)}`;
    const unknown = `nrk_0123456789abcdef_${'T'.repeat(43)}`;
    const revoked = (await apiCall(fx.srv.base, 'POST', '/v1/review/keys', fx.keys.admin, { name: 'Lama', role: 'analyst' })).json as { id: string; key: string };
    expect((await apiCall(fx.srv.base, 'DELETE', `/v1/review/keys/${revoked.id}`, fx.keys.admin)).status).toBe(204);
    const afterRevoke = await lastSeq();
    // One of each (key id, reason): aggregation (one row per minute each) writes them all.
    for (const key of [wrong, unknown, revoked.key, '']) expect((await login(key)).status, key).toBe(401);
    const rows = await rowsSince(afterRevoke);
    const failed = (key_id: string | null, reason: string) => ({ itemId: null, actor: 'web:login', action: 'login_failed', after: { key_id, reason } });
    expect(rows).toEqual([failed(keyId(fx.keys.admin), 'wrong_secret'), failed(null, 'unknown_key'), failed(revoked.id, 'revoked'), failed(null, 'no_key')]);
    const log = JSON.stringify(await rowsSince(start));
    for (const secret of ['S'.repeat(43), 'T'.repeat(43), revoked.key.slice(-43), '0123456789abcdef']) expect(log).not.toContain(secret);
    // The audit page lists the new actions in its filter.
    const admin = await webLogin(fx.srv.base, fx.keys.admin);
    const page = await (await fetch(`${fx.srv.base}/review/audit?action=login_failed`, { headers: { cookie: admin } })).text();
    expect(page).toContain('<option value="login_failed" selected>');
    for (const action of ['login', 'logout']) expect(page).toContain(`<option value="${action}">`);
  });

  it('writes nothing for a login the throttle refuses (429), which checks no key', async () => {
    let seq = await lastSeq();
    let status = 401;
    for (let i = 0; i < 25 && status === 401; i++) {
      seq = await lastSeq();
      status = (await login(`nrk_0123456789abcdef_${'U'.repeat(43)}`)).status;
    }
    expect(status).toBe(429);
    expect(await rowsSince(seq)).toEqual([]);
  });
});
