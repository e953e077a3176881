// API-key auth (NETRA_API_KEYS): scoring, the catalog (/v1/model, /v1/elections) and /metrics need a
// key when keys are configured (metrics unless NETRA_METRICS_OPEN); probes and the OpenAPI document
// stay open; extra routers default to "key always required".
import { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerUntilClosed, expectProblem, postJson, startService, type TestService } from './helpers.js';
import { ApiKeys, presentedKey } from '../../src/service/auth.js';

const KEY_A = 'test-key-aaaaaaaaaaaaaaaa';
const KEY_B = 'test-key-bbbbbbbbbbbbbbbb';

let secured: TestService;
let open: TestService;
let metricsOpen: TestService;

function reviewRouter(): Router {
  const r = Router();
  r.get('/items', (_req, res) => {
    res.json({ items: [] });
  });
  return r;
}

beforeAll(async () => {
  secured = await startService({ config: { apiKeys: [KEY_A, KEY_B] }, routers: [{ path: '/v1/review', router: reviewRouter() }] });
  open = await startService({ routers: [{ path: '/v1/review', router: reviewRouter() }, { path: '/v1/public', router: reviewRouter(), auth: 'none' }] });
  metricsOpen = await startService({ config: { apiKeys: [KEY_A], metricsOpen: true } });
});
afterAll(async () => {
  await secured.close();
  await open.close();
  await metricsOpen.close();
});

describe('with NETRA_API_KEYS configured', () => {
  it('refuses scoring without a key (401, WWW-Authenticate)', async () => {
    for (const path of ['/v1/score', '/v1/score/batch']) {
      const res = await postJson(`${secured.url}${path}`, { text: 'ayo coblos 02' });
      const p = await expectProblem(res, 401);
      expect(p.type).toBe('urn:netra:problem:unauthorized');
      expect(p.detail).toMatch(/API key is required/);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="netra"');
    }
  });

  it('refuses a wrong key, a key prefix and a malformed Authorization header', async () => {
    const attempts: Record<string, string>[] = [{ authorization: 'Bearer wrong-key-wrong-key-x' }, { 'x-api-key': KEY_A.slice(0, -1) }, { authorization: `Basic ${KEY_A}` }, { authorization: `Bearer ${KEY_A}x` }];
    for (const headers of attempts) {
      const res = await postJson(`${secured.url}/v1/score`, { text: 'halo' }, headers);
      const p = await expectProblem(res, 401);
      expect(p.detail).toMatch(/not valid|Bearer scheme/);
      // a key given and wrong is RFC 6750's invalid_token; a Basic header gives no bearer key at all
      expect(res.headers.get('www-authenticate')).toBe(/not valid/.test(p.detail ?? '') ? 'Bearer realm="netra", error="invalid_token"' : 'Bearer realm="netra"');
    }
  });

  it('names an Authorization header that is not "Bearer KEY" instead of asking for a key as if none was sent', async () => {
    const scheme = 'Authorization header must use the Bearer scheme: "Authorization: Bearer KEY"';
    const oneKey = 'Authorization header must hold one key after "Bearer": "Authorization: Bearer KEY"';
    const cases: [string, string][] = [[KEY_A, scheme], [`Basic ${KEY_A}`, scheme], [`Token ${KEY_A}`, scheme], ['Bearer', oneKey], [`Bearer ${KEY_A} ${KEY_B}`, oneKey]];
    for (const [authorization, detail] of cases) {
      const res = await postJson(`${secured.url}/v1/score`, { text: 'halo' }, { authorization });
      const p = await expectProblem(res, 401);
      expect(p.detail, authorization).toBe(detail);
      expect(p.errors).toEqual([{ field: '(header) Authorization', message: detail }]);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="netra"');
    }
    // an X-API-Key beside it is still read
    expect((await postJson(`${secured.url}/v1/score`, { text: 'halo' }, { authorization: 'Basic x', 'x-api-key': KEY_A })).status).toBe(200);
  });

  it('checks the key before reading the body', async () => {
    const res = await fetch(`${secured.url}/v1/score`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    // a body read first would be refused as 415 (not JSON): the missing key is named instead
    const p = await expectProblem(res, 401);
    expect([p.type, p.detail]).toEqual(['urn:netra:problem:unauthorized', expect.stringMatching(/API key is required/)]);
  });

  it('closes the connection after a 401 instead of reading the rest of the upload', async () => {
    // Node would read and drop the body to keep the connection: a client without a key could stream on and on.
    const answer = await answerUntilClosed(secured.url, 'POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{"text":"');
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer.toLowerCase()).toContain('connection: close');
  });

  it('scores with a valid key as Bearer token or X-API-Key, for every configured key', async () => {
    const a = await postJson(`${secured.url}/v1/score`, { text: 'ayo coblos 02' }, { authorization: `Bearer ${KEY_A}` });
    expect(a.status).toBe(200);
    expect((await a.json()).label).toBe('ajakan');
    const b = await postJson(`${secured.url}/v1/score/batch`, { items: [{ text: 'halo' }] }, { 'x-api-key': KEY_B });
    expect(b.status).toBe(200);
    expect((await b.json()).results).toHaveLength(1);
    const lower = await postJson(`${secured.url}/v1/score`, { text: 'halo' }, { authorization: `bearer ${KEY_B}` });
    expect(lower.status).toBe(200);
  });

  it('keeps the probes (for orchestrators) and the OpenAPI document (the contract, how to send a key) open', async () => {
    for (const path of ['/healthz', '/readyz', '/openapi.json']) {
      expect((await fetch(`${secured.url}${path}`)).status, path).toBe(200);
    }
  });

  it('asks for a scoring key on /v1/model and /v1/elections: they tell the thresholds and the configured elections', async () => {
    for (const path of ['/v1/model', '/v1/elections']) {
      for (const method of ['GET', 'HEAD']) {
        const missing = await fetch(`${secured.url}${path}`, { method });
        expect(missing.status, `${method} ${path}`).toBe(401);
        expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="netra"');
      }
      expect((await expectProblem(await fetch(`${secured.url}${path}`), 401)).detail).toMatch(/API key is required/);
      const wrong = await fetch(`${secured.url}${path}`, { headers: { authorization: 'Bearer wrong-key-wrong-key-x' } });
      expect((await expectProblem(wrong, 401)).detail).toMatch(/not valid/);
      for (const headers of [{ authorization: `Bearer ${KEY_A}` }, { 'x-api-key': KEY_B }] as Record<string, string>[]) {
        const ok = await fetch(`${secured.url}${path}`, { headers });
        expect(ok.status, path).toBe(200);
        expect(await ok.json()).toBeTypeOf('object');
      }
      // Other methods are still 405 with Allow, key or not.
      expect((await fetch(`${secured.url}${path}`, { method: 'POST' })).status).toBe(405);
    }
    // NETRA_METRICS_OPEN opens /metrics only.
    expect((await fetch(`${metricsOpen.url}/v1/model`)).status).toBe(401);
  });

  it('asks for a scoring key on /metrics: it reads what the service scored', async () => {
    const missing = await fetch(`${secured.url}/metrics`);
    expect((await expectProblem(missing, 401)).detail).toMatch(/API key is required/);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="netra"');
    const wrong = await fetch(`${secured.url}/metrics`, { headers: { authorization: 'Bearer wrong-key-wrong-key-x' } });
    expect((await expectProblem(wrong, 401)).detail).toMatch(/not valid/);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer realm="netra", error="invalid_token"');
    for (const headers of [{ authorization: `Bearer ${KEY_A}` }, { 'x-api-key': KEY_B }] as Record<string, string>[]) {
      const ok = await fetch(`${secured.url}/metrics`, { headers });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/^netra_ready 1$/m);
    }
    // Other methods are still 405 with Allow, key or not.
    expect((await fetch(`${secured.url}/metrics`, { method: 'POST' })).status).toBe(405);
  });

  it('leaves /metrics open with NETRA_METRICS_OPEN (a scraper on a private network), scoring still keyed', async () => {
    expect((await fetch(`${metricsOpen.url}/metrics`)).status).toBe(200);
    await expectProblem(await postJson(`${metricsOpen.url}/v1/score`, { text: 'halo' }), 401);
  });

  it('protects mounted routers by default', async () => {
    await expectProblem(await fetch(`${secured.url}/v1/review/items`), 401);
    const ok = await fetch(`${secured.url}/v1/review/items`, { headers: { authorization: `Bearer ${KEY_A}` } });
    expect(await ok.json()).toEqual({ items: [] });
  });

  it('never logs the key', async () => {
    await postJson(`${secured.url}/v1/score`, { text: 'halo' }, { authorization: `Bearer ${KEY_A}` });
    expect(secured.logs.join('')).not.toContain(KEY_A);
  });
});

