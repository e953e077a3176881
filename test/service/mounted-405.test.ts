// A router mounted through createApp({ routers }) answers a wrong method with the same 405 as the
// scoring routes: its detail names the path the client asked for, not the path inside the router
// (a client sent PUT /v1/review/items, not PUT /items).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'express';
import { refuseOtherMethods } from '../../src/service/problem.js';
import { expectFullProblem, startService, type TestService } from './helpers.js';

let svc: TestService;

beforeAll(async () => {
  const router = Router();
  router.get('/things', (_req, res) => void res.json({ things: [] }));
  refuseOtherMethods(router, [['/things', 'GET, HEAD']]);
  svc = await startService({ routers: [{ path: '/v1/mounted', router, auth: 'none' }] });
}, 60_000);
afterAll(() => svc?.close());

describe('405 under a mounted router', () => {
  it('names the full path in the detail, as instance does', async () => {
    const res = await fetch(`${svc.url}/v1/mounted/things`, { method: 'PUT' });
    const p = await expectFullProblem(res, 405, '/v1/mounted/things');
    expect(p.detail).toBe('PUT is not allowed on /v1/mounted/things; use GET, HEAD');
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});
