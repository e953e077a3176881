// Failed-key throttling: the counter itself on a fake clock, and the review API refusing an address
// with 429 + Retry-After once it has presented too many unknown keys — but not a valid stored key
// (throttle-shared-address.test.ts: colleagues behind one NAT address).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import type { Server } from 'node:http';
import { FailedAuthThrottle } from '../../src/service/throttle.js';
import { createReviewApiRouter } from '../../src/review/http/router.js';
import { createReviewWebRouter } from '../../src/review/web/router.js';
import { createKey } from '../../src/review/keys.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { listenLocal } from '../helpers/listen.js';

describe('FailedAuthThrottle', () => {
  it('blocks an address after the limit until its window ends, and only that address', () => {
    let now = 1_000_000;
    const t = new FailedAuthThrottle({ limit: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 2; i++) t.fail('a');
    expect(t.retryAfter('a')).toBe(0);
    t.fail('a');
    expect(t.retryAfter('a')).toBe(60);
    expect(t.retryAfter('b')).toBe(0);
    now += 30_500;
    expect(t.retryAfter('a')).toBe(30);
    now += 30_000;
    expect(t.retryAfter('a')).toBe(0);
    t.fail('a'); // a new window starts from one
    expect(t.retryAfter('a')).toBe(0);
  });

  it('forgets the oldest address beyond its capacity', () => {
    const t = new FailedAuthThrottle({ limit: 1, maxClients: 2 });
    t.fail('a');
    t.fail('b');
    t.fail('c');
    expect(t.retryAfter('a')).toBe(0);
    expect(t.retryAfter('b')).toBeGreaterThan(0);
    expect(t.retryAfter('c')).toBeGreaterThan(0);
  });

  it('stays within its capacity however many addresses fail, and still counts each one', () => {
    const t = new FailedAuthThrottle({ limit: 2, maxClients: 100 });
    const address = (i: number) => `10.0.${i >> 8}.${i & 255}`;
    for (let i = 0; i < 5_000; i++) {
      t.fail(address(i));
      expect(t.remembered).toBeLessThanOrEqual(100);
    }
    for (let i = 5_000 - 50; i < 5_000; i++) {
      expect(t.retryAfter(address(i))).toBe(0); // one failure each, under the limit
      t.fail(address(i));
      expect(t.retryAfter(address(i))).toBeGreaterThan(0); // the second is counted with the first
    }
  });

  // FIFO eviction forgot an address by when it first failed, even one still being refused.
  it('keeps a blocked address that keeps trying while other addresses come and go', () => {
    const t = new FailedAuthThrottle({ limit: 1, maxClients: 4 });
    t.fail('bad');
    for (let i = 0; i < 100; i++) {
      t.fail(`other-${i}`);
      expect(t.retryAfter('bad')).toBeGreaterThan(0);
    }
  });

  it('verifies at most `limit` keys of a burst sent at once, and other addresses meanwhile', async () => {
    const t = new FailedAuthThrottle({ limit: 3 });
    let verified = 0;
    const wrong = async () => {
      verified++;
      await new Promise((r) => setTimeout(r, 2));
      return undefined;
    };
    const burst = await Promise.all(Array.from({ length: 50 }, () => t.attempt('a', wrong)));
    expect(verified).toBe(3);
    expect(burst.filter((r) => r.retryAfter > 0)).toHaveLength(47);
    expect(await t.attempt('b', async () => 'ok')).toEqual({ retryAfter: 0, result: 'ok' });
    const valid = await Promise.all(Array.from({ length: 50 }, () => t.attempt('c', async () => 'ok')));
    expect(valid.every((r) => r.result === 'ok')).toBe(true); // valid keys are never refused for coming at once
  });
});

describe('review API with a throttle', () => {
  const kind = sqliteKind();
  let store: ReviewStore;
  let server: Server;
  let base: string;
  let validKey: string;

  beforeAll(async () => {
    store = await kind.open();
    validKey = (await createKey(store.rdb, { name: 'Ani Analis', role: 'analyst' }, 'test')).key;
    const app = express();
    const throttle = new FailedAuthThrottle({ limit: 3 });
    app.use('/v1/review', createReviewApiRouter({ store, scorer: await createScorer(), throttle }));
    app.use('/review', createReviewWebRouter({ store, throttle }));
    ({ server, base } = await listenLocal(app));
  }, 60_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
    await kind.teardown();
  });

  const stats = (key: string) => fetch(`${base}/v1/review/stats`, { headers: { authorization: `Bearer ${key}` } });

  it('answers 401 for unknown keys, then 429 with Retry-After for every unknown key from that address', async () => {
    expect((await stats(validKey)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await stats(`wrong-key-${i}-0123456789abcdef`)).status).toBe(401);
    const blocked = await stats(`wrong-key-3-0123456789abcdef`);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await blocked.json()).type).toBe('urn:netra:problem:too-many-requests');
    expect((await stats(`wrong-key-4-0123456789abcdef`)).status).toBe(429);
    // A valid stored key from that address still works: the refusals counted named no stored key.
    expect((await stats(validKey)).status).toBe(200);
  });

  // Runs after the test above, which used up the limit for 127.0.0.1.
  it('refuses the login form from that address too (one counter for API and web)', async () => {
    const page = await fetch(`${base}/review/login`);
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0];
    const csrf = cookie.split('=')[1];
    const login = await fetch(`${base}/review/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: `_csrf=${encodeURIComponent(csrf)}&key=${encodeURIComponent('wrong-key-5-0123456789abcdef')}`,
      redirect: 'manual',
    });
    expect(login.status).toBe(429);
    expect(Number(login.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await login.text()).toMatch(/Terlalu banyak percobaan gagal/);
  });
});
