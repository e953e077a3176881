// Catalog and operations routes: /v1/model, /v1/elections, /healthz, /readyz, /metrics,
// /openapi.json; logs without post text; extra routers share request ids and problem errors.
import { connect } from 'node:net';
import express, { Router } from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, loadScorer, postJson, startService, type TestService } from './helpers.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { STAGES } from '../../src/elections/stage.js';
import { parseElectionConfig } from '../../src/elections/schema.js';
import { catalogRouter } from '../../src/service/routes/catalog.js';
import { openApiDocument } from '../../src/service/openapi.js';
import { DEFAULT_CONFIG } from '../../src/service/config.js';

let svc: TestService;
let scorer: Scorer;

function extraRouter(): Router {
  const r = Router();
  r.get('/ping', (req, res) => {
    res.json({ pong: true, requestId: req.id });
  });
  r.get('/boom', () => {
    throw new Error('secret failure detail');
  });
  return r;
}

beforeAll(async () => {
  scorer = await loadScorer();
  svc = await startService({ routers: [{ path: '/x', router: extraRouter(), auth: 'none' }] });
});
afterAll(() => svc.close());

describe('GET /v1/model', () => {
  it('describes the served model with thresholds, backend and evaluation metrics', async () => {
    const body = await (await fetch(`${svc.url}/v1/model`)).json();
    expect(body.version).toBe(scorer.model.spec.version);
    expect(body.backend).toBe(scorer.backend);
    expect(body.labels).toEqual(['ajakan', 'dukungan', 'serangan', 'netral']);
    expect(body.thresholds).toMatchObject({ sedang: scorer.model.spec.thresholds.sedang, tinggi: scorer.model.spec.thresholds.tinggi });
    expect(body.calibration).toEqual(scorer.model.spec.calibration);
    expect(body.metrics.length).toBeGreaterThan(0);
    expect(body.metrics[0]).toMatchObject({ scenario: expect.any(String), partisan: { precision: expect.any(Number), recall: expect.any(Number), f1: expect.any(Number) } });
    expect(body).not.toHaveProperty('vocabulary');
  });

  it('reports the tfjs backend once it has been chosen', async () => {
    const { initBackend } = await import('../../src/model/backend.js');
    const chosen = await initBackend();
    const body = await (await fetch(`${svc.url}/v1/model`)).json();
    expect(body.tfjsBackend).toBe(chosen);
  });
});

