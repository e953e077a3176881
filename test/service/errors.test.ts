// Every error class of the scoring routes, as RFC 9457 problem+json naming the field: 400 (bad JSON,
// invalid UTF-8, wrong types, unknown fields, empty and too-long text), 413, 415, 422, 404.
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerUntilClosed, answerWhileSending, expectFullProblem, firstReply, expectProblem, postJson, postRaw, startService, type TestService } from './helpers.js';
import { jsonErrorOffset } from '../../src/service/json-position.js';

let svc: TestService;
const LIMIT = 64 * 1024;

beforeAll(async () => {
  svc = await startService({ config: { bodyLimitBytes: LIMIT, maxTextLength: 500 } });
});
afterAll(() => svc.close());

const score = (): string => `${svc.url}/v1/score`;

describe('400 bad request', () => {
  it('rejects malformed JSON without quoting the body back', async () => {
    const res = await postRaw(score(), '{"text": "rahasia pribadi');
    const p = await expectProblem(res, 400);
    expect(p.type).toBe('urn:netra:problem:invalid-json');
    expect(p.errors).toEqual([{ field: '(body)', message: expect.stringContaining('not valid JSON') }]);
    expect(JSON.stringify(p)).not.toContain('rahasia');
    expect(p.instance).toBe('/v1/score');
    expect(p.requestId).toMatch(/^[0-9a-f-]{36}$/); // none given: a UUID is assigned, the one the header names
    expect(p.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('gives the error position even when JSON.parse names none', async () => {
    // Node 20 says "Unexpected token 'x', "x…" is not valid JSON" / "Unexpected end of JSON input" here.
    const cases: [string, RegExp][] = [
      ['x', /\(error at position 0\)$/],
      ['{"text": "ok"} ]', /\(error at position 15\)$/],
      ['{"text":', /\(unexpected end of input at position 8\)$/],
      ['{"text": nul', /\(unexpected end of input at position 12\)$/],
      ['{"text": tru }', /\(error at position 12\)$/],
    ];
    for (const [body, detail] of cases) {
      const p = await expectFullProblem(await postRaw(score(), body), 400, '/v1/score');
      expect(p.type).toBe('urn:netra:problem:invalid-json');
      expect(p.detail, body).toMatch(detail);
      expect(p.errors).toEqual([{ field: '(body)', message: p.detail }]);
    }
  });

  it('finds the same offset as V8 where V8 names one', () => {
    const bodies = ['{"a":1,}', '{"a" 1}', '{"a":"b', '"\\x"', '{"a":1}x', '01', '-', '[1,]', '{"a":"\\u12G4"}', '{"a":"\t"}', '[1 2]', '{,}', '1.e5', '{"a":[1,{"b":2]}'];
    for (const body of bodies) {
      let message = '';
      try {
        JSON.parse(body);
      } catch (err) {
        message = (err as Error).message;
      }
      const v8 = /at position (\d+)/.exec(message)?.[1];
      expect(message, body).not.toBe('');
      if (v8 !== undefined) expect(jsonErrorOffset(body), `${body}: ${message}`).toBe(Number(v8));
      else expect(jsonErrorOffset(body), body).toBeTypeOf('number');
    }
    expect(jsonErrorOffset('{"a":[1,{"b":"\u00e9"}],"c":-0.5e+3}')).toBeUndefined();
    expect(jsonErrorOffset('['.repeat(50_000))).toBe(50_000); // iterative: no stack overflow
  });

  it('rejects a body that is not valid gzip with the invalid-json problem, not the zlib message', async () => {
    const gz = gzipSync(Buffer.from('{"text":"ayo coblos"}'));
    const cases: [Uint8Array | string, RegExp][] = [
      ['{"text":"ayo"}', /not valid data for its Content-Encoding/],
      [gz.subarray(0, gz.length - 12), /ends too early/],
    ];
    for (const [body, detail] of cases) {
      const p = await expectFullProblem(await postRaw(score(), body, 'application/json', { 'content-encoding': 'gzip' }), 400, '/v1/score');
      expect(p.type).toBe('urn:netra:problem:invalid-json');
      expect(p.title).toBe('Unreadable request body');
      expect(p.detail).toMatch(detail);
      expect(p.detail).not.toMatch(/incorrect header check|unexpected end of file/);
      expect(p.errors).toEqual([{ field: '(body)', message: p.detail }]);
    }
    expect((await postRaw(score(), gz, 'application/json', { 'content-encoding': 'gzip' })).status).toBe(200);
  });

  it('rejects an empty body', async () => {
    const p = await expectProblem(await postRaw(score(), ''), 400);
    expect(p.detail).toMatch(/empty/);
  });

  it('rejects a POST without any body (no Content-Length) as empty, not as a media-type problem', async () => {
    const status = await new Promise<{ code: number; body: string }>((resolve, reject) => {
      const req = request(score(), { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ code: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status.code).toBe(400);
    expect(JSON.parse(status.body).detail).toMatch(/empty/);
  });

  it('survives deeply nested JSON, with and without surrogate escapes', async () => {
    const depth = 20_000;
    const plain = await postRaw(score(), '['.repeat(depth) + ']'.repeat(depth));
    expect([400]).toContain(plain.status);
    const nested = await postRaw(score(), '{"text":"ok","id":' + '['.repeat(depth) + '"\\ud800"' + ']'.repeat(depth) + '}');
    expect(nested.status).toBe(400);
    expect((await postJson(score(), { text: 'masih hidup' })).status).toBe(200);
  });

  it('rejects a body that is not an object', async () => {
    for (const body of ['[]', '"ayo coblos"', '42', 'null']) {
      const p = await expectProblem(await postRaw(score(), body), 400);
      expect(p.errors?.[0].field).toBe('(body)');
    }
  });

  it('names each field with a wrong type', async () => {
    const p = await expectProblem(await postJson(score(), { text: 12, id: 5, election: ['x'], postedAt: 'yesterday' }), 400);
    const fields = Object.fromEntries((p.errors ?? []).map((e) => [e.field, e.message]));
    expect(fields.text).toBe('must be a string');
    expect(fields.id).toBe('must be a string');
    expect(fields.election).toMatch(/must be a string/);
    expect(fields.postedAt).toMatch(/ISO 8601/);
    expect(p.detail).toContain('text: must be a string');
  });

  it('requires text and refuses unknown fields', async () => {
    const p = await expectProblem(await postJson(score(), { posted_at: '2024-01-01T00:00:00Z' }), 400);
    expect(p.errors).toEqual(
      expect.arrayContaining([
        { field: 'text', message: 'is required' },
        { field: 'posted_at', message: 'unknown field' },
      ]),
    );
  });

  it('lists at most 20 field errors, however many there are', async () => {
    const body: Record<string, unknown> = { text: 'halo' };
    for (let i = 0; i < 150; i++) body[`k${i}_${'x'.repeat(300)}`] = 0;
    const res = await postJson(score(), body);
    const p = await expectProblem(res, 400);
    expect(p.errors).toHaveLength(20);
    expect(p.errors?.[0].field.length).toBeLessThanOrEqual(201);
    expect(p.detail).toMatch(/; and 130 more$/);
    expect(JSON.stringify(p).length).toBeLessThan(12_000) // uncapped: about 95,000;
  });

  it('refuses a blank or overlong id', async () => {
    expect((await expectProblem(await postJson(score(), { text: 'halo', id: '  ' }), 400)).errors).toEqual([{ field: 'id', message: 'must not be empty' }]);
    // invisible characters alone are blank too, as for text and election (and for the review queue's ids)
    expect((await expectProblem(await postJson(score(), { text: 'halo', id: '\u200b\u2060\ufeff' }), 400)).errors).toEqual([{ field: 'id', message: 'must not be empty' }]);
    expect((await expectProblem(await postJson(score(), { text: 'halo', id: 'x'.repeat(201) }), 400)).errors).toEqual([{ field: 'id', message: 'must be at most 200 characters' }]);
  });

  it('refuses an empty or blank election as a malformed field, before looking it up', async () => {
    for (const election of ['', '  ', '\t\n', ' \u200b ']) {
      const p = await expectProblem(await postJson(score(), { text: 'ayo coblos 02', election }), 400);
      expect(p.errors, JSON.stringify(election)).toEqual([{ field: 'election', message: 'must not be empty' }]);
    }
  });

  it('refuses a postedAt without a time zone', async () => {
    const p = await expectProblem(await postJson(score(), { text: 'halo', postedAt: '2024-01-10T10:00:00' }), 400);
    expect(p.errors?.[0].field).toBe('postedAt');
  });

  it('refuses a postedAt the batch path could not read either (a zone past ±14:00, a year before 1900)', async () => {
    // the worker threads re-read postedAt: one rule for both paths, not 200 inline and 500 in a worker
    for (const postedAt of ['2024-01-10T10:00:00+15:00', '2024-01-10T10:00:00+14:30', '2024-01-10T10:00:00-14:01', '1899-12-31T23:00:00Z']) {
      const p = await expectProblem(await postJson(score(), { text: 'halo', postedAt }), 400);
      expect(p.errors?.[0], postedAt).toMatchObject({ field: 'postedAt' });
    }
    const res = await postJson(`${svc.url}/v1/score/batch`, { items: [{ text: 'halo', postedAt: '2024-01-10T10:00:00+15:00' }, { text: 'halo' }] });
    const body = (await res.json()) as { results: { error?: { status: number; errors: { field: string }[] } }[] };
    expect(body.results[0]).toMatchObject({ index: 0, error: { status: 400, errors: [{ field: 'items[0].postedAt' }] } });
    expect(body.results[1]).not.toHaveProperty('error');
  });

  it('rejects empty and blank text, invisible characters included', async () => {
    for (const text of ['', '   \n\t ', ' \u200b\n\ufeff\u2060 ', '\u0000', '\u0007\u0008 ']) {
      const p = await expectProblem(await postJson(score(), { text }), 400);
      expect(p.errors).toEqual([{ field: 'text', message: 'must not be empty' }]);
    }
  });

  it('rejects text over the limit with a clear message', async () => {
    const p = await expectProblem(await postJson(score(), { text: 'a'.repeat(501) }), 400);
    expect(p.errors).toEqual([{ field: 'text', message: 'is 501 characters long; the limit is 500 characters (NETRA_MAX_TEXT_LENGTH sets it)' }]);
    expect((await postJson(score(), { text: 'a'.repeat(500) })).status).toBe(200);
  });

  it('rejects invalid UTF-8 bytes and keeps serving', async () => {
    const bad = [
      Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // {"text":"\xff\xfe"}
      Buffer.concat([Buffer.from('{"text":"ayo '), Buffer.from([0xc3]), Buffer.from('"}')]), // truncated sequence
      Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]), // CESU surrogate
      Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]), // overlong
    ];
    for (const body of bad) {
      const p = await expectProblem(await postRaw(score(), body), 400);
      expect(p.type).toBe('urn:netra:problem:invalid-encoding');
      expect(p.detail).toBe('body is not valid UTF-8');
    }
    expect((await postJson(score(), { text: 'masih hidup' })).status).toBe(200);
  });

  it('scores text with unpaired surrogate escapes instead of crashing', async () => {
    const res = await postRaw(score(), '{"text":"ayo \\ud800 coblos \\udfff 02 \\ud83d\\udd25"}');
    expect(res.status).toBe(200);
    expect((await res.json()).label).toBe('ajakan');
  });
});

describe('413 content too large', () => {
  it('refuses a body over the limit (Content-Length known)', async () => {
    const body = JSON.stringify({ text: 'a'.repeat(LIMIT) });
    const p = await expectProblem(await postRaw(score(), body), 413);
    expect(p.type).toBe('urn:netra:problem:body-too-large');
    expect(p.detail).toContain(String(LIMIT));
  });

  it('answers a declared oversized body at once, without reading it, and closes the connection', async () => {
    // Only the headers and a few bytes are sent: the answer must not wait for the 5 MB declared.
    const answer = await answerUntilClosed(score(), `POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{"text":"`);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer).toContain('urn:netra:problem:body-too-large');
  });

  it('answers Expect: 100-continue with 413 for a declared oversized body, with 100 Continue for one that fits', async () => {
    const head = (length: number) => `POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nExpect: 100-continue\r\n\r\n`;
    const answer = await answerUntilClosed(score(), head(LIMIT + 1));
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(await firstReply(score(), head(LIMIT))).toBe('HTTP/1.1 100 Continue\r\n\r\n');
  });

  it('refuses a chunked body that grows over the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(score(), { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"text":"');
      const chunk = 'b'.repeat(16 * 1024);
      for (let i = 0; i < 8; i++) req.write(chunk);
      req.end('"}');
    });
    expect(status).toBe(413);
  });

  it('answers a chunked or gzip body over the limit while it is still being sent, and closes the connection', async () => {
    // The request never ends: the answer must come from the bytes already over the limit, not wait
    // for the rest (body-parser read and dropped the whole upload first; an endless one was never answered).
    const bomb = gzipSync(Buffer.alloc(4 * LIMIT, 'a'));
    for (const [encoding, body] of [['identity', Buffer.alloc(2 * LIMIT, 'b')], ['gzip', bomb]] as const) {
      const res = await answerWhileSending(score(), { 'content-type': 'application/json', 'content-encoding': encoding }, body);
      expect(res.statusCode, encoding).toBe(413);
      expect(res.headers.connection).toBe('close');
      res.destroy();
    }
  });
});

