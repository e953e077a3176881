// Refused keys are audited aggregated: a failure after the first of its key id and reason in a minute is
// only counted. Those counts must reach the audit log while the service runs, not only at a graceful
// shutdown, so a crash loses at most the last minutes' counts: the review mount writes the counts of
// every minute that has ended on a timer.
import express from 'express';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { openReview } from '../../src/review/mount.js';
import { createKey } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { apiCall, postLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { listenLocal } from '../helpers/listen.js';

describeOnStores('refused-key counts reach the audit log without a shutdown on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());
  afterEach(() => vi.useRealTimers());

  it('writes the counts held back once their minute has ended, while the mount stays open', async () => {
    vi.useFakeTimers({ toFake: ['Date'] }); // the audit's minutes; the flush timer runs on real time
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
    const where = await kind.fresh();
    const config = { databaseUrl: where.url || undefined, dataDir: where.dataDir ?? '', retentionDays: 30, maxBatch: 10, maxTextLength: 1000 };
    const review = await openReview({ scorer: { score: () => fakeResult(0.9) }, config, refusedKeyFlushMs: 20 });
    const app = express();
    for (const { path, router } of review.routers) app.use(path, router);
    const { server, base } = await listenLocal(app);
    try {
      const sari = await createKey(review.store.rdb, { name: 'Sari', role: 'analyst' }, 'test');
      const wrong = `${sari.key.slice(0, -1)}${sari.key.endsWith('A') ? 'B' : 'A'}`;
      for (let i = 0; i < 3; i++) expect((await apiCall(base, 'GET', '/v1/review/items', wrong)).status).toBe(401);
      for (let i = 0; i < 4; i++) expect((await postLogin(base, `nrk_${String(i).padStart(16, '0')}_${'x'.repeat(43)}`)).status).toBe(401);
      const rows = async () =>
        (await review.store.rdb.db.selectFrom('audit').selectAll().where('action', 'in', ['key_failed', 'login_failed']).orderBy('seq').execute()).map((r) => ({ actor: r.actor, after: JSON.parse(String(r.after)) }));
      // Still within the minute: only each first failure is written, the rest are held.
      expect(await rows()).toHaveLength(2);

      vi.setSystemTime(new Date('2026-03-01T08:01:01Z'));
      await vi.waitFor(async () => expect(await rows()).toHaveLength(4), { timeout: 20_000, interval: 50 });
      expect((await rows()).slice(2)).toEqual(
        expect.arrayContaining([
          { actor: 'api:review', after: { key_id: sari.info.id, reason: 'wrong_secret', unrecorded: 2, cause: 'minute_ended' } },
          { actor: 'web:login', after: { key_id: null, reason: 'unknown_key', unrecorded: 3, cause: 'minute_ended' } },
        ]),
      );

      // Written once: the next failure starts a new minute with a row of its own, carrying nothing.
      expect((await apiCall(base, 'GET', '/v1/review/items', wrong)).status).toBe(401);
      const after = await rows();
      expect(after).toHaveLength(5);
      expect(after[4]).toEqual({ actor: 'api:review', after: { key_id: sari.info.id, reason: 'wrong_secret', route: 'GET /items' } });
    } finally {
      await new Promise((r) => server.close(r));
      await review.close();
    }
  });
});
