// POST /v1/review/items sends long posts to the service's workers; a worker's failure relays its
// error's message, which can quote the post (Node's JSON.parse quotes the text it stops at). The
// route scores the post inline and logs the failure as /v1/score does: by name, never by message.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/service/app.js';
import { DEFAULT_CONFIG } from '../../src/service/config.js';
import { createLogger } from '../../src/service/logging.js';
import type { BatchPool } from '../../src/service/batch-pool.js';
import { LONG_POST } from '../../src/service/routes/score.js';
import { createScorer } from '../../src/pipeline/create.js';
import { openReview, type ReviewMount } from '../../src/review/mount.js';
import { createKey } from '../../src/review/keys.js';
import { sqliteKind } from './helpers/stores.js';
import { listenLocal } from '../helpers/listen.js';

const SECRET = 'rahasia-isi-postingan';
const failure = (): Promise<never> => Promise.reject(new Error(`scoring worker 1 failed: Unexpected token 'a', "ayo coblos ${SECRET}" is not valid JSON`));
/** A pool that is ready and fails every request: the route then scores inline. */
const failingPool = { ready: true, threads: 2, activeThreads: 2, score: failure, scoreOne: failure, scorePost: failure, close: async () => {} } as unknown as BatchPool;

describe("a scoring worker's failure on POST /v1/review/items", () => {
  const kind = sqliteKind();
  const logs: string[] = [];
  let review: ReviewMount;
  let server: Server;
  let base: string;
  let key: string;

  beforeAll(async () => {
    const scorer = await createScorer();
    const { dataDir } = await kind.fresh();
    review = await openReview({ scorer, pool: failingPool, config: { dataDir: dataDir as string, retentionDays: 30, maxBatch: 100, maxTextLength: 10_000 } });
    const config = { ...DEFAULT_CONFIG, logLevel: 'info' as const };
    const logger = createLogger(config, { write: (line: string) => void logs.push(line) });
    const app = createApp({ scorer, config, logger, routers: review.routers, batchPool: failingPool });
    ({ server, base } = await listenLocal(app));
    ({ key } = await createKey(review.store.rdb, { name: 'Ani Analis', role: 'analyst' }, 'test'));
  }, 60_000);
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await review?.close();
    await kind.teardown();
  });

  it('is logged by name and the pool’s words, without the message; the post is still scored and stored', async () => {
    const text = `ayo coblos ${SECRET} `.repeat(Math.ceil((LONG_POST + 1) / 30));
    expect(text.length).toBeGreaterThan(LONG_POST);
    const res = await fetch(`${base}/v1/review/items`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ text }) });
    expect(res.status).toBe(201);
    const warnings = logs.filter((l) => /worker/.test(l));
    expect(warnings.map((l) => JSON.parse(l).msg)).toEqual(['scoring worker failed; scoring inline']);
    expect(JSON.parse(warnings[0]).err).toMatchObject({ name: 'Error', worker: 'scoring worker 1 failed' });
    expect(logs.join('\n')).not.toContain(SECRET);
  });
});
