// NETRA_SHUTDOWN_TIMEOUT_MS elapsing during a long POST /v1/review/items: the service logged `stopped`,
// then closed the worker pool on purpose, and each post waiting on a worker was logged as a worker
// failure ("scoring worker failed; scoring inline": the scoring pool is closed) and scored inline
// after the service said it had stopped. Now nothing more is scored and nothing false is logged.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/service/app.js';
import { DEFAULT_CONFIG } from '../../src/service/config.js';
import { createLogger } from '../../src/service/logging.js';
import { Health } from '../../src/service/health.js';
import { BatchPool } from '../../src/service/batch-pool.js';
import { createHttpServer } from '../../src/service/http-server.js';
import { gracefulShutdown, trackConnections } from '../../src/service/shutdown.js';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { openReview, type ReviewMount } from '../../src/review/mount.js';
import { createKey } from '../../src/review/keys.js';
import { mulberry32 } from '../../src/util/random.js';
import { sqliteKind } from './helpers/stores.js';

/** A post of ≈ 3,000 characters of made-up words: slow to stem, so a batch of them takes a while. */
function unseenPost(random: () => number): string {
  const words: string[] = [];
  for (let n = 0; n < 3000; ) {
    const w = Array.from({ length: 5 + Math.floor(random() * 6) }, () => 'abcdeghijklmnoprstuwy'[Math.floor(random() * 21)]).join('');
    words.push(w);
    n += w.length + 1;
  }
  return words.join(' ');
}

describe('a forced stop during a long review batch', () => {
  const kind = sqliteKind();
  let scorer: Scorer;
  let review: ReviewMount;
  let pool: BatchPool;
  let server: Server;
  let base: string;
  let key: string;
  const logs: string[] = [];
  let inlineScored = 0;
  let stopped = false;
  let scoredAfterStop = 0;

  beforeAll(async () => {
    scorer = await createScorer();
    pool = new BatchPool(2, { maxTextLength: 10_000 });
    expect(await pool.start(() => {})).toBe(true);
    const { dataDir } = await kind.fresh();
    const counting = {
      elections: scorer.elections,
      score: (input: Parameters<Scorer['score']>[0]) => {
        inlineScored++;
        if (stopped) scoredAfterStop++;
        return scorer.score(input);
      },
    };
    review = await openReview({ scorer: counting, pool, config: { dataDir: dataDir as string, retentionDays: 30, maxBatch: 500, maxTextLength: 10_000 } });
    ({ key } = await createKey(review.store.rdb, { name: 'Ani Analis', role: 'analyst' }, 'test'));
    const config = { ...DEFAULT_CONFIG, logLevel: 'info' as const };
    const app = createApp({ scorer, config, logger: createLogger(config, { write: (l: string) => void logs.push(l) }), health: new Health(), routers: review.routers, batchPool: pool });
    server = createHttpServer(app);
    trackConnections(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    server?.closeAllConnections();
    await pool?.close();
    await kind.teardown();
  });

  it('scores nothing after `stopped` and logs no worker failure for the pool closed on purpose', async () => {
    const random = mulberry32(7);
    const items = Array.from({ length: 120 }, () => ({ text: unseenPost(random) }));
    const sent = fetch(`${base}/v1/review/items`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ items }) }).then(
      (r) => r.status,
      () => 'connection closed',
    );
    // Wait until the batch is being scored, then stop as server.ts does: drain, forced after the timeout, then close.
    const original = pool.scorePost.bind(pool);
    let calls = 0;
    const started = new Promise<void>((resolve) => {
      pool.scorePost = (input) => {
        if (++calls === 4) resolve();
        return original(input);
      };
    });
    await started;
    const logger = createLogger({ ...DEFAULT_CONFIG, logLevel: 'info' }, { write: (l: string) => void logs.push(l) });
    const { forced } = await gracefulShutdown(server, { health: new Health(), logger, timeoutMs: 50 });
    expect(forced).toBe(true);
    stopped = true;
    const callsAtStop = calls;
    await Promise.allSettled([review.close(), pool.close()]);
    expect(await sent).toBe('connection closed');
    await new Promise((r) => setTimeout(r, 1000)); // what would still be scored would be by now
    expect(logs.filter((l) => l.includes('scoring worker failed'))).toEqual([]);
    expect(scoredAfterStop).toBe(0);
    expect(calls).toBe(callsAtStop);
    expect(inlineScored).toBe(0); // every post of the batch was long: none was scored inline
  }, 60_000);
});
