// A review store failure (a read-only or full database, a connection refused) was logged as
// {"err":{"name":"SqliteError","frames":[…]}}: nothing an operator could act on. The log line now
// carries the error's code, and its message when that cannot quote request data, and /metrics counts
// the store's errors by code.
import { describe, expect, it } from 'vitest';
import { reviewService } from './helpers/service.js';
import { Metrics } from '../../src/service/metrics.js';
import { loggedError } from '../../src/service/error-log.js';
import { sql } from '../../src/review/db/kysely.js';
import { postLogin } from './helpers/http.js';

describe('review store errors in the log and /metrics', () => {
  const svc = reviewService({ key: { name: 'Sari', role: 'supervisor' }, logLevel: 'info', metrics: new Metrics() });

  it('logs a failed write with its code and message, never the post, and counts it by code', async () => {
    await sql`PRAGMA query_only = ON`.execute(svc.review.store.rdb.db); // every write now fails: SQLITE_READONLY
    try {
      const headers = { authorization: `Bearer ${svc.key}`, 'content-type': 'application/json' };
      const api = await fetch(`${svc.base}/v1/review/items`, { method: 'POST', headers, body: JSON.stringify({ text: 'Ayo pilih nomor 3 kalimat-uji-galat-unik' }) });
      expect(api.status).toBe(500);
      // The login page stores a session: on the page routes the failure is an HTML page, logged the same way.
      const login = await postLogin(svc.base, svc.key);
      expect(login.status).toBe(500);
    } finally {
      await sql`PRAGMA query_only = OFF`.execute(svc.review.store.rdb.db);
    }
    const errors = svc.logs.map((l) => JSON.parse(l) as { msg: string; err?: Record<string, unknown> }).filter((l) => l.msg === 'unhandled error');
    const pageErrors = svc.logs.map((l) => JSON.parse(l) as { msg: string; err?: Record<string, unknown> }).filter((l) => l.msg === 'review page error');
    expect([...errors, ...pageErrors]).toHaveLength(2);
    for (const e of [...errors, ...pageErrors]) expect(e.err).toMatchObject({ name: 'SqliteError', code: 'SQLITE_READONLY', message: 'attempt to write a readonly database' });
    expect(svc.logs.join('\n')).not.toContain('kalimat-uji-galat-unik');
    const metrics = await (await fetch(`${svc.base}/metrics`)).text();
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
