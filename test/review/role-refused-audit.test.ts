// A valid key refused for its role (403: an analyst asking for the export) is audited as `role_refused`:
// the key's actor and id, the role the route needs and the route's template, never the body or the URL.
// Rows are aggregated as `key_failed` rows are (one per key and route role per minute, the rest counted
// into the next), so probing cannot flood the append-only log.
import express from 'express';
import { expect, it } from 'vitest';
import { createReviewApiRouter } from '../../src/review/http/router.js';
import { FailedKeyAudit } from '../../src/review/http/failed-key-audit.js';
import { FailedAuthThrottle } from '../../src/service/throttle.js';
import { createKey } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { appOnStore } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('refused roles are audited on $name', (kind) => {
  let now = 1_700_000_000_000;
  let audit: FailedKeyAudit;
  const fx = appOnStore(kind, (store) => {
    audit = new FailedKeyAudit(store.rdb, { now: () => now });
    return express().use('/v1/review', createReviewApiRouter({ store, scorer: { score: () => fakeResult(0.9) }, throttle: new FailedAuthThrottle(), failedKeyAudit: audit }));
  });

  const rows = async () =>
    (await fx.store.rdb.db.selectFrom('audit').selectAll().where('action', '=', 'role_refused').orderBy('seq').execute()).map((r) => ({ itemId: r.item_id, actor: r.actor, after: JSON.parse(String(r.after)), raw: String(r.after) }));

  it('writes who, which key, the role needed and the route; aggregated per minute', async () => {
    const sari = await createKey(fx.store.rdb, { name: 'Sari', role: 'analyst' }, 'test');
    const actor = `Sari#${sari.info.id}`;

    expect((await apiCall(fx.base, 'GET', '/v1/review/export?secret-filter=1', sari.key)).status).toBe(403);
    expect((await apiCall(fx.base, 'GET', '/v1/review/export', sari.key)).status).toBe(403); // same key and role, same minute
    expect((await apiCall(fx.base, 'POST', '/v1/review/items/abc/decision', sari.key, { outcome: 'rahasia-isi-body' })).status).toBe(403);
    expect((await apiCall(fx.base, 'GET', '/v1/review/audit', sari.key)).status).toBe(403);
    expect((await apiCall(fx.base, 'GET', '/v1/review/items', sari.key)).status).toBe(200); // allowed: no row

    const first = await rows();
    expect(first.map(({ itemId, actor, after }) => ({ itemId, actor, after }))).toEqual([
      { itemId: null, actor, after: { key_id: sari.info.id, reason: 'needs_supervisor', route: 'GET /export' } },
      { itemId: null, actor, after: { key_id: sari.info.id, reason: 'needs_admin', route: 'GET /audit' } },
    ]);
    for (const r of first) expect(r.raw).not.toMatch(/secret-filter|rahasia|127\.0\.0\.1|::1/);

    // The next minute's first refusal carries the count held back.
    now += 60_000;
    expect((await apiCall(fx.base, 'GET', '/v1/review/export', sari.key)).status).toBe(403);
    expect((await rows()).slice(2).map((r) => r.after)).toEqual([{ key_id: sari.info.id, reason: 'needs_supervisor', route: 'GET /export', unrecorded_before: 2 }]);

    // Held counts are written by the periodic flush, as the key's actor.
    expect((await apiCall(fx.base, 'GET', '/v1/review/export', sari.key)).status).toBe(403);
    now += 60_000;
    await audit.flushEnded();
    expect((await rows()).slice(3).map(({ actor, after }) => ({ actor, after }))).toEqual([{ actor, after: { key_id: sari.info.id, reason: 'needs_supervisor', unrecorded: 1, cause: 'minute_ended' } }]);
  });
});
