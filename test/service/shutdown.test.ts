// Graceful shutdown: in-flight requests finish, new connections are refused, readiness drops, and the
// real server process exits 0 on SIGTERM after answering a request that was still being received.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect, createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectProblem, holdingRouter, startService, type TestService } from './helpers.js';
import { ROOT, startServerProcess } from './server-process.js';
import { gracefulShutdown } from '../../src/service/shutdown.js';


let svc: TestService | undefined;
afterEach(async () => {
  await svc?.close();
  svc = undefined;
});

describe('gracefulShutdown', () => {
  it('stops readiness, refuses new connections and lets the in-flight request finish', async () => {
    const hold = holdingRouter();
    svc = await startService({ routers: [{ path: '/t', router: hold.router, auth: 'none' }] });
    const inFlight = fetch(`${svc.url}/t/hold`);
    await hold.inside;
    const done = gracefulShutdown(svc.server, { health: svc.health, logger: svc.logger, timeoutMs: 5000 });
    expect(svc.health.ready).toBe(false);
    await expect(fetch(`${svc.url}/healthz`)).rejects.toThrow();
    hold.release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });
    expect((await done).forced).toBe(false);
  });

  it('sends Connection: close on the response to a request already in flight when draining began', async () => {
    const hold = holdingRouter();
    svc = await startService({ routers: [{ path: '/t', router: hold.router, auth: 'none' }] });
    // A plain keep-alive request, so the header is what the server chose, not what the client asked for.
    const inFlight = new Promise<{ connection: string | undefined; closed: Promise<void> }>((resolve, reject) => {
      const req = request(`${svc!.url}/t/hold`, { agent: new Agent({ keepAlive: true }) }, (res) => {
        res.resume();
        const closed = new Promise<void>((r) => req.socket!.once('close', () => r()));
        resolve({ connection: res.headers.connection, closed });
      });
      req.on('error', reject);
      req.end();
    });
    await hold.inside;
    const done = gracefulShutdown(svc.server, { health: svc.health, logger: svc.logger, timeoutMs: 5000 });
    hold.release();
    const res = await inFlight;
    expect(res.connection).toBe('close');
    await res.closed; // the server ends the connection after that response instead of keeping it idle
    expect((await done).forced).toBe(false);
  });

  it('keeps connections alive while not draining', async () => {
    svc = await startService();
    const res = await fetch(`${svc.url}/healthz`);
    expect(res.headers.get('connection')).toBe('keep-alive');
  });

  it('closes what is left when the timeout expires', async () => {
    const hold = holdingRouter();
    svc = await startService({ routers: [{ path: '/t', router: hold.router, auth: 'none' }] });
    const inFlight = fetch(`${svc.url}/t/hold`).then(
      () => 'answered',
      () => 'connection closed',
    );
    await hold.inside;
    const result = await gracefulShutdown(svc.server, { health: svc.health, logger: svc.logger, timeoutMs: 100 });
    expect(result.forced).toBe(true);
    expect(await inFlight).toBe('connection closed');
    hold.release();
  });

  it('answers /readyz with 503 while draining and reports it in /metrics', async () => {
    svc = await startService();
    svc.health.startDraining();
    const res = await fetch(`${svc.url}/readyz`);
    const p = await expectProblem(res, 503);
    expect(p.detail).toMatch(/shutting down/);
    expect(res.headers.get('connection')).toBe('close');
    expect(await (await fetch(`${svc.url}/metrics`)).text()).toMatch(/^netra_ready 0$/m);
  });
});

