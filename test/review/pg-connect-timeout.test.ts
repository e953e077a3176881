// A DATABASE_URL whose listener accepts TCP and never answers (a wrong port behind a proxy, a hung
// server): the service start, `netra keys list` and `score --enqueue` hung forever, silently. They
// give up after NETRA_DB_CONNECT_TIMEOUT_MS, naming DATABASE_URL without its password, exit 1 as for
// a refused connection.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewConfig, ReviewConfigError } from '../../src/review/config.js';
import { startServerProcess, ROOT } from '../service/server-process.js';

const PASSWORD = 'rahasia-sandi-uji';

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string; ms: number }> {
  const start = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 30_000 }, (err, _stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stderr, ms: Date.now() - start });
    });
  });
}

describe('PostgreSQL that never answers', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let url = '';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-pg-silent-'));
  beforeAll(async () => {
    silent = createServer((s) => void sockets.push(s)); // accepts, reads, never writes
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    url = `postgres://netra:${PASSWORD}@127.0.0.1:${(silent.address() as AddressInfo).port}/antrean`;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  const env = () => ({ DATABASE_URL: url, NETRA_DB_CONNECT_TIMEOUT_MS: '500' });
  const expectNamed = (stderr: string) => {
    expect(stderr).toMatch(/cannot connect to PostgreSQL at postgres:\/\/127\.0\.0\.1:\d+\/antrean \(DATABASE_URL\): no answer within 0\.5 s \(NETRA_DB_CONNECT_TIMEOUT_MS\)/);
    expect(stderr).not.toContain(PASSWORD);
  };

  it('netra keys list gives up, naming DATABASE_URL without the password, exit 1', async () => {
    const r = await cli(['keys', 'list'], env());
    expect(r.code).toBe(1);
    expectNamed(r.stderr);
  }, 60_000);

  it('netra score --enqueue gives up the same way', async () => {
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, '{"text":"ayo coblos 02"}\n');
    const r = await cli(['score', '--input', input, '--output', path.join(dir, 'out.jsonl'), '--enqueue'], env());
    expect(r.code).toBe(1);
    expectNamed(r.stderr);
  }, 60_000);

  it('the service exits 1 at start-up, naming DATABASE_URL without the password', async () => {
    const service = startServerProcess({ ...env(), NETRA_SCORE_WORKERS: '0' });
    try {
      expect(await Promise.race([service.exited(), new Promise((r) => setTimeout(() => r('still running'), 30_000))])).toBe(1);
      expectNamed(service.stderr());
    } finally {
      await service.kill();
    }
  }, 60_000);

  it('NETRA_DB_CONNECT_TIMEOUT_MS is checked with the review settings (the service exits 2 on a bad one)', () => {
    expect(reviewConfig({}).connectTimeoutMs).toBe(10_000);
    expect(reviewConfig({ NETRA_DB_CONNECT_TIMEOUT_MS: '2500' }).connectTimeoutMs).toBe(2500);
    for (const bad of ['0', 'soon', '-1']) {
      expect(() => reviewConfig({ NETRA_DB_CONNECT_TIMEOUT_MS: bad }), bad).toThrow(ReviewConfigError);
      expect(() => reviewConfig({ NETRA_DB_CONNECT_TIMEOUT_MS: bad })).toThrow(/NETRA_DB_CONNECT_TIMEOUT_MS/);
    }
  });
});