describe('without keys', () => {
  it('leaves scoring open, and /metrics and the catalog with it', async () => {
    expect((await postJson(`${open.url}/v1/score`, { text: 'halo' })).status).toBe(200);
    for (const path of ['/metrics', '/v1/model', '/v1/elections']) expect((await fetch(`${open.url}${path}`)).status, path).toBe(200);
  });

  it('keeps routers that store posts closed (503) unless they opt out', async () => {
    const p = await expectProblem(await fetch(`${open.url}/v1/review/items`), 503);
    expect(p.detail).toMatch(/NETRA_API_KEYS/);
    expect((await fetch(`${open.url}/v1/public/items`)).status).toBe(200);
  });
});

describe('ApiKeys', () => {
  it('matches exact keys only, whatever their length', () => {
    const keys = new ApiKeys([KEY_A, KEY_B]);
    expect(keys.match(KEY_A)).toBe(0);
    expect(keys.match(KEY_B)).toBe(1);
    expect(keys.match('')).toBe(-1);
    expect(keys.match(KEY_A + KEY_A)).toBe(-1);
    expect(new ApiKeys([]).configured).toBe(false);
  });

  it('reads Bearer before X-API-Key', () => {
    const req = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] }) as never;
    expect(presentedKey(req({ authorization: 'Bearer abc', 'x-api-key': 'def' }))).toBe('abc');
    expect(presentedKey(req({ 'x-api-key': ' def ' }))).toBe('def');
    expect(presentedKey(req({}))).toBeUndefined();
  });
});