describe('GET /v1/elections', () => {
  it('lists every election config with its stage today', async () => {
    const { elections } = await (await fetch(`${svc.url}/v1/elections`)).json();
    expect(elections.map((e: { id: string }) => e.id).sort()).toEqual(scorer.elections.map((e) => e.id).sort());
    const p = elections.find((e: { id: string }) => e.id === 'pilpres-2024');
    expect(p.schedule.campaign).toEqual(['2023-11-28', '2024-02-10']);
    expect(p.candidates.length).toBeGreaterThan(1);
    for (const e of elections) expect(e.currentStage === null || (STAGES as readonly string[]).includes(e.currentStage)).toBe(true);
    expect(elections.filter((e: { emptyBox?: string }) => e.emptyBox !== undefined)).toEqual([]); // no shipped race has one pair
  });

  it('names the empty box of a single-pair regional race, as its mentions do', async () => {
    const race = parseElectionConfig({ id: 'pilbup-banyu-alit-2024', kind: 'pilbup', candidates: [{ number: 1, names: ['Endang Kusumawati', 'Bagas Wicaksono'] }] });
    const withRace = scorer.withElection(race);
    const app = express().use(catalogRouter(withRace, (_req, _res, next) => next())); // keys are auth.test.ts's
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { elections } = await (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/elections`)).json();
      const listed = elections.find((e: { id: string }) => e.id === race.id);
      const scored = withRace.score({ text: 'coblos kotak kosong wae', election: race.id });
      expect(listed.emptyBox).toBe('Kotak kosong (pilbup-banyu-alit-2024)');
      expect(scored.mentions.map((m) => m.candidate)).toContain(listed.emptyBox);
      expect(elections.find((e: { id: string }) => e.id === 'pilpres-2024')).not.toHaveProperty('emptyBox');
    } finally {
      server.close();
    }
  });
});

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${svc.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${svc.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', model: { version: scorer.model.spec.version } });
  });
});

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document covering every route, with resolvable references', async () => {
    const doc = await (await fetch(`${svc.url}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/healthz', '/metrics', '/openapi.json', '/readyz', '/v1/elections', '/v1/model', '/v1/score', '/v1/score/batch']);
    expect(doc.paths['/v1/score'].post.responses).toHaveProperty('422');
    for (const path of ['/v1/score', '/v1/score/batch']) {
      expect(Object.keys(doc.paths[path].post.responses).sort()).toEqual(path === '/v1/score' ? ['200', '400', '401', '413', '415', '422', '429', '500'] : ['200', '400', '401', '413', '415', '429', '500']);
    }
    expect(doc.components.schemas.ScoreRequest.properties.text.maxLength).toBe(10_000);
    expect(doc.components.schemas.BatchRequest.properties.items.maxItems).toBe(1000);
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/schemas\/(\w+)"/g) ?? [];
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref.split('/').pop()!.replace('"', ''));
  });
  it('describes /metrics and the catalog as keyed like scoring (/metrics open with NETRA_METRICS_OPEN)', async () => {
    const keyed = openApiDocument({ ...DEFAULT_CONFIG, apiKeys: ['metrics-key-0123456789'] }, 'v');
    const metrics = (doc: Record<string, unknown>) => (doc.paths as Record<string, { get: { security: unknown[]; responses: Record<string, unknown> } }>)['/metrics'].get;
    expect(metrics(keyed).security).toEqual([{ bearerKey: [] }, { apiKeyHeader: [] }]);
    expect(Object.keys(metrics(keyed).responses).sort()).toEqual(['200', '401', '429']);
    expect(metrics(openApiDocument({ ...DEFAULT_CONFIG, apiKeys: ['metrics-key-0123456789'], metricsOpen: true }, 'v')).security).toEqual([]);
    expect(metrics(openApiDocument(DEFAULT_CONFIG, 'v')).security).toContainEqual({}); // no keys: open, as scoring is
    for (const path of ['/v1/model', '/v1/elections']) {
      const get = (doc: Record<string, unknown>) => (doc.paths as Record<string, { get: { security: unknown[]; responses: Record<string, unknown> } }>)[path].get;
      expect(get(keyed).security, path).toEqual([{ bearerKey: [] }, { apiKeyHeader: [] }]);
      expect(Object.keys(get(keyed).responses), path).toEqual(['200', '401', '429']);
      expect(get(openApiDocument(DEFAULT_CONFIG, 'v')).security, path).toContainEqual({});
    }
  });
  it('gives the batch route the 400s that fail a batch, not those of one item (an entry of a 200)', async () => {
    const doc = await (await fetch(`${svc.url}/openapi.json`)).json();
    const emptyText = await postJson(`${svc.url}/v1/score/batch`, { items: [{ text: '' }] });
    expect([emptyText.status, (await emptyText.json()).results[0].error.status]).toEqual([200, 400]);
    const batch400 = doc.paths['/v1/score/batch'].post.responses['400'].description;
    expect(batch400).not.toMatch(/empty or too-long text/);
    expect(batch400).toMatch(/more than 1000 items/);
    expect(doc.paths['/v1/score'].post.responses['400'].description).toMatch(/empty or too-long text/);
  });
  it('describes every field of the live /v1/model and /readyz answers', async () => {
    const doc = await (await fetch(`${svc.url}/openapi.json`)).json();
    const undescribed = (value: Record<string, unknown>, schema: { properties: Record<string, unknown> }) => Object.keys(value).filter((k) => !(k in schema.properties));
    const model = await (await fetch(`${svc.url}/v1/model`)).json();
    const ready = await (await fetch(`${svc.url}/readyz`)).json();
    expect(undescribed(model, doc.components.schemas.Model)).toEqual([]);
    expect(undescribed(model.thresholds, doc.components.schemas.Model.properties.thresholds)).toEqual([]);
    expect(undescribed(ready, doc.paths['/readyz'].get.responses['200'].content['application/json'].schema)).toEqual([]);
  });
});

