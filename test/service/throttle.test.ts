// The scoring routes throttle failed keys per client address as the review API does (the same
// FailedAuthThrottle): past the limit an address gets 429 with Retry-After, valid keys included, until
// its window ends; successes and requests without a key count nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FailedAuthThrottle } from '../../src/service/throttle.js';
import { expectProblem, postJson, startService, type TestService } from './helpers.js';

const KEY = 'scoring-key-0123456789abcdef';
const OLD = 'scoring-key-expired-0123456789';

describe('failed scoring keys are throttled per address', () => {
  let now = 1_000_000;
  let svc: TestService;
  beforeAll(async () => {
    const throttle = new FailedAuthThrottle({ limit: 3, windowMs: 60_000, now: () => now });
    svc = await startService({ config: { apiKeys: [KEY, { key: OLD, expiresAt: '2020-01-01T00:00:00Z' }] }, throttle });
  });
  afterAll(() => svc.close());

  const score = (headers: Record<string, string>, path = '/v1/score') => postJson(`${svc.url}${path}`, path.endsWith('batch') ? { items: [{ text: 'halo' }] } : { text: 'halo' }, headers);

  it('counts wrong and expired keys, not successes or missing keys; then answers 429 until the window ends', async () => {
    for (let i = 0; i < 5; i++) expect((await score({ authorization: `Bearer ${KEY}` })).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await score({})).status).toBe(401); // no key: nothing compared, nothing counted
    expect((await score({ authorization: 'Bearer wrong-key-0123456789abcdef' })).status).toBe(401);
    expect((await score({ 'x-api-key': OLD }, '/v1/score/batch')).status).toBe(401);
    expect((await score({ 'x-api-key': KEY })).status).toBe(200); // two failures: still under the limit
    expect((await score({ authorization: 'Bearer wrong-key-0123456789abcdef' }, '/v1/score/batch')).status).toBe(401);

    for (const path of ['/v1/score', '/v1/score/batch']) {
      const res = await score({ authorization: `Bearer ${KEY}` }, path); // a valid key too, as on the review API
      const p = await expectProblem(res, 429);
      expect(p.type).toBe('urn:netra:problem:too-many-requests');
      expect(p.detail).toBe('too many invalid API keys from this address; try again in 60 s');
      expect(res.headers.get('retry-after')).toBe('60');
    }
    now += 60_000;
    expect((await score({ authorization: `Bearer ${KEY}` })).status).toBe(200);
  });
});
