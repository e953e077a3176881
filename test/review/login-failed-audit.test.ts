// Failed logins at the review page (`login_failed`) go into the append-only audit log the way keys the
// API refuses do (`key_failed`), on both stores: a key id only when it names a stored key (a made-up
// one is whatever the client typed), and at most one row per key id and reason per minute, the rest
// counted into the next row. The throttle bounds failures per address only: across many addresses,
// unaggregated rows (each an fsync on SQLite, never deleted) would have no bound.
import express from 'express';
import { expect, it } from 'vitest';
import { createReviewWebRouter } from '../../src/review/web/router.js';
import { loginFailedAudit } from '../../src/review/http/failed-key-audit.js';
import { FailedAuthThrottle } from '../../src/service/throttle.js';
import { createKey } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { appOnStore } from './helpers/app.js';
import { postLogin } from './helpers/http.js';

describeOnStores('failed logins are audited and aggregated on $name', (kind) => {
  let now = 1_700_000_000_000;
  // Many clients behind distinct addresses: this address alone is never throttled here.
  const fx = appOnStore(kind, (store) =>
    express().use('/review', createReviewWebRouter({ store, throttle: new FailedAuthThrottle({ limit: 1000 }), loginAudit: loginFailedAudit(store.rdb, { now: () => now }) })),
  );

  const rows = async () => (await fx.store.rdb.db.selectFrom('audit').selectAll().where('action', '=', 'login_failed').orderBy('seq').execute()).map((r) => ({ actor: r.actor, after: JSON.parse(String(r.after)), at: r.at }));
  const login = async (key: string) => (await postLogin(fx.base, key)).status;
  const madeUp = (i: number) => `nrk_${i.toString(16).padStart(16, '0')}_${'x'.repeat(43)}`;

  it('keeps no made-up key id, and writes one row per key id and reason per minute', async () => {
    const sari = await createKey(fx.store.rdb, { name: 'Sari', role: 'analyst' }, 'test');
    const wrong = `${sari.key.slice(0, -1)}${sari.key.endsWith('A') ? 'B' : 'A'}`;
    // 30 made-up ids (text of the client's choosing) and a malformed key: one row, key_id null.
    for (let i = 0; i < 30; i++) expect(await login(madeUp(i))).toBe(401);
    expect(await login('<script>kata-sandi-saya</script>')).toBe(401);
    expect(await login(wrong)).toBe(401);
    expect(await login(wrong)).toBe(401);
    const at = new Date(now).toISOString();
    expect(await rows()).toEqual([
      { actor: 'web:login', after: { key_id: null, reason: 'unknown_key' }, at },
      { actor: 'web:login', after: { key_id: sari.info.id, reason: 'wrong_secret' }, at },
    ]);
    const raw = JSON.stringify(await rows());
    expect(raw).not.toMatch(/0000000000000001|script|kata-sandi/);

    // A minute on, the next failure of a key and reason is written with those held back.
    now += 60_000;
    expect(await login(madeUp(99))).toBe(401);
    expect(await login(wrong)).toBe(401);
    expect((await rows()).slice(2).map((r) => r.after)).toEqual([
      { key_id: null, reason: 'unknown_key', unrecorded_before: 30 },
      { key_id: sari.info.id, reason: 'wrong_secret', unrecorded_before: 1 },
    ]);
  });
});