describe('GET /metrics', () => {
  it('counts requests and latencies by route and status, scores by level, and the model', async () => {
    await postJson(`${svc.url}/v1/score`, { text: 'ayo coblos 02' });
    await postJson(`${svc.url}/v1/score`, { text: 'ayo coblos 02' });
    await postJson(`${svc.url}/v1/score`, { text: '' });
    await postJson(`${svc.url}/v1/score`, { text: 'halo', election: 'nope' });
    await fetch(`${svc.url}/no/such/route/12345`);
    const res = await fetch(`${svc.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const value = (line: string): number => Number(new RegExp(`^${line.replace(/[{}.+]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(value('netra_http_requests_total{method="POST",route="/v1/score",status="200"}')).toBe(2);
    expect(value('netra_http_requests_total{method="POST",route="/v1/score",status="400"}')).toBe(1);
    expect(value('netra_http_requests_total{method="POST",route="/v1/score",status="422"}')).toBe(1);
    expect(value('netra_http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(1);
    expect(text).not.toContain('/no/such/route'); // raw URLs never become labels (digits alone can be a byte count)
    expect(value('netra_http_request_duration_seconds_count{method="POST",route="/v1/score",status="200"}')).toBe(2);
    expect(value('netra_http_request_duration_seconds_bucket{method="POST",route="/v1/score",status="200",le="+Inf"}')).toBe(2);
    expect(value('netra_http_request_duration_seconds_sum{method="POST",route="/v1/score",status="200"}')).toBeGreaterThan(0);
    expect(value('netra_scores_total{level="tinggi",label="ajakan"}')).toBe(2);
    expect(value(`netra_model_info{version="${scorer.model.spec.version}",backend="${scorer.backend}"}`)).toBe(1);
    expect(value('netra_ready')).toBe(1);
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(text).toMatch(/^# TYPE netra_http_request_duration_seconds histogram$/m);
    // histogram buckets are cumulative
    const buckets = [...text.matchAll(/^netra_http_request_duration_seconds_bucket\{method="POST",route="\/v1\/score",status="200",le="[^"]+"\} (\d+)$/gm)].map((m) => Number(m[1]));
    expect(buckets.length).toBeGreaterThan(5);
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
  });
});

describe('logging', () => {
  it('writes one structured access line per request, with request id and without post text', async () => {
    const secret = 'Rahasia Pribadi Budi Santoso 0812-3456-7890 coblos 02';
    await postJson(`${svc.url}/v1/score`, { text: secret, author: 'budi.santoso', id: 'log-check' }, { 'x-request-id': 'req-log-check' });
    await postJson(`${svc.url}/v1/score/batch`, { items: [{ text: secret }, { text: '' }] }, { 'x-request-id': 'req-log-batch' });
    await postJson(`${svc.url}/v1/score`, { text: secret, election: 'nope' });
    const all = svc.logs.join('');
    expect(all).not.toContain('Rahasia');
    // the phone number whole or in part: '0812' alone also turns up by chance in a request id's hex or a duration
    expect(all).not.toContain('3456-7890');
    expect(all).not.toContain('0812-3456');
    expect(all).not.toContain('budi.santoso');
    const lines = svc.logs.map((l) => JSON.parse(l));
    expect(lines.find((l) => l.reqId === 'req-log-check')).toMatchObject({ msg: 'request', method: 'POST', route: '/v1/score', status: 200 });
    expect(lines.find((l) => l.reqId === 'req-log-batch')).toMatchObject({ route: '/v1/score/batch', status: 200, itemCount: 2 });
  });

  it('writes the access line of a request the client gave up on mid-body, marked aborted', async () => {
    const url = new URL(svc.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write('POST /v1/score HTTP/1.1\r\nHost: x\r\nX-Request-Id: req-aborted\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text":');
        setTimeout(() => socket.destroy(), 100);
      });
      socket.on('close', () => resolve());
    });
    // the close reaches the server a moment later
    for (let i = 0; i < 50 && !svc.logs.some((l) => l.includes('req-aborted')); i++) await new Promise((r) => setTimeout(r, 20));
    const line = svc.logs.map((l) => JSON.parse(l)).find((l) => l.reqId === 'req-aborted');
    expect(line).toMatchObject({ msg: 'request', method: 'POST', aborted: true });
  });
});

describe('extra routers', () => {
  it('get request ids, and their errors become problems without leaking the message', async () => {
    const ping = await fetch(`${svc.url}/x/ping`, { headers: { 'x-request-id': 'rid-1' } });
    expect(await ping.json()).toEqual({ pong: true, requestId: 'rid-1' });
    const boom = await fetch(`${svc.url}/x/boom`);
    const p = await expectProblem(boom, 500);
    expect(JSON.stringify(p)).not.toContain('secret failure detail');
    expect(svc.logs.join('')).toContain('unhandled error');
    expect(svc.logs.join('')).not.toContain('secret failure detail');
  });

  it('are labelled by mount path and route template in metrics', async () => {
    await fetch(`${svc.url}/x/boom`);
    await fetch(`${svc.url}/x/nothing-here`);
    const text = await (await fetch(`${svc.url}/metrics`)).text();
    expect(text).toMatch(/^netra_http_requests_total\{method="GET",route="\/x\/boom",status="500"\} \d+$/m);
    expect(text).toMatch(/^netra_http_requests_total\{method="GET",route="\/x\/\*",status="404"\} 1$/m);
    expect(text).not.toContain('nothing-here');
  });
});
