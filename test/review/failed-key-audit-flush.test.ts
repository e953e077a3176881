// Refused keys are audited aggregated (one row per key id and reason per minute, the rest counted
// into the next row), so failures held back when the service stops would be lost: closing the review
// mount (the service's graceful shutdown, after draining) writes them first, on both stores, for the
// API's `key_failed` and the login form's `login_failed` alike.
import express from 'express';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { openReview } from '../../src/review/mount.js';
import { createKey } from '../../src/review/keys.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from './helpers/stores.js';
import { apiCall, postLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { listenLocal } from '../helpers/listen.js';

describeOnStores('refused keys held back are written when the review mount closes on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());
  afterEach(() => vi.useRealTimers());

  it('writes one row per key id and reason with the failures not yet written, then closes the store', async () => {
    // One minute throughout: every failure after the first of its key id and reason is held back.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
    const where = await kind.fresh();
    const config = { databaseUrl: where.url || undefined, dataDir: where.dataDir ?? '', retentionDays: 30, maxBatch: 10, maxTextLength: 1000 };
    const review = await openReview({ scorer: { score: () => fakeResult(0.9) }, config });
    const app = express();
    for (const { path, router } of review.routers) app.use(path, router);
    const { server, base } = await listenLocal(app);
    const sari = await createKey(review.store.rdb, { name: 'Sari', role: 'analyst' }, 'test');
    const wrong = `${sari.key.slice(0, -1)}${sari.key.endsWith('A') ? 'B' : 'A'}`;
    const login = async (key: string) => (await postLogin(base, key)).status;
    for (let i = 0; i < 3; i++) expect((await apiCall(base, 'GET', '/v1/review/items', wrong)).status).toBe(401);
    for (let i = 0; i < 4; i++) expect(await login(`nrk_${String(i).padStart(16, '0')}_${'x'.repeat(43)}`)).toBe(401);
    await new Promise((r) => server.close(r));
    await review.close();

    const reopened = await ReviewStore.open(where);
    try {
      const rows = (await reopened.rdb.db.selectFrom('audit').selectAll().where('action', 'in', ['key_failed', 'login_failed']).orderBy('seq').execute()).map((r) => ({ actor: r.actor, action: r.action, after: JSON.parse(String(r.after)) }));
      expect(rows).toEqual([
        { actor: 'api:review', action: 'key_failed', after: { key_id: sari.info.id, reason: 'wrong_secret', route: 'GET /items' } },
        { actor: 'web:login', action: 'login_failed', after: { key_id: null, reason: 'unknown_key' } },
        { actor: 'api:review', action: 'key_failed', after: { key_id: sari.info.id, reason: 'wrong_secret', unrecorded: 2, cause: 'shutdown' } },
        { actor: 'web:login', action: 'login_failed', after: { key_id: null, reason: 'unknown_key', unrecorded: 3, cause: 'shutdown' } },
      ]);
    } finally {
      await reopened.close();
    }
  });
});
