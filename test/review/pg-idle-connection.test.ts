// PostgreSQL ends an idle pooled connection (pg_terminate_backend, a restart, idle_session_timeout):
// pg's pool emits 'error' for it, which, unheard, was an uncaught exception that ended the whole
// service, scoring included. The service warns, naming the error, and the next request reconnects.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewStore } from '../../src/review/store/index.js';
import { createKey } from '../../src/review/keys.js';
import { hasPostgres, PG_SKIP_REASON, startPostgres, type TestPostgres } from './helpers/pg.js';
import { startServerProcess, type ServerProcess } from '../service/server-process.js';

describe.skipIf(!hasPostgres())(`service on PostgreSQL${hasPostgres() ? '' : ` (${PG_SKIP_REASON})`}`, () => {
  let server: TestPostgres;
  let service: ServerProcess | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await service?.kill();
    server?.stop();
  });

  it('keeps running when PostgreSQL ends its idle connections, warns with the code, and reconnects', async () => {
    const url = await server.createDatabase();
    const store = await ReviewStore.open({ url });
    const { key } = await createKey(store.rdb, { name: 'Ani Analis', role: 'analyst' }, 'test');
    await store.close();
    service = startServerProcess({ DATABASE_URL: url, NETRA_SCORE_WORKERS: '0' });
    const { port } = (await service.waitFor('listening')) as { port: number };
    const base = `http://127.0.0.1:${port}`;
    const list = () => fetch(`${base}/v1/review/items`, { headers: { authorization: `Bearer ${key}` } });
    expect((await list()).status).toBe(200);

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const { rows } = await admin.query('select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    await admin.end();
    expect(rows.length).toBeGreaterThan(0);

    const warning = await service.waitFor('review store: PostgreSQL ended an idle connection', 10_000);
    expect(warning.level).toBe(40);
    expect(String(warning.msg)).toMatch(/57P01: terminating connection due to administrator command/);
    expect(String(warning.msg)).not.toContain(url);
    expect(service.child.exitCode).toBeNull();
    // Scoring still answers, and the review queue connects anew.
    const scored = await fetch(`${base}/v1/score`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'ayo coblos 02' }) });
    expect(scored.status).toBe(200);
    expect((await list()).status).toBe(200);
    expect(service.lines().filter((l) => l.msg === 'uncaught exception')).toEqual([]);
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/^netra_review_store_errors_total\{code="57P01"\} [1-9]\d*$/m);
  }, 90_000);
});
