// The whole service (createApp) with the review queue mounted on a fresh SQLite store, on a loopback
// port, with one key and the log lines kept: for tests of what the service around the review routers
// does (logs, metrics, warnings, the scoring workers).
import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../../src/service/app.js';
import { DEFAULT_CONFIG } from '../../../src/service/config.js';
import { createLogger } from '../../../src/service/logging.js';
import type { Metrics } from '../../../src/service/metrics.js';
import type { BatchPool } from '../../../src/service/batch-pool.js';
import { createScorer } from '../../../src/pipeline/create.js';
import { openReview, type ReviewMount } from '../../../src/review/mount.js';
import { createKey } from '../../../src/review/keys.js';
import type { Role } from '../../../src/review/roles.js';
import { sqliteKind } from './stores.js';
import { listenLocal } from '../../helpers/listen.js';

export interface ReviewServiceFixture {
  review: ReviewMount;
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** The one key, of `key.role`. */
  key: string;
  /** Every log line the service wrote (none below `logLevel`). */
  logs: string[];
}

export interface ReviewServiceOptions {
  key: { name: string; role: Role };
  logLevel?: 'info' | 'silent';
  maxBatch?: number;
  metrics?: Metrics;
  /** The service's scoring workers, also handed to the review routers. */
  pool?: BatchPool;
}

/** Registers beforeAll/afterAll that start and stop it; the returned object is filled in before the tests run. */
export function reviewService(options: ReviewServiceOptions): ReviewServiceFixture {
  const kind = sqliteKind();
  const fx = { logs: [] as string[] } as ReviewServiceFixture;
  let server: Server | undefined;
  beforeAll(async () => {
    const scorer = await createScorer();
    const { dataDir } = await kind.fresh();
    fx.review = await openReview({ scorer, pool: options.pool, config: { dataDir: dataDir as string, retentionDays: 30, maxBatch: options.maxBatch ?? 10, maxTextLength: 10_000 } });
    const config = { ...DEFAULT_CONFIG, apiKeys: [], logLevel: options.logLevel ?? 'silent' };
    const logger = createLogger(config, { write: (line: string) => void fx.logs.push(line) });
    const app = createApp({ scorer, config, logger, metrics: options.metrics, routers: fx.review.routers, batchPool: options.pool });
    let base: string;
    ({ server, base } = await listenLocal(app));
    fx.base = base;
    fx.key = (await createKey(fx.review.store.rdb, options.key, 'test')).key;
  }, 60_000);
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await fx.review?.close();
    await kind.teardown();
  });
  return fx;
}
