// What a readiness probe sees while the service drains, and what docs/service.md says it sees. The
// docs promised a 503 from /readyz during shutdown, but the listener closes as draining begins, so a
// probe on a new connection is refused: the docs now describe that (load balancers and Kubernetes
// count a refused probe as failed, so traffic stops either way).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { holdingRouter, startService, type TestService } from './helpers.js';
import { ROOT } from './server-process.js';
import { gracefulShutdown } from '../../src/service/shutdown.js';

const serviceDoc = readFileSync(path.join(ROOT, 'docs/service.md'), 'utf8');
const section = (heading: string): string => serviceDoc.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';

let svc: TestService | undefined;
afterEach(async () => {
  await svc?.close();
  svc = undefined;
});

describe('readiness while draining', () => {
  it('refuses a probe on a new connection while a request is still in flight', async () => {
    const { router, release, inside } = holdingRouter();
    svc = await startService({ routers: [{ path: '/t', router, auth: 'none' }] });
    const inFlight = fetch(`${svc.url}/t/hold`);
    await inside;
    const done = gracefulShutdown(svc.server, { health: svc.health, logger: svc.logger, timeoutMs: 5000 });
    await expect(fetch(`${svc.url}/readyz`)).rejects.toThrow(); // connection refused, not a 503
    release();
    expect((await inFlight).status).toBe(200);
    expect((await done).forced).toBe(false);
  });

  it('is what docs/service.md describes: no 503 from /readyz promised during shutdown, a refused connection said', () => {
    const shutdown = section('Graceful shutdown');
    expect(shutdown).not.toMatch(/`\/readyz` answers 503/);
    expect(shutdown).toMatch(/connection refused/);
    const readyRow = serviceDoc.split('\n').find((l) => l.startsWith('| `GET /readyz`')) ?? '';
    expect(readyRow).not.toMatch(/503[^|]*while shutting down/);
    expect(readyRow).toMatch(/connection refused/);
  });
});
