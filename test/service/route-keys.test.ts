// Keys for anything that reads posts or decides: every route the running service serves (its own and
// the review queue's, read from the routers themselves, so a route added later is checked too) refuses
// a request without a key or session, but for the few that are open on purpose (docs/security.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from 'express';
import { openReview, type ReviewMount } from '../../src/review/mount.js';
import { loadScorer, startService, type TestService } from './helpers.js';
import { sqliteKind } from '../review/helpers/stores.js';

/** Open on purpose: the probes and the OpenAPI document (the service), the login form and the page's own script and style. */
const OPEN = ['GET /healthz', 'GET /readyz', 'GET /openapi.json', 'GET /review/static/:file', 'GET /review/login', 'POST /review/login'];

const kind = sqliteKind();
let svc: TestService;
let review: ReviewMount;

beforeAll(async () => {
  const { dataDir } = await kind.fresh();
  review = await openReview({ scorer: await loadScorer(), config: { dataDir: dataDir as string, retentionDays: 0, maxBatch: 10, maxTextLength: 10_000 } });
  svc = await startService({ config: { apiKeys: ['route-keys-test-key-0123456789'] }, routers: review.routers });
});
afterAll(async () => {
  await svc.close();
  await review.close();
  await kind.teardown();
});

type Layer = { route?: { path: string | string[]; methods: Record<string, boolean> }; slash?: boolean; handle?: { stack?: Layer[] } };

/**
 * `METHOD /path` of every route a router serves, and of the routers it mounts at its root (the service's
 * own routers; the review queue's, mounted at a path, are read from review.routers), but the 405s
 * answering other methods (`all`, `options`).
 */
function routesOf(router: { stack: Layer[] }, base = ''): string[] {
  return router.stack.flatMap((l): string[] => {
    if (!l.route) return l.slash && l.handle?.stack ? routesOf({ stack: l.handle.stack }, base) : [];
    if (Object.keys(l.route.methods).length > 3) return []; // a 405 for every other method (router.all)
    const methods = Object.keys(l.route.methods).filter((m) => m !== '_all' && m !== 'options' && m !== 'head');
    return [l.route.path].flat().flatMap((p) => methods.map((m) => `${m.toUpperCase()} ${base}${p}`));
  });
}

const request = (route: string): Promise<Response> => {
  const [method, path] = route.split(' ');
  const url = svc.url + path.replace(/:\w+/g, 'x0');
  const type = path.startsWith('/review') ? 'application/x-www-form-urlencoded' : 'application/json'; // a page's form, or a JSON body
  return fetch(url, { method, redirect: 'manual', ...(method === 'POST' || method === 'DELETE' ? { headers: { 'content-type': type }, body: type === 'application/json' ? '{}' : '' } : {}) });
};

describe('every route needs a key or a session', () => {
  it('finds the routes it checks: the service, the review API and the review pages', () => {
    const all = [...routesOf((svc.app as unknown as { router: { stack: Layer[] } }).router), ...review.routers.flatMap((r) => routesOf(r.router as Router & { stack: Layer[] }, r.path))];
    expect(all).toEqual(expect.arrayContaining(['POST /v1/score', 'GET /metrics', 'DELETE /v1/review/items/:id', 'GET /v1/review/audit', 'GET /review/export', 'POST /review/items/:id/decision', ...OPEN]));
    expect(all.length).toBeGreaterThan(35);
  });

  it('refuses each one without: 401 on the API, the login page (303) or 401 on the pages', async () => {
    const answers: [string, number, string][] = [];
    const mounted = review.routers.flatMap((r) => routesOf(r.router as Router & { stack: Layer[] }, r.path));
    for (const route of [...routesOf((svc.app as unknown as { router: { stack: Layer[] } }).router), ...mounted]) {
      if (OPEN.includes(route)) continue;
      const res = await request(route);
      answers.push([route, res.status, res.headers.get('location')?.replace(/\?.*/, '') ?? '']);
    }
    const refused = (route: string, status: number, location: string): boolean => {
      if (!route.includes(' /review')) return status === 401;
      // A page asks for the login; a form sent without a session is refused (nothing done). A form's
      // action URL opened as a page only sends the browser to the page the form is on, which asks in turn.
      return status === 401 || (status === 303 && (location === '/review/login' || /^\/review(\/items\/x0)?$/.test(location)));
    };
    expect(answers.filter(([route, status, location]) => !refused(route, status, location))).toEqual([]);
  });
});
