// Keys the review API refuses are audited as `key_failed`, on both stores: the reason (unknown key,
// wrong secret, expired, revoked), the key id only when it names a stored key, the route as a template
// — never the secret, never the client's address. Rows are aggregated (one per key id and reason per
// minute, the rest counted into the next row), and a request the throttle refuses writes nothing, so
// failures cannot flood the append-only log.
import express from 'express';
import { expect, it } from 'vitest';
import { createReviewApiRouter } from '../../src/review/http/router.js';
import { FailedKeyAudit } from '../../src/review/http/failed-key-audit.js';
import { FailedAuthThrottle } from '../../src/service/throttle.js';
import { createKey, revokeKey } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { appOnStore } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('refused review keys are audited on $name', (kind) => {
  let now = 1_700_000_000_000;
  const fx = appOnStore(kind, (store) =>
    express().use('/v1/review', createReviewApiRouter({ store, scorer: { score: () => fakeResult(0.9) }, throttle: new FailedAuthThrottle({ limit: 7 }), failedKeyAudit: new FailedKeyAudit(store.rdb, { now: () => now }) })),
  );

  const rows = async () =>
    (await fx.store.rdb.db.selectFrom('audit').selectAll().where('action', '=', 'key_failed').orderBy('seq').execute()).map((r) => ({ itemId: r.item_id, actor: r.actor, after: JSON.parse(String(r.after)), at: r.at, raw: String(r.after) }));
  const other = (key: string) => `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;

  it('writes one row per key id and reason per minute, counting the rest into the next; 429s write nothing', async () => {
    const sari = await createKey(fx.store.rdb, { name: 'Sari', role: 'analyst' }, 'test');
    const lama = await createKey(fx.store.rdb, { name: 'Lama', role: 'analyst', expiresIn: '1h' }, 'test');
    const keluar = await createKey(fx.store.rdb, { name: 'Keluar', role: 'analyst' }, 'test');
    await revokeKey(fx.store.rdb, keluar.info.id, 'test');
    await fx.store.rdb.db.updateTable('api_keys').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', lama.info.id).execute();
    const made = `nrk_0123456789abcdef_${'x'.repeat(43)}`; // a key's form, an id no key has

    expect((await apiCall(fx.base, 'GET', '/v1/review/items', other(sari.key))).status).toBe(401);
    expect((await apiCall(fx.base, 'GET', '/v1/review/items/abc', other(sari.key))).status).toBe(401); // same key and reason, same minute
    expect((await apiCall(fx.base, 'POST', '/v1/review/items/abc/notes', lama.key, {})).status).toBe(401);
    expect((await apiCall(fx.base, 'DELETE', '/v1/review/keys/abc', keluar.key)).status).toBe(401);
    expect((await apiCall(fx.base, 'GET', '/v1/review/stats', made)).status).toBe(401);
    expect((await apiCall(fx.base, 'GET', '/v1/review/audit', 'not-a-key-at-all')).status).toBe(401); // unknown too, same bucket
    expect((await apiCall(fx.base, 'GET', '/v1/review/items')).status).toBe(401); // no key: no attempt, no row
    expect((await apiCall(fx.base, 'GET', '/v1/review/items', sari.key)).status).toBe(200);

    const first = await rows();
    const at = new Date(now).toISOString();
    expect(first.map(({ itemId, actor, after, at }) => ({ itemId, actor, after, at }))).toEqual([
      { itemId: null, actor: 'api:review', after: { key_id: sari.info.id, reason: 'wrong_secret', route: 'GET /items' }, at },
      { itemId: null, actor: 'api:review', after: { key_id: lama.info.id, reason: 'expired', route: 'POST /items/:id/notes' }, at },
      { itemId: null, actor: 'api:review', after: { key_id: keluar.info.id, reason: 'revoked', route: 'DELETE /keys/:id' }, at },
      { itemId: null, actor: 'api:review', after: { key_id: null, reason: 'unknown_key', route: 'GET /stats' }, at },
    ]);
    for (const r of first) {
      for (const secretPart of [sari.key, lama.key, keluar.key, made].map((k) => k.slice(21))) expect(r.raw).not.toContain(secretPart);
      expect(r.raw).not.toMatch(/127\.0\.0\.1|::1|0123456789abcdef/);
    }

    // An admin finds them in the log by action.
    const admin = await createKey(fx.store.rdb, { name: 'Adi', role: 'admin' }, 'test');
    const log = await apiCall(fx.base, 'GET', '/v1/review/audit?action=key_failed', admin.key);
    expect(log.json.entries.map((e: { after: { reason: string } }) => e.after.reason)).toEqual(['unknown_key', 'revoked', 'expired', 'wrong_secret']);

    // A minute later the next failure of that key and reason is written, with the one held back.
    now += 60_000;
    expect((await apiCall(fx.base, 'GET', '/v1/review/export?format=csv', other(sari.key))).status).toBe(401);
    expect((await rows()).at(-1)?.after).toEqual({ key_id: sari.info.id, reason: 'wrong_secret', route: 'GET /export', unrecorded_before: 1 });

    // Past the throttle's limit (7 refusals of Sari's key from this address: 3 so far; the others' refusals
    // count against their own keys or, unknown, the address alone): 429, and nothing written.
    now += 60_000;
    for (let i = 0; i < 4; i++) expect((await apiCall(fx.base, 'GET', '/v1/review/items', other(sari.key))).status).toBe(401);
    const before = (await rows()).length;
    for (let i = 0; i < 3; i++) expect((await apiCall(fx.base, 'GET', '/v1/review/items', other(sari.key))).status).toBe(429);
    expect(await rows()).toHaveLength(before);
  });
});
