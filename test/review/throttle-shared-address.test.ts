// One office behind one NAT address: a colleague's misconfigured client (made-up keys, a revoked key,
// a wrong secret) used to get the whole address refused (429), valid keys included, so everyone in the
// office was locked out of the API and the login form for 10 minutes. Refusals of a key naming no
// stored key count against the address (guessing stays throttled); those of a stored key count against
// the address and that key only, so colleagues with valid keys keep working.
import { expect, it } from 'vitest';
import express from 'express';
import { randomBytes } from 'node:crypto';
import { FailedAuthThrottle } from '../../src/service/throttle.js';
import { createReviewApiRouter } from '../../src/review/http/router.js';
import { createReviewWebRouter } from '../../src/review/web/router.js';
import { createKey, revokeKey } from '../../src/review/keys.js';
import { fakeResult } from './helpers/fixtures.js';
import { describeOnStores } from './helpers/stores.js';
import { appOnStore } from './helpers/app.js';
import { postLogin } from './helpers/http.js';

const LIMIT = 3;
/** A key of the key's form naming no stored key: what guessing sends. */
const madeUp = () => `nrk_${randomBytes(8).toString('hex')}_${randomBytes(32).toString('base64url')}`;

describeOnStores('the failed-key throttle behind one shared address on $name', (kind) => {
  const fx = appOnStore(kind, (store) => {
    const app = express();
    const throttle = new FailedAuthThrottle({ limit: LIMIT });
    app.use('/v1/review', createReviewApiRouter({ store, scorer: { score: () => fakeResult(0.9) }, throttle }));
    app.use('/review', createReviewWebRouter({ store, throttle }));
    return app;
  });
  const stats = (key: string) => fetch(`${fx.base}/v1/review/stats`, { headers: { authorization: `Bearer ${key}` } });
  const newKey = async (name: string) => (await createKey(fx.store.rdb, { name, role: 'supervisor' }, 'test')).key;

  it('throttles made-up keys from an address, while a colleague\'s valid key there keeps working (API and login)', async () => {
    const colleague = await newKey('Rekan Kantor');
    const other = await newKey('Rekan Lain');
    for (let i = 0; i < LIMIT; i++) expect((await stats(madeUp())).status).toBe(401);
    // Guessing stays throttled: every made-up key (each with its own id) from that address is refused now.
    for (let i = 0; i < 3; i++) expect((await stats(madeUp())).status).toBe(429);
    expect((await stats('not-a-key-at-all-0123456789')).status).toBe(429);
    expect((await postLogin(fx.base, madeUp())).status).toBe(429);
    // The colleagues' valid keys from the same address (it was 429 for them too).
    expect((await stats(colleague)).status).toBe(200);
    expect((await postLogin(fx.base, other)).status).toBe(303);
  });

  it('throttles a stored key presented with a wrong secret or after revocation, and only that key', async () => {
    const colleague = await newKey('Rekan Ketiga');
    const stuck = await newKey('Klien Lama');
    const stuckId = /^nrk_([0-9a-f]{16})_/.exec(stuck)![1];
    await revokeKey(fx.store.rdb, stuckId, 'test');
    for (let i = 0; i < LIMIT; i++) expect((await stats(stuck)).status).toBe(401);
    expect((await stats(stuck)).status).toBe(429);
    const target = await newKey('Sasaran');
    const wrongSecret = `${target.slice(0, 'nrk_'.length + 17)}${randomBytes(32).toString('base64url')}`;
    for (let i = 0; i < LIMIT; i++) expect((await stats(wrongSecret)).status).toBe(401);
    expect((await stats(wrongSecret)).status).toBe(429);
    expect((await stats(colleague)).status).toBe(200);
  });
});
