// A review store failure (a read-only or full database, a connection refused) was logged as
// {"err":{"name":"SqliteError","frames":[…]}}: nothing an operator could act on. The log line now
// carries the error's code, and its message when that cannot quote request data, and /metrics counts
// the store's errors by code.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/service/app.js';
import { DEFAULT_CONFIG } from '../../src/service/config.js';
import { createLogger } from '../../src/service/logging.js';
import { Metrics } from '../../src/service/metrics.js';
import { loggedError } from '../../src/service/error-log.js';
import { createScorer } from '../../src/pipeline/create.js';
import { openReview, type ReviewMount } from '../../src/review/mount.js';
import { createKey } from '../../src/review/keys.js';
import { sql } from '../../src/review/db/kysely.js';
import { sqliteKind } from './helpers/stores.js';
import { listenLocal } from '../helpers/listen.js';
import { postLogin } from './helpers/http.js';

describe('review store errors in the log and /metrics', () => {
  const kind = sqliteKind();
  let review: ReviewMount;
  let server: Server;
  let base: string;
  let key: string;
  const logs: string[] = [];
  beforeAll(async () => {
    const scorer = await createScorer();
    const { dataDir } = await kind.fresh();
    review = await openReview({ scorer, config: { dataDir: dataDir as string, retentionDays: 30, maxBatch: 10, maxTextLength: 10_000 } });
    ({ key } = await createKey(review.store.rdb, { name: 'Sari', role: 'supervisor' }, 'test'));
    const config = { ...DEFAULT_CONFIG, logLevel: 'info' as const };
    const app = createApp({ scorer, config, logger: createLogger(config, { write: (l: string) => void logs.push(l) }), metrics: new Metrics(), routers: review.routers });
    ({ server, base } = await listenLocal(app));
  }, 60_000);
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await review?.close();
    await kind.teardown();
  });

  it('logs a failed write with its code and message, never the post, and counts it by code', async () => {
    await sql`PRAGMA query_only = ON`.execute(review.store.rdb.db); // every write now fails: SQLITE_READONLY
    try {
      const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
      const api = await fetch(`${base}/v1/review/items`, { method: 'POST', headers, body: JSON.stringify({ text: 'Ayo pilih nomor 3 kalimat-uji-galat-unik' }) });
      expect(api.status).toBe(500);
      // The login page stores a session: on the page routes the failure is an HTML page, logged the same way.
      const login = await postLogin(base, key);
      expect(login.status).toBe(500);
    } finally {
      await sql`PRAGMA query_only = OFF`.execute(review.store.rdb.db);
    }
    const errors = logs.map((l) => JSON.parse(l) as { msg: string; err?: Record<string, unknown> }).filter((l) => l.msg === 'unhandled error');
    const pageErrors = logs.map((l) => JSON.parse(l) as { msg: string; err?: Record<string, unknown> }).filter((l) => l.msg === 'review page error');
    expect([...errors, ...pageErrors]).toHaveLength(2);
    for (const e of [...errors, ...pageErrors]) expect(e.err).toMatchObject({ name: 'SqliteError', code: 'SQLITE_READONLY', message: 'attempt to write a readonly database' });
    expect(logs.join('\n')).not.toContain('kalimat-uji-galat-unik');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^netra_review_store_errors_total\{code="SQLITE_READONLY"\} 2$/m);
  });

  it('keeps the message of errors that can quote a value out of the log, the code in', () => {
    const pgData = Object.assign(new Error('invalid input syntax for type uuid: "rahasia"'), { name: 'error', code: '22P02', severity: 'ERROR' });
    expect(loggedError(pgData)).toMatchObject({ name: 'error', code: '22P02' });
    expect(loggedError(pgData).message).toBeUndefined();
    const pgGone = Object.assign(new Error('terminating connection due to administrator command'), { name: 'error', code: '57P01', severity: 'FATAL' });
    expect(loggedError(pgGone)).toMatchObject({ code: '57P01', message: 'terminating connection due to administrator command' });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' });
    expect(loggedError(refused)).toMatchObject({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' });
    const other = Object.assign(new TypeError('The "x" argument must be of type string. Received "rahasia"'), { code: 'ERR_INVALID_ARG_TYPE' });
    expect(loggedError(other)).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    expect(JSON.stringify(loggedError(other))).not.toContain('rahasia');
  });
});
