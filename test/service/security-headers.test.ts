// Every answer of the service, errors and the HTTP parser's refusals included, tells a browser not to
// frame it, run anything in it, or send its URL on as a referrer; a mounted router with pages of its
// own (the review pages) sets its own policy, which wins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'express';
import { answerUntilClosed, postJson, postRaw, startService, type TestService } from './helpers.js';

const KEY = 'security-headers-key-0123456789';
const PAGE_CSP = "default-src 'none'; style-src 'self'; frame-ancestors 'none'";
let svc: TestService;

beforeAll(async () => {
  const pages = Router();
  pages.get('/page', (_req, res) => {
    res.set({ 'Content-Security-Policy': PAGE_CSP, 'Referrer-Policy': 'same-origin' }).type('html').send('<p>page</p>');
  });
  svc = await startService({ config: { apiKeys: [KEY] }, routers: [{ path: '/pages', router: pages, auth: 'none' }] });
});
afterAll(() => svc.close());

const bearer = { authorization: `Bearer ${KEY}` };
const headersOf = (r: Response) => [r.status, r.headers.get('content-security-policy'), r.headers.get('x-frame-options'), r.headers.get('referrer-policy')];

describe('security headers', () => {
  it('are on every answer: scores, errors of every kind, the ops routes and the OpenAPI document', async () => {
    const score = `${svc.url}/v1/score`;
    const answers = [
      await postJson(score, { text: 'Ayo pilih nomor 2' }, bearer),
      await postJson(score, { text: '' }, bearer),
      await postRaw(score, '{"text":', 'application/json', bearer),
      await postJson(score, { text: 'x' }, { authorization: 'Bearer wrong-key-wrong-key-wrong' }),
      await postJson(`${svc.url}/v1/score/batch`, { items: [{ text: 'a' }] }, bearer),
      await fetch(`${svc.url}/v1/model`, { headers: bearer }),
      await fetch(`${svc.url}/nope`),
      await fetch(`${svc.url}/v1/model`, { method: 'DELETE' }),
      await fetch(`${svc.url}/healthz`),
      await fetch(`${svc.url}/readyz`),
      await fetch(`${svc.url}/metrics`, { headers: bearer }),
      await fetch(`${svc.url}/openapi.json`),
    ];
    const expected = [200, 400, 400, 401, 200, 200, 404, 405, 200, 200, 200, 200];
    expect(answers.map(headersOf)).toEqual(expected.map((s) => [s, "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'", 'DENY', 'no-referrer']));
    expect(answers.map((r) => r.headers.get('cross-origin-resource-policy'))).toEqual(expected.map(() => 'same-origin'));
  });

  it('are on what the HTTP parser refuses before the app sees it', async () => {
    const head = (await answerUntilClosed(`${svc.url}/healthz`, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).split('\r\n\r\n')[0].toLowerCase();
    expect(head).toContain("content-security-policy: default-src 'none'; frame-ancestors 'none'");
    expect(head).toContain('x-frame-options: deny');
    expect(head).toContain('referrer-policy: no-referrer');
  });

  it("leave a mounted router's own page policy in force", async () => {
    const r = await fetch(`${svc.url}/pages/page`);
    expect(headersOf(r)).toEqual([200, PAGE_CSP, 'DENY', 'same-origin']);
  });

  it('answer no CORS preflight: no Access-Control-* header, whatever the Origin', async () => {
    const r = await fetch(`${svc.url}/v1/score`, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
    expect(r.status).toBe(405);
    expect([...r.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});