describe('refused before the body is read', () => {
  it('closes the connection after a 404 or 405 instead of reading the rest of a large upload', async () => {
    for (const [line, status] of [['POST /nope', 404], ['POST /v1/model', 405]] as const) {
      const answer = await answerUntilClosed(score(), `${line} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{"text":"`);
      expect(answer, line).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(answer.toLowerCase()).toContain('connection: close');
    }
  });
});

describe('requests the HTTP parser refuses', () => {
  it('answers oversized headers, an unknown method and malformed framing with a problem, not a bare status line', async () => {
    const cases: [string, number, string, string][] = [
      [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'urn:netra:problem:headers-too-large', '/healthz'],
      ['FOO /v1/score HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'urn:netra:problem:malformed-request', '/v1/score'],
      ['POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400, 'urn:netra:problem:malformed-request', '/v1/score'],
    ];
    for (const [head, status, type, instance] of cases) {
      const answer = await answerUntilClosed(score(), head);
      const [headers, body] = answer.split('\r\n\r\n');
      expect(headers, type).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(headers.toLowerCase()).toContain('content-type: application/problem+json');
      const requestId = /x-request-id: (\S+)/i.exec(headers)?.[1];
      expect(JSON.parse(body)).toEqual({ type, title: expect.any(String), status, detail: expect.any(String), errors: [], instance, requestId });
      expect(svc.logs.some((l) => l.includes(requestId!) && l.includes('refused by the HTTP parser'))).toBe(true);
    }
  });
});

describe('an HTTP/1.1 request without a Host header', () => {
  it('gets a problem with a request id, not a bare 400, and the connection closes', async () => {
    const answer = await answerUntilClosed(score(), 'GET /healthz HTTP/1.1\r\n\r\n');
    const [headers, body] = answer.split('\r\n\r\n');
    expect(headers).toMatch(/^HTTP\/1\.1 400 /);
    expect(headers.toLowerCase()).toContain('content-type: application/problem+json');
    expect(headers.toLowerCase()).toContain('connection: close');
    const requestId = /x-request-id: (\S+)/i.exec(headers)?.[1];
    expect(JSON.parse(body)).toMatchObject({ type: 'urn:netra:problem:malformed-request', status: 400, detail: expect.stringMatching(/Host/), instance: '/healthz', requestId });
  });
});

describe('415 unsupported media type', () => {
  it('refuses non-JSON content types, a missing one and non-UTF-8 charsets', async () => {
    const cases: [string | null, RegExp][] = [
      ['text/plain', /text\/plain/],
      ['application/x-www-form-urlencoded', /x-www-form-urlencoded/],
      [null, /missing/],
      ['application/json; charset=latin1', /charset "latin1"/],
    ];
    for (const [type, detail] of cases) {
      const res = await postRaw(score(), Buffer.from('{"text":"halo"}'), type);
      const p = await expectProblem(res, 415);
      expect(p.detail).toMatch(detail);
      expect(p.errors?.[0].field).toBe('(header) Content-Type');
      expect(res.headers.get('accept-post')).toBe('application/json');
    }
  });

  it('refuses an unsupported Content-Encoding naming the header, with Accept-Post', async () => {
    const res = await postRaw(score(), '{"text":"ayo"}', 'application/json', { 'content-encoding': 'compress' });
    const p = await expectFullProblem(res, 415, '/v1/score');
    expect(p.type).toBe('urn:netra:problem:unsupported-media-type');
    expect(p.errors).toEqual([{ field: '(header) Content-Encoding', message: expect.stringContaining('"compress" is not supported') }]);
    expect(res.headers.get('accept-post')).toBe('application/json');
    expect(res.headers.get('accept-encoding')).toBe('gzip, deflate, br');
  });

  it('accepts application/json with charset=utf-8 and +json types', async () => {
    expect((await postRaw(score(), '{"text":"halo"}', 'application/json; charset=UTF-8')).status).toBe(200);
    expect((await postRaw(score(), '{"text":"halo"}', 'application/vnd.netra+json')).status).toBe(200);
  });
});

describe('422 unknown election', () => {
  it('names the field and lists the known elections', async () => {
    const p = await expectProblem(await postJson(score(), { text: 'ayo coblos 02', election: 'pilkada-atlantis-2099' }), 422);
    expect(p.type).toBe('urn:netra:problem:unknown-election');
    expect(p.errors).toEqual([{ field: 'election', message: 'unknown election "pilkada-atlantis-2099"' }]);
    expect(p.detail).toContain('pilpres-2024');
  });
});

describe('404 and 405', () => {
  it('answers unknown routes with a problem', async () => {
    const p = await expectProblem(await fetch(`${svc.url}/v2/score`), 404);
    expect(p.detail).toBe('no route for GET /v2/score');
  });

  it('answers unknown routes with the full problem (errors empty: no field is at fault)', async () => {
    const p = await expectFullProblem(await fetch(`${svc.url}/v2/score`), 404, '/v2/score');
    expect(p.errors).toEqual([]);
  });

  it('answers other methods on the scoring routes with a full 405 problem and Allow: POST', async () => {
    for (const path of ['/v1/score', '/v1/score/batch']) {
      for (const method of ['GET', 'PUT', 'OPTIONS', 'DELETE']) {
        const res = await fetch(`${svc.url}${path}`, { method });
        const p = await expectFullProblem(res, 405, path);
        expect(p.type).toBe('urn:netra:problem:method-not-allowed');
        expect(p.errors).toEqual([{ field: '(method)', message: 'must be POST' }]);
        expect(p.detail).toBe(`${method} is not allowed on ${path}; use POST`);
        expect(res.headers.get('allow')).toBe('POST');
      }
    }
  });

  it('answers other methods on the read-only routes, OPTIONS included, with 405 and Allow: GET, HEAD', async () => {
    for (const path of ['/v1/model', '/v1/elections', '/healthz', '/readyz', '/metrics', '/openapi.json']) {
      for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
        const res = await fetch(`${svc.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'DELETE' || method === 'OPTIONS' ? undefined : '{}' });
        const p = await expectFullProblem(res, 405, path);
        expect(p.errors).toEqual([{ field: '(method)', message: 'must be GET, HEAD' }]);
        expect(res.headers.get('allow')).toBe('GET, HEAD');
      }
      expect((await fetch(`${svc.url}${path}`)).status).toBe(200);
      expect((await fetch(`${svc.url}${path}`, { method: 'HEAD' })).status).toBe(200);
    }
  });

  it('labels 405s with their route in the metrics, not as unmatched', async () => {
    await fetch(`${svc.url}/v1/model`, { method: 'POST' });
    await fetch(`${svc.url}/v1/elections`, { method: 'OPTIONS' });
    const text = await (await fetch(`${svc.url}/metrics`)).text();
    expect(text).toMatch(/netra_http_requests_total\{method="POST",route="\/v1\/model",status="405"\} \d+/);
    expect(text).toMatch(/netra_http_requests_total\{method="OPTIONS",route="\/v1\/elections",status="405"\} \d+/);
  });
});

describe('X-Content-Type-Options', () => {
  it('is nosniff on every answer: scores, errors of every kind, the ops routes, and what the HTTP parser refuses', async () => {
    const answers = [
      await postJson(score(), { text: 'Ayo pilih nomor 2' }),
      await postJson(score(), { text: '' }),
      await postRaw(score(), 'x'.repeat(LIMIT + 10)),
      await postRaw(score(), '{}', 'text/plain'),
      await fetch(`${svc.url}/nope`),
      await fetch(`${svc.url}/v1/model`, { method: 'DELETE' }),
      await fetch(`${svc.url}/healthz`),
      await fetch(`${svc.url}/metrics`),
      await fetch(`${svc.url}/openapi.json`),
    ];
    expect(answers.map((r) => [r.status, r.headers.get('x-content-type-options')])).toEqual([200, 400, 413, 415, 404, 405, 200, 200, 200].map((s) => [s, 'nosniff']));
    for (const head of [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 'GET /healthz HTTP/1.1\r\n\r\n']) {
      const headers = (await answerUntilClosed(score(), head)).split('\r\n\r\n')[0];
      expect(headers.toLowerCase(), headers.split('\r\n')[0]).toContain('x-content-type-options: nosniff');
    }
  });
});
