// A form sent from a page whose session's key was revoked meanwhile said "Sesi berakhir … Masuk lagi",
// which sends a supervisor back to a key that no longer works without telling them why. The answer
// says the key was revoked (or has expired), as the login form says of an expired key; so does the
// login form of a revoked key (told only once its secret matched, as "expired" is).
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { hiddenValue, itemHtml, postForm, postLogin, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { createKey, revokeKey } from '../../src/review/keys.js';

describeOnStores('a revoked or expired key at the page forms on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const h1 = (page: string) => /<h1>([^<]*)<\/h1>/.exec(page)?.[1];
  const refusal = (page: string) => /id="form-refused">([^<]*)/.exec(page)?.[1];

  /** A supervisor key logged in on an item's page: the key, its session cookie and a decision form to send. */
  const openItem = async (name: string) => {
    const made = await createKey(fx.store.rdb, { name, role: 'supervisor' }, 'test');
    const { item } = await fx.store.add({ text: `Ayo coblos nomor 2, ${name}` }, fakeResult(0.9), 'test');
    const cookie = await webLogin(fx.srv.base, made.key);
    const page = await itemHtml(fx.srv.base, cookie, item.id);
    const send = () => postForm(fx.srv.base, cookie, `/review/items/${item.id}/decision`, { _csrf: String(hiddenValue(page, '_csrf')), outcome: 'confirmed', reason: 'ajakan memilih', fromStatus: 'new', fromAssignee: '' });
    return { made, item, cookie, send };
  };

  it('says the key was revoked when a form is sent after the revocation; nothing is saved', async () => {
    const { made, item, send } = await openItem('Sari Dicabut');
    await revokeKey(fx.store.rdb, made.info.id, 'cli:admin');
    const res = await send();
    const page = await res.text();
    expect([res.status, h1(page)]).toEqual([401, 'Kunci API dicabut']);
    expect(refusal(page)).toMatch(/^Kunci API ini sudah dicabut; formulir tidak disimpan\. Minta kunci baru ke admin/);
    expect(page).toContain(`<a href="/review/login?next=${encodeURIComponent(`/review/items/${item.id}`)}">`);
    expect((await fx.store.record(item.id))?.decisions).toEqual([]);
  });

  it('says the key has expired when it expired since the login', async () => {
    const { made, send } = await openItem('Sari Kontrak');
    await fx.store.rdb.db.updateTable('api_keys').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', made.info.id).execute();
    const page = await (await send()).text();
    expect([h1(page), refusal(page)?.split(';')[0]]).toEqual(['Kunci API kedaluwarsa', 'Kunci API ini sudah kedaluwarsa']);
  });

  it('says the key was revoked at the login form a page opened after the revocation leads to', async () => {
    const { made, cookie, item } = await openItem('Sari Buka Halaman');
    await revokeKey(fx.store.rdb, made.info.id, 'cli:admin');
    const res = await fetch(`${fx.srv.base}/review/items/${item.id}`, { redirect: 'manual', headers: { cookie } });
    expect([res.status, res.headers.get('location')]).toEqual([303, `/review/login?next=${encodeURIComponent(`/review/items/${item.id}`)}`]);
    const login = await fetch(`${fx.srv.base}${res.headers.get('location')}`, { headers: { cookie } });
    expect(await login.text()).toContain('Kunci API ini sudah dicabut; minta kunci baru ke admin.');
    // A browser without that session's cookie is told nothing (the login page says nothing of other keys).
    expect(await (await fetch(`${fx.srv.base}/review/login`)).text()).not.toContain('dicabut');
  });

  it('still says "Sesi berakhir" for a session that ended with its key still valid', async () => {
    const { send } = await openItem('Sari Dua Belas Jam');
    await fx.store.rdb.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
    const page = await (await send()).text();
    expect([h1(page), refusal(page)?.split(';')[0]]).toEqual(['Sesi berakhir', 'Sesi berakhir']);
  });

  it('says so at the login form too, and a login replacing the revoked session writes no logout for it', async () => {
    const { made, cookie } = await openItem('Sari Masuk Lagi');
    await revokeKey(fx.store.rdb, made.info.id, 'cli:admin');
    expect(await (await postLogin(fx.srv.base, made.key)).text()).toContain('Kunci API ini sudah dicabut; minta kunci baru ke admin.');
    const before = await fx.store.auditLog({ action: 'logout' });
    const form = await fetch(`${fx.srv.base}/review/login`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    const other = await fetch(`${fx.srv.base}/review/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `netra_review_login=${csrf}; ${cookie}` },
      body: new URLSearchParams({ _csrf: csrf, key: fx.keys.supervisor }).toString(),
    });
    expect(other.status).toBe(303);
    // The revocation ended that session (its key_revoke says so): no second end is invented for it.
    expect((await fx.store.auditLog({ action: 'logout' })).entries).toEqual(before.entries);
  });
});