describe('server process', () => {
  const startServer = startServerProcess;

  const exited = (child: ChildProcess): Promise<number | null> =>
    child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', (code) => r(code)));

  it('finishes a request still being received when SIGTERM arrives, closes connections that sent none, then exits 0', async () => {
    const server = startServer({});
    try {
      const started = await server.waitFor('scorer ready');
      expect(started.backend).toEqual(expect.any(String));
      const { port } = (await server.waitFor('listening')) as { port: number };
      // A pre-opened connection that has sent no request: Node waits for its headers, so it held
      // shutdown until the timeout (exit 1) unless the server closes it.
      const unused = connect(port, '127.0.0.1');
      unused.on('error', () => {});
      const unusedClosed = new Promise<void>((r) => unused.once('close', () => r()));
      const body = JSON.stringify({ text: 'ayo coblos 02', id: 'in-flight' });
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/v1/score', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
          let data = '';
          res.on('data', (d) => (data += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
        });
        req.on('error', reject);
        req.write(body.slice(0, 10));
        setTimeout(() => {
          server.child.kill('SIGTERM');
          server.waitFor('shutting down').then(() => req.end(body.slice(10)), reject);
        }, 200);
      });
      const res = await response;
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ id: 'in-flight', label: 'ajakan' });
      await unusedClosed;
      expect(await exited(server.child)).toBe(0);
      expect(server.lines().find((l) => l.msg === 'stopped')).toMatchObject({ forced: false });
      expect(server.stderr()).not.toMatch(/Error/);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 60_000);

  it('drains and stops when `npm start` itself gets SIGTERM (the signal reaches the server)', async () => {
    const server = startServer({ NETRA_SCORE_WORKERS: '0' }, ['npm', ['start', '--silent']]);
    try {
      await server.waitFor('listening');
      server.child.kill('SIGTERM'); // the npm process, not the server
      // drained, not cut short at the timeout: the server itself got the signal, with nothing in flight
      expect(await server.waitFor('stopped', 15_000)).toMatchObject({ forced: false });
      await exited(server.child);
      expect(server.stderr()).not.toMatch(/Error/);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 60_000);

  it('warns at start-up that scoring is open when no API keys are set, naming where it listens; not with keys', async () => {
    for (const keys of ['', 'kunci-uji-0123456789abcdef']) {
      const server = startServer({ NETRA_SCORE_WORKERS: '0', NETRA_API_KEYS: keys });
      try {
        const { port } = (await server.waitFor('listening')) as { port: number };
        const open = server.lines().filter((l) => String(l.msg).startsWith('scoring is open'));
        if (keys) expect(open).toEqual([]);
        else {
          expect(open).toEqual([expect.objectContaining({ level: 40, host: '127.0.0.1', port })]);
          expect(open[0].msg).toMatch(/NETRA_API_KEYS/);
        }
      } finally {
        server.child.kill('SIGKILL');
        await exited(server.child);
      }
    }
  }, 60_000);

  it('refuses a bad configuration with exit code 2, naming the variable', async () => {
    const server = startServer({ PORT: 'eighty', NETRA_MAX_BATCH_ITEMS: '0', NETRA_API_KEYS: 'alpha-key-0123456789,kunci-dinas-rahasia-é' });
    expect(await exited(server.child)).toBe(2);
    expect(server.stderr()).toMatch(/NETRA_API_KEYS: key 2 has a character other than ASCII/);
    expect(server.stderr()).not.toContain('kunci');
    expect(server.stderr()).toMatch(/PORT: must be a whole number/);
    expect(server.stderr()).toMatch(/NETRA_MAX_BATCH_ITEMS: must be at least 1/);
    // The review queue's settings are checked as early, with the same exit code (was 1 after the model loaded).
    // Every bad setting is named at once, the service's and the review queue's, DATABASE_URL included.
    const review = startServer({ PORT: 'abc', NETRA_RETENTION_DAYS: 'soon', NETRA_REVIEW_MAX_BATCH: '0', DATABASE_URL: 'mysql://x', NETRA_API_KEYS: 'short' });
    expect(await exited(review.child)).toBe(2);
    for (const name of ['PORT', 'NETRA_RETENTION_DAYS: must be a whole number', 'NETRA_REVIEW_MAX_BATCH', 'DATABASE_URL', 'NETRA_API_KEYS']) expect(review.stderr()).toContain(name);
    const twice = startServer({ NETRA_MAX_TEXT_LENGTH: 'abc' }); // read by the service and the review queue: named once
    expect(await exited(twice.child)).toBe(2);
    expect(twice.stderr().match(/NETRA_MAX_TEXT_LENGTH/g)).toHaveLength(1);
    // A file where the review store's directory should be failed after the model loaded (exit 1, unnamed).
    for (const dataDir of ['package.json', 'package.json/var']) {
      const file = startServer({ NETRA_DATA_DIR: dataDir, DATABASE_URL: '' });
      expect(await exited(file.child), dataDir).toBe(2);
      expect(file.stderr()).toContain(`NETRA_DATA_DIR: ${path.join(ROOT, 'package.json')} is not a directory`);
    }
    expect(review.lines().some((l) => String(l.msg).startsWith('scorer ready'))).toBe(false);
  }, 45_000);

  it('exits 2 naming HOST when it cannot listen there, and naming PORT when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-listen-'));
    const env = { NETRA_DATA_DIR: dataDir, NETRA_SCORE_WORKERS: '0' };
    // A name that does not resolve (ENOTFOUND; EAI_AGAIN where no resolver answers), an address of no
    // interface here (TEST-NET-1: EADDRNOTAVAIL), a port in use.
    const servers = [
      startServer({ ...env, HOST: '999.1.1.1' }),
      startServer({ ...env, HOST: '192.0.2.1' }),
      startServer({ ...env, PORT: String((taken.address() as AddressInfo).port) }),
    ];
    try {
      const [unresolvedCode, ...codes] = await Promise.all(servers.map((s) => exited(s.child)));
      expect(codes).toEqual([2, 2]);
      const [unresolved, foreign, inUse] = servers.map((s) => s.stderr());
      // Without a DNS answer the lookup fails for now (EAI_AGAIN): a failure (1), not bad configuration.
      if (unresolvedCode === 1) expect(unresolved).toMatch(/^netra service: cannot listen: HOST: "999\.1\.1\.1" could not be resolved right now \(EAI_AGAIN/m);
      else {
        expect(unresolvedCode).toBe(2);
        expect(unresolved).toMatch(/^netra service: invalid configuration: HOST: cannot listen on "999\.1\.1\.1" \((ENOTFOUND|EAI_NONAME|EAI_FAIL)/m);
      }
      expect(foreign).toMatch(/^netra service: invalid configuration: HOST: cannot listen on "192\.0\.2\.1" \(EADDRNOTAVAIL/m);
      expect(inUse).toMatch(/^netra service: invalid configuration: PORT: \d+ is already in use on "127\.0\.0\.1"$/m);
      expect(`${unresolved}${foreign}`).not.toContain('PORT');
    } finally {
      for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
      taken.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
