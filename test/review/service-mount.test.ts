// The review routers mounted in the service's createApp through `routers`: they bring their own
// role-based keys (auth: 'none' for the app's static NETRA_API_KEYS check), and nothing logs post text.
import { Writable } from 'node:stream';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/service/app.js';
import { DEFAULT_CONFIG } from '../../src/service/config.js';
import { createLogger } from '../../src/service/logging.js';
import { createScorer } from '../../src/pipeline/create.js';
import { openReview, type ReviewMount } from '../../src/review/mount.js';
import { createKey } from '../../src/review/keys.js';
import { sqliteKind } from './helpers/stores.js';
import { answerUntilClosed, firstReply } from '../service/helpers.js';
import { inviteBodiesWhenRead } from '../../src/service/read-body.js';
import { FORM_LIMIT_BYTES } from '../../src/review/web/form-body.js';
import { REVIEW_BODY_LIMIT } from '../../src/review/http/router.js';
import { listenLocal } from '../helpers/listen.js';

describe('review routers inside the service app', () => {
  const kind = sqliteKind();
  let review: ReviewMount;
  let server: Server;
  let base: string;
  let logs = '';
  beforeAll(async () => {
    const scorer = await createScorer();
    const { dataDir } = await kind.fresh();
    review = await openReview({ scorer, config: { dataDir: dataDir as string, retentionDays: 30, maxBatch: 10, maxTextLength: 10_000 } });
    const sink = new Writable({ write(chunk, _enc, cb) { logs += String(chunk); cb(); } });
    const config = { ...DEFAULT_CONFIG, apiKeys: ['static-scoring-key'], logLevel: 'debug' as const };
    const app = createApp({ scorer, config, logger: createLogger(config, sink), routers: review.routers });
    ({ server, base } = await listenLocal(app));
    inviteBodiesWhenRead(server); // as server.ts does
  }, 60_000);
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await review?.close();
    await kind.teardown();
  });

  it('authenticates with review keys only and never logs post text', async () => {
    const { key } = await createKey(review.store.rdb, { name: 'Sari', role: 'supervisor' }, 'test');
    const secretText = 'Ayo pilih nomor 3 kalimat-uji-log-unik';
    const post = await fetch(`${base}/v1/review/items`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ text: secretText }) });
    expect(post.status).toBe(201);
    const noKey = await fetch(`${base}/v1/review/items`);
    expect(noKey.status).toBe(401);
    const staticKey = await fetch(`${base}/v1/review/items`, { headers: { authorization: 'Bearer static-scoring-key' } });
    expect(staticKey.status).toBe(401);
    const login = await fetch(`${base}/review/login`);
    expect(login.status).toBe(200);
    expect(login.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(logs).not.toContain('kalimat-uji-log-unik');
    expect(logs).not.toContain(key);
  });

  it('answers the review API with X-Content-Type-Options: nosniff, errors included, as its pages', async () => {
    const { key } = await createKey(review.store.rdb, { name: 'Nina', role: 'analyst' }, 'test');
    const auth = { authorization: `Bearer ${key}` };
    const answers = [
      await fetch(`${base}/v1/review/items`, { headers: auth }),
      await fetch(`${base}/v1/review/items`),
      await fetch(`${base}/v1/review/items?levl=tinggi`, { headers: auth }),
      await fetch(`${base}/v1/review/items/00000000-0000-0000-0000-000000000000`, { headers: auth }),
      await fetch(`${base}/v1/review/keys`, { headers: auth }),
      await fetch(`${base}/v1/review/nope`, { headers: auth }),
      await fetch(`${base}/review/login`),
    ];
    expect(answers.map((r) => [r.status, r.headers.get('x-content-type-options')])).toEqual([200, 401, 400, 404, 403, 404, 200].map((s) => [s, 'nosniff']));
  });

  it('labels metrics with the mount path, not the spelling a request used (routing ignores case)', async () => {
    for (const path of ['/V1/ReView/items', '/v1/REVIEW/items', '/Review/login', '/v1/ReView/nothing-here']) await fetch(`${base}${path}`);
    const text = await (await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer static-scoring-key' } })).text();
    const routes = new Set([...text.matchAll(/route="([^"]*)"/g)].map((m) => m[1]));
    expect([...routes].filter((r) => /review/i.test(r) && r !== r.toLowerCase())).toEqual([]);
    expect(routes).toContain('/v1/review/items');
    expect(routes).toContain('/review/login');
  });

  it('describes every review API route in /openapi.json, with request schemas from the validators', async () => {
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    const api = review.routers.find((r) => r.path === '/v1/review')!;
    // Express 5 keeps each route on the router's stack: path and methods.
    const routes = (api.router as unknown as { stack: { route?: { path: string; methods: Record<string, boolean> } }[] }).stack
      .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => [m, layer.route!.path] as const) : []))
      .filter(([method]) => method !== '_all'); // the 405 answers for methods a path does not serve
    expect(routes.length).toBeGreaterThanOrEqual(14);
    for (const [method, path] of routes) {
      const documented = doc.paths[`/v1/review${path.replace(/:(\w+)/g, '{$1}')}`]?.[method];
      expect(documented, `${method.toUpperCase()} ${path}`).toBeDefined();
      expect(documented.security).toEqual([{ bearerKey: [] }, { apiKeyHeader: [] }]);
    }
    expect(doc.components.schemas.ReviewPost).toMatchObject({ type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1, maxLength: 10000 } } });
    expect(doc.components.schemas.ReviewDecision.properties.outcome.enum.length).toBeGreaterThan(1);
    expect(doc.paths['/v1/review/audit'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ReviewAuditPage' });
    expect(doc.components.schemas.ReviewAuditPage.properties.entries.items).toEqual({ $ref: '#/components/schemas/ReviewAuditEntry' });
    expect(doc.paths['/v1/review/audit'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['action', 'actor', 'item', 'since', 'until', 'cursor', 'limit']);
    expect(doc.tags.map((t: { name: string }) => t.name)).toContain('review');
    // a route's own 400 wins over the shared one; the others keep it
    expect(doc.paths['/v1/review/retention/purge'].post.responses['400'].description).toMatch(/retention is disabled/i);
    expect(doc.paths['/v1/review/items'].post.responses['400'].description).toMatch(/names the field/);
    expect(doc.paths['/v1/score']).toBeDefined(); // the service's own paths stay
  });

  it('answers Expect: 100-continue by the body limit of its route: 413 over it (connection closed), 100 Continue within it', async () => {
    const { key } = await createKey(review.store.rdb, { name: 'Adi', role: 'admin' }, 'test');
    // A page form is limited to 64 KB and the review API to 5 MB, not to the scoring routes' 1 MB.
    const form = (length: number) => `POST /review/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${length}\r\nExpect: 100-continue\r\n\r\n`;
    const api = (length: number) => `POST /v1/review/items HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nExpect: 100-continue\r\n\r\n`;
    for (const head of [form(FORM_LIMIT_BYTES + 1), api(REVIEW_BODY_LIMIT + 1)]) {
      const answer = await answerUntilClosed(base, head);
      expect(answer, head.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer.toLowerCase()).toContain('connection: close');
    }
    for (const head of [form(FORM_LIMIT_BYTES), api(DEFAULT_CONFIG.bodyLimitBytes + 1)]) expect(await firstReply(base, head), head.split('\r\n')[0]).toBe('HTTP/1.1 100 Continue\r\n\r\n');
  });
});
