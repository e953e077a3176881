// Every review route that reads a JSON body answers 415 for another Content-Type and 413 over its
// 5 MB limit (the scoring routes' own parser); the served /openapi.json must list both answers, as it
// does for /v1/score, or a client generated from it has no case for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'express';
import { reviewOpenApi } from '../../src/review/http/openapi.js';
import { startService, type TestService } from './helpers.js';

let svc: TestService;

beforeAll(async () => {
  svc = await startService({ routers: [{ path: '/v1/review', router: Router(), openapi: reviewOpenApi() }] });
}, 60_000);
afterAll(() => svc?.close());

describe('review routes with a body in /openapi.json', () => {
  it('list 413 and 415 problems', async () => {
    const doc = await (await fetch(`${svc.url}/openapi.json`)).json();
    const withBody = Object.entries(doc.paths as Record<string, Record<string, { requestBody?: unknown; responses: Record<string, { content?: Record<string, unknown> }> }>>)
      .filter(([path]) => path.startsWith('/v1/review/'))
      .flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.requestBody).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as const));
    expect(withBody.length).toBeGreaterThanOrEqual(5);
    for (const [what, op] of withBody) {
      for (const status of ['413', '415']) expect(op.responses[status]?.content?.['application/problem+json'], `${what} ${status}`).toBeDefined();
    }
    expect(doc.paths['/v1/review/items'].post.responses['413'].description).toContain('5242880');
  });
});
