// A key revoked while a script uses it (an ingest job, a supervisor's export script): the API said
// "the API key is not valid", as for a typo, while an expired key is told "expired" and the login form
// says "Kunci API ini sudah dicabut". The key's holder could not tell a revoked key from a mistyped
// one. Told only for a key whose secret matched, as expiry is: a wrong secret behind a revoked key's id
// is still only "not valid".
import { expect, it } from 'vitest';
import { createKey, revokeKey } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('a key revoked mid-use on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));

  it('is refused with 401 "revoked" on its next request; a wrong secret for it stays "not valid"', async () => {
    const { key, info } = await createKey(fx.store.rdb, { name: 'Skrip Ekspor', role: 'supervisor' }, 'test');
    expect((await apiCall(fx.srv.base, 'GET', '/v1/review/items', key)).status).toBe(200);
    await revokeKey(fx.store.rdb, info.id, 'Adi#k1');
    const res = await apiCall(fx.srv.base, 'GET', '/v1/review/export', key);
    expect(res.status).toBe(401);
    expect(res.json.detail).toBe('the API key has been revoked; ask an admin for a new one');
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="netra-review", error="invalid_token"');
    const wrong = await apiCall(fx.srv.base, 'GET', '/v1/review/items', `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`);
    expect([wrong.status, wrong.json.detail]).toEqual([401, 'the API key is not valid']);
    // Nothing was exported.
    expect((await fx.store.auditLog({ action: 'export' })).entries).toEqual([]);
  });
});
