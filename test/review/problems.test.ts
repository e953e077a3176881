// Review API errors inside the service app, over real HTTP: the same problem+json members as the
// scoring routes (type, title, status, detail, errors, instance, requestId), fields named down to the
// batch item, and a malformed path parameter answered 400, never 500.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReview, type ReviewMount } from '../../src/review/mount.js';
import { createKey } from '../../src/review/keys.js';
import { answerUntilClosed, answerWhileSending, expectFullProblem, loadScorer, startService, type TestService } from '../service/helpers.js';
import { sqliteKind } from './helpers/stores.js';
import { webLogin } from './helpers/http.js';

const kind = sqliteKind();
let review: ReviewMount;
let svc: TestService;
let keys: { analyst: string; admin: string };

beforeAll(async () => {
  const { dataDir } = await kind.fresh();
  review = await openReview({ scorer: await loadScorer(), config: { dataDir: dataDir as string, retentionDays: 0, maxBatch: 10, maxTextLength: 10_000 } });
  svc = await startService({ routers: review.routers });
  keys = {
    analyst: (await createKey(review.store.rdb, { name: 'Ani', role: 'analyst' }, 'test')).key,
    admin: (await createKey(review.store.rdb, { name: 'Adi', role: 'admin' }, 'test')).key,
  };
}, 60_000);
afterAll(async () => {
  await svc?.close();
  await review?.close();
  await kind.teardown();
});

const call = (method: string, path: string, key?: string, body?: string, headers: Record<string, string> = {}) =>
  fetch(svc.url + path, {
    method,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body,
  });

/** Error-level log lines written since `from` (the service logs every 5xx at error level). */
const errorLogs = (from: number) => svc.logs.slice(from).filter((l) => JSON.parse(l).level >= 50);

describe('malformed path parameters', () => {
  const routes: [string, string, 'analyst' | 'admin'][] = [
    ['GET', '/v1/review/items/%ZZ', 'analyst'],
    ['GET', '/v1/review/items/%E0%A4%A/export', 'admin'],
    ['POST', '/v1/review/items/%ZZ/notes', 'analyst'],
    ['POST', '/v1/review/items/%ZZ/assign', 'admin'],
    ['POST', '/v1/review/items/abc%/decision', 'admin'],
    ['DELETE', '/v1/review/items/%ZZ', 'admin'],
    ['DELETE', '/v1/review/keys/%ZZ', 'admin'],
  ];
  for (const [method, path, role] of routes) {
    it(`${method} ${path} → 400 naming the id parameter, not 500`, async () => {
      const from = svc.logs.length;
      const body = method === 'POST' ? JSON.stringify({ text: 'catatan', outcome: 'dismissed' }) : undefined;
      const p = await expectFullProblem(await call(method, path, keys[role], body), 400, path);
      expect(p.type).toBe('urn:netra:problem:validation');
      expect(p.errors).toEqual([{ field: '(path) id', message: 'is not valid percent-encoding' }]);
      expect(errorLogs(from)).toEqual([]);
    });
  }

  it('still needs a key before saying anything about the path', async () => {
    const p = await expectFullProblem(await call('GET', '/v1/review/items/%ZZ'), 401);
    expect(p.errors).toEqual([{ field: '(header) Authorization', message: expect.any(String) }]);
  });
});

