// NETRA_TRUST_PROXY over real HTTP: the review queue's failed-key throttle counts the client a trusted
// proxy names in X-Forwarded-For, so behind a reverse proxy one client's wrong keys lock out only that
// client; untrusted, the header is ignored and the socket's address counts (no client picks its own).
import { afterAll, describe, expect, it } from 'vitest';
import { openReview, type ReviewMount } from '../../src/review/mount.js';
import type { ServiceConfig } from '../../src/service/config.js';
import { loadScorer, startService, type TestService } from '../service/helpers.js';
import { sqliteKind } from './helpers/stores.js';

const kind = sqliteKind();
const open: { review: ReviewMount; svc: TestService }[] = [];
afterAll(async () => {
  for (const { svc, review } of open) {
    await svc.close();
    await review.close();
  }
  await kind.teardown();
});

/** The service with the review queue mounted (its own throttle), trusting `trustProxy`. */
async function serviceTrusting(trustProxy: ServiceConfig['trustProxy']): Promise<string> {
  const { dataDir } = await kind.fresh();
  const review = await openReview({ scorer: await loadScorer(), config: { dataDir: dataDir as string, retentionDays: 0, maxBatch: 10, maxTextLength: 10_000 } });
  const svc = await startService({ config: { trustProxy }, routers: review.routers });
  open.push({ review, svc });
  return svc.url;
}

/** The status of a review API call with a wrong key, as forwarded for `client`. */
async function wrongKeyFrom(base: string, client: string): Promise<number> {
  const res = await fetch(`${base}/v1/review/stats`, { headers: { authorization: 'Bearer wrong-key-0123456789abcdef', 'x-forwarded-for': client } });
  return res.status;
}

const LIMIT = 20; // FailedAuthThrottle's default

describe('NETRA_TRUST_PROXY and the failed-key throttle', () => {
  it('through a trusted proxy, blocks the client that sent wrong keys and not another behind the same proxy', async () => {
    const base = await serviceTrusting(['loopback']);
    for (let i = 0; i < LIMIT; i++) expect(await wrongKeyFrom(base, '203.0.113.5')).toBe(401);
    expect(await wrongKeyFrom(base, '203.0.113.5')).toBe(429);
    expect(await wrongKeyFrom(base, '203.0.113.6')).toBe(401);
  }, 60_000);

  it('without it (the default), ignores X-Forwarded-For: a client cannot escape the block by naming another address', async () => {
    const base = await serviceTrusting(false);
    for (let i = 0; i < LIMIT; i++) expect(await wrongKeyFrom(base, `203.0.113.${i}`)).toBe(401);
    expect(await wrongKeyFrom(base, '198.51.100.1')).toBe(429);
  }, 60_000);
});
