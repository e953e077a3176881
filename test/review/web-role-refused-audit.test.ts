// A logged-in session refused a page or form for its role (403: an analyst opening the audit log or
// posting a decision) is audited as the API's refusals are: `role_refused`, the key's actor and id, the
// role needed and the page's route template, never the body or the query; aggregated per minute.
import express from 'express';
import { expect, it } from 'vitest';
import { createReviewWebRouter } from '../../src/review/web/router.js';
import { FailedKeyAudit } from '../../src/review/http/failed-key-audit.js';
import { createKey } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { appOnStore } from './helpers/app.js';
import { hiddenValue, postForm, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('pages refused for the role are audited on $name', (kind) => {
  let now = 1_700_000_000_000;
  let audit: FailedKeyAudit;
  const fx = appOnStore(kind, (store) => {
    audit = new FailedKeyAudit(store.rdb, { now: () => now });
    return express().use('/review', createReviewWebRouter({ store, roleAudit: audit }));
  });

  const rows = async () =>
    (await fx.store.rdb.db.selectFrom('audit').selectAll().where('action', '=', 'role_refused').orderBy('seq').execute()).map((r) => ({ itemId: r.item_id, actor: r.actor, after: JSON.parse(String(r.after)), raw: String(r.after) }));

  it('writes who, which key, the role needed and the page route; aggregated per minute', async () => {
    const sari = await createKey(fx.store.rdb, { name: 'Sari', role: 'analyst' }, 'test');
    const actor = `Sari#${sari.info.id}`;
    const id = (await fx.store.add({ text: 'Ayo coblos nomor 2', source: 'web-test', externalId: 'rr-1', author: 'uji' }, fakeResult(0.9), 'setup')).item.id;
    const cookie = await webLogin(fx.base, sari.key);
    const csrf = hiddenValue(await (await fetch(`${fx.base}/review/items/${id}`, { headers: { cookie } })).text(), '_csrf') ?? '';
    const get = (path: string) => fetch(fx.base + path, { headers: { cookie }, redirect: 'manual' });

    expect((await get('/review/export?format=csv&secret-filter=1')).status).toBe(403);
    expect((await get('/review/export')).status).toBe(403); // same key and role, same minute
    expect((await postForm(fx.base, cookie, `/review/items/${id}/decision`, { _csrf: csrf, outcome: 'confirmed', reason: 'rahasia-isi-body' })).status).toBe(403);
    expect((await postForm(fx.base, cookie, `/review/items/${id}/assign`, { _csrf: csrf, assignee: 'x' })).status).toBe(403);
    expect((await get('/review/audit?actor=rahasia')).status).toBe(403);
    expect((await get(`/review/items/${id}`)).status).toBe(200); // allowed: no row

    const first = await rows();
    expect(first.map(({ itemId, actor, after }) => ({ itemId, actor, after }))).toEqual([
      { itemId: null, actor, after: { key_id: sari.info.id, reason: 'needs_supervisor', route: 'GET /review/export' } },
      { itemId: null, actor, after: { key_id: sari.info.id, reason: 'needs_admin', route: 'GET /review/audit' } },
    ]);
    for (const r of first) expect(r.raw).not.toMatch(/secret-filter|rahasia|format=|127\.0\.0\.1|::1/);

    // The next minute's first refusal carries the count held back (the second export, the decision, the assignment).
    now += 60_000;
    expect((await postForm(fx.base, cookie, `/review/items/${id}/decision`, { _csrf: csrf, outcome: 'dismissed', reason: 'x' })).status).toBe(403);
    expect((await rows()).slice(2).map((r) => r.after)).toEqual([{ key_id: sari.info.id, reason: 'needs_supervisor', route: 'POST /review/items/:id/decision', unrecorded_before: 3 }]);
    expect(JSON.stringify(await rows())).not.toContain(id);
  });
});