describe('problem members', () => {
  it('names the failing item of a batch (items[3].text) and stores nothing', async () => {
    const items = [{ text: 'Rapat dinas satu' }, { text: 'Rapat dinas dua' }, { text: 'Rapat dinas tiga' }, { text: '' }];
    const p = await expectFullProblem(await call('POST', '/v1/review/items', keys.analyst, JSON.stringify({ items })), 400, '/v1/review/items');
    expect(p.type).toBe('urn:netra:problem:validation');
    expect(p.errors).toEqual([{ field: 'items[3].text', message: 'must not be empty' }]);
    expect(p.detail).toBe('items[3].text: must not be empty');
    const list = await (await call('GET', '/v1/review/items', keys.analyst)).json();
    expect(list.items).toEqual([]);
  });

  it('names the field of a single post and of a query parameter', async () => {
    const single = await expectFullProblem(await call('POST', '/v1/review/items', keys.analyst, JSON.stringify({ text: 5 })), 400);
    expect(single.errors).toEqual([{ field: 'text', message: expect.any(String) }]);
    const query = await expectFullProblem(await call('GET', '/v1/review/items?level=merah', keys.analyst), 400, '/v1/review/items');
    expect(query.errors.map((e) => e.field)).toEqual(['level']);
  });

  it('names the election of the failing batch item (422)', async () => {
    const items = [{ text: 'Rapat dinas' }, { text: 'Ayo coblos', election: 'pilkada-atlantis-2099' }];
    const p = await expectFullProblem(await call('POST', '/v1/review/items', keys.analyst, JSON.stringify({ items })), 422);
    expect(p.type).toBe('urn:netra:problem:unknown-election');
    expect(p.errors).toEqual([{ field: 'items[1].election', message: expect.stringContaining('pilkada-atlantis-2099') }]);
  });

  it('gives 401, 403, 404 and unknown routes the same members as the scoring routes', async () => {
    const noKey = await expectFullProblem(await call('GET', '/v1/review/stats'), 401, '/v1/review/stats');
    expect(noKey.type).toBe('urn:netra:problem:unauthorized');
    const low = await expectFullProblem(await call('GET', '/v1/review/keys', keys.analyst), 403, '/v1/review/keys');
    expect(low.type).toBe('urn:netra:problem:forbidden');
    const missing = await expectFullProblem(await call('GET', '/v1/review/items/00000000-0000-0000-0000-000000000000', keys.analyst), 404);
    expect(missing.errors).toEqual([{ field: '(path) id', message: expect.any(String) }]);
    const route = await expectFullProblem(await call('GET', '/v1/review/nope', keys.analyst), 404, '/v1/review/nope');
    expect(route.errors).toEqual([]);
    const off = await expectFullProblem(await call('POST', '/v1/review/retention/purge', keys.admin), 400);
    expect(off.detail).toMatch(/retention is disabled/);
  });

  it('names an Authorization header that is not "Bearer KEY", as the scoring routes do', async () => {
    const cases: [string, string][] = [
      [keys.analyst, 'Authorization header must use the Bearer scheme: "Authorization: Bearer KEY"'],
      [`Basic ${keys.analyst}`, 'Authorization header must use the Bearer scheme: "Authorization: Bearer KEY"'],
      [`Bearer ${keys.analyst} ${keys.admin}`, 'Authorization header must hold one key after "Bearer": "Authorization: Bearer KEY"'],
    ];
    for (const [authorization, detail] of cases) {
      const res = await call('GET', '/v1/review/stats', undefined, undefined, { authorization });
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="netra-review"');
      const p = await expectFullProblem(res, 401, '/v1/review/stats');
      expect(p.detail).toBe(detail);
      expect(p.errors).toEqual([{ field: '(header) Authorization', message: detail }]);
    }
  });

  it('says each situation in the scoring routes\' words: no key, a wrong key, a body over the limit, an unknown path', async () => {
    const scoring = await startService({ config: { apiKeys: ['scoring-key-0123456789'], bodyLimitBytes: 1024 }, routers: review.routers });
    try {
      const at = (path: string, init: RequestInit = {}) => fetch(scoring.url + path, init).then(async (r) => [r.status, (await r.json()) as { detail: string; errors: unknown[] }] as const);
      const said = ([status, p]: readonly [number, { detail: string; errors: unknown[] }]) => [status, p.detail, p.errors];
      const post = (headers: Record<string, string> = {}, body = '{"text":"Rapat dinas"}') => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const required = 'an API key is required: send "Authorization: Bearer KEY" or "X-API-Key: KEY"';
      const auth = [401, required, [{ field: '(header) Authorization', message: required }]];
      expect(said(await at('/v1/score', post()))).toEqual(auth);
      expect(said(await at('/v1/review/items', post()))).toEqual(auth);
      const invalid = [401, 'the API key is not valid', [{ field: '(header) Authorization', message: 'the API key is not valid' }]];
      expect(said(await at('/v1/score', post({ 'x-api-key': 'nrk_0123456789abcdef_' + 'A'.repeat(43) })))).toEqual(invalid);
      expect(said(await at('/v1/review/items', post({ 'x-api-key': 'nrk_0123456789abcdef_' + 'A'.repeat(43) })))).toEqual(invalid);
      // A 413's detail is its field error, as a 400's is (`field: message`).
      const big = (limit: number) => [413, `(body): is larger than the limit of ${limit} bytes`, [{ field: '(body)', message: `is larger than the limit of ${limit} bytes` }]];
      expect(said(await at('/v1/score', post({ 'x-api-key': 'scoring-key-0123456789' }, JSON.stringify({ text: 'a'.repeat(2000) }))))).toEqual(big(1024));
      const review5mb = await answerWhileSending(`${scoring.url}/v1/review/items`, { 'content-type': 'application/json', authorization: `Bearer ${keys.analyst}` }, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
      const chunks: Buffer[] = [];
      for await (const c of review5mb) chunks.push(c as Buffer);
      const p = JSON.parse(Buffer.concat(chunks).toString());
      expect([review5mb.statusCode, p.detail, p.errors]).toEqual(big(5 * 1024 * 1024));
      review5mb.destroy();
      expect(said(await at('/v1/nope'))).toEqual([404, 'no route for GET /v1/nope', []]);
      expect(said(await at('/v1/review/nope', { headers: { authorization: `Bearer ${keys.analyst}` } }))).toEqual([404, 'no route for GET /v1/review/nope', []]);
    } finally {
      await scoring.close();
    }
  });

  it('refuses a page cursor that is not one a list hands out, Infinity and NaN among them (400 naming cursor)', async () => {
    const cursor = (v: string) => Buffer.from(v).toString('base64url');
    expect(cursor('[1e400,"x"]')).toBe('WzFlNDAwLCJ4Il0');
    for (const c of ['[1e400,"x"]', '[-1e400,"x"]', '[NaN,"x"]', '["0.5","x"]', '[0.5]', 'garbage']) {
      const p = await expectFullProblem(await call('GET', `/v1/review/items?cursor=${cursor(c)}`, keys.analyst), 400, '/v1/review/items');
      expect(p.errors, c).toEqual([{ field: 'cursor', message: 'is not valid' }]);
      const audit = await expectFullProblem(await call('GET', `/v1/review/audit?cursor=${cursor(c.replace('"x"', '"audit"'))}`, keys.admin), 400, '/v1/review/audit');
      expect(audit.errors, c).toEqual([{ field: 'cursor', message: 'is not valid' }]);
    }
    expect((await call('GET', `/v1/review/items?cursor=${cursor('[0.5,"x"]')}`, keys.analyst)).status).toBe(200);
  });

  it('says a batch whose items are not a list must be one, not that a post lacks its text', async () => {
    for (const items of [{}, 'x', null, 3]) {
      const p = await expectFullProblem(await call('POST', '/v1/review/items', keys.analyst, JSON.stringify({ items })), 400, '/v1/review/items');
      expect([p.detail, p.errors], JSON.stringify(items)).toEqual(['items: must be an array', [{ field: 'items', message: 'must be an array' }]]);
    }
  });

  it('answers a malformed or undecompressable body like the scoring routes', async () => {
    const json = await expectFullProblem(await call('POST', '/v1/review/items', keys.analyst, '{"text":'), 400, '/v1/review/items');
    expect(json.type).toBe('urn:netra:problem:invalid-json');
    expect(json.detail).toBe('body is not valid JSON (unexpected end of input at position 8)');
    const gzip = await expectFullProblem(await call('POST', '/v1/review/items', keys.analyst, '{"text":"x"}', { 'content-encoding': 'gzip' }), 400);
    expect(gzip.type).toBe('urn:netra:problem:invalid-json');
    const ok = await call('POST', '/v1/review/items', keys.analyst, gzipSync('{"text":"Rapat dinas gzip"}') as unknown as string, { 'content-encoding': 'gzip' });
    expect(ok.status).toBe(201);
  });
});

describe('methods and bodies', () => {
  it('answers a wrong method on a known review path 405 with Allow, an unknown path 404', async () => {
    const cases: [string, string, string][] = [
      ['PUT', '/v1/review/items', 'GET, HEAD, POST'],
      ['GET', '/v1/review/items/00000000-0000-0000-0000-000000000000/assign', 'POST'],
      ['PATCH', '/v1/review/items/abc', 'GET, HEAD, DELETE'],
      ['POST', '/v1/review/stats', 'GET, HEAD'],
      ['DELETE', '/v1/review/keys', 'GET, HEAD, POST'],
      ['GET', '/v1/review/retention/purge', 'POST'],
      ['DELETE', '/v1/review/audit', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await call(method, path, keys.admin);
      expect(res.headers.get('allow'), `${method} ${path}`).toBe(allow);
      const p = await expectFullProblem(res, 405, path);
      expect(p.type).toBe('urn:netra:problem:method-not-allowed');
    }
    await expectFullProblem(await call('GET', '/v1/review/nope', keys.admin), 404);
  });

  it('says a body that is not an object (null, an array, a string) must be one', async () => {
    for (const body of ['null', '[]', '"Ayo coblos"', '5']) {
      const p = await expectFullProblem(await call('POST', '/v1/review/items', keys.analyst, body), 400, '/v1/review/items');
      expect(p.errors, body).toEqual([{ field: '(body)', message: 'must be a JSON object' }]);
    }
    const note = await expectFullProblem(await call('POST', '/v1/review/items/x/notes', keys.analyst, 'null'), 400);
    expect(note.errors).toEqual([{ field: '(body)', message: 'must be a JSON object' }]);
  });
});

describe('page errors in the service', () => {
  it('answer bad paths, unknown pages and oversized forms on /review with HTML pages, not JSON', async () => {
    const cookie = await webLogin(svc.url, keys.analyst);
    const cases: [string, string, number, string | undefined][] = [
      ['GET', '/review/items/%ZZ', 400, undefined],
      ['GET', '/review/nope', 404, undefined],
      ['POST', '/review/items/x/notes', 413, `_csrf=x&text=${'a'.repeat(70_000)}`],
      ['POST', '/review/login', 413, `_csrf=x&key=${'a'.repeat(70_000)}`],
    ];
    for (const [method, path, status, body] of cases) {
      const res = await fetch(svc.url + path, { method, redirect: 'manual', headers: { cookie, ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) }, body });
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<a href="/review">Antrean</a>');
    }
  });

  it('answer a form over 64 KB while it is still being sent (chunked, gzip or declared), closing the connection', async () => {
    // express.urlencoded read and dropped the whole upload before its 413: an endless form was never answered.
    const cookie = await webLogin(svc.url, keys.analyst);
    const form = { 'content-type': 'application/x-www-form-urlencoded', cookie };
    const big = `_csrf=x&text=${'a'.repeat(70_000)}`;
    for (const path of ['/review/login', '/review/items/x/notes']) {
      for (const [encoding, body] of [['identity', big], ['gzip', gzipSync(big)]] as const) {
        const res = await answerWhileSending(svc.url + path, { ...form, 'content-encoding': encoding }, body);
        expect([res.statusCode, res.headers.connection], `${path} ${encoding}`).toEqual([413, 'close']);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        res.destroy();
      }
      const declared = await answerUntilClosed(svc.url, `POST ${path} HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000000\r\n\r\n_csrf=x`);
      expect(declared, path).toMatch(/^HTTP\/1\.1 413 /);
      expect(declared.toLowerCase()).toContain('connection: close');
      expect(declared).toContain('Formulir terlalu besar.');
    }
  });

  it('still take a form that fits, and answer an API body over 5 MB while it is still being sent', async () => {
    const cookie = await webLogin(svc.url, keys.analyst); // the login form, parsed
    expect(cookie).toMatch(/^netra_review=./);
    const res = await answerWhileSending(`${svc.url}/v1/review/items`, { 'content-type': 'application/json', authorization: `Bearer ${keys.analyst}` }, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    expect([res.statusCode, res.headers.connection]).toEqual([413, 'close']);
    res.destroy();
  });

  it('close the connection when they answer without reading a body still arriving (a page POST that is no form, a route that takes no body)', async () => {
    // Node read such an upload to the end to drop it, keeping the connection, though the answer was out.
    const cookie = await webLogin(svc.url, keys.analyst);
    const heads = [
      `POST /review/items/x/notes HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{"text":"`,
      `POST /v1/review/retention/purge HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${keys.admin}\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{"`,
    ];
    for (const head of heads) {
      const answer = await answerUntilClosed(svc.url, head);
      expect(answer, head.slice(0, 40)).toMatch(/^HTTP\/1\.1 [2-4]\d\d /);
      expect(answer.toLowerCase(), head.slice(0, 40)).toContain('connection: close');
    }
  });
});
