// A key given twice in one object of a request body is refused, naming it, on every scoring path: the
// single route, a batch's envelope (the whole body) and a batch's items (that item only, as its other
// faults), scored inline and on the worker threads, which read the items from the body's bytes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFullProblem, postRaw, startService, type TestService } from './helpers.js';
import { BatchPool } from '../../src/service/batch-pool.js';
import { LONG_POST } from '../../src/service/routes/score.js';

const TWICE = 'must be given once';

describe.each([
  ['inline', 0],
  ['on 2 worker threads', 2],
])('duplicate keys in scoring requests, batches scored %s', (_mode, workers) => {
  let svc: TestService;
  let pool: BatchPool | undefined;
  let sliced = 0;
  const score = (): string => `${svc.url}/v1/score`;
  const batch = (): string => `${svc.url}/v1/score/batch`;

  beforeAll(async () => {
    if (workers > 0) {
      pool = new BatchPool(workers, { maxTextLength: 10_000 });
      expect(await pool.start(() => {})).toBe(true);
      const run = pool.score.bind(pool);
      pool.score = (...args) => {
        sliced++;
        return run(...args);
      };
    }
    svc = await startService({ config: { maxTextLength: 10_000, scoreWorkers: workers }, batchPool: pool });
  }, 60_000);
  afterAll(async () => {
    await svc.close();
    await pool?.close();
  });

  it('refuses a single request with a key given twice, naming it, however the key is spelt', async () => {
    for (const body of ['{"text":"a","text":"ayo coblos 02"}', '{"text":"a","te\\u0078t":"ayo coblos 02"}', '{"\\u0074ext":"a","id":"x","text":"ayo coblos 02"}']) {
      const p = await expectFullProblem(await postRaw(score(), body), 400, '/v1/score');
      expect(p.type, body).toBe('urn:netra:problem:validation');
      expect(p.errors, body).toEqual([{ field: 'text', message: TWICE }]);
      expect(p.detail).toBe(`text: ${TWICE}`);
    }
    const nested = await expectFullProblem(await postRaw(score(), '{"text":"a","id":"p","id":"q","author":{"x":1,"x":2}}'), 400);
    expect(nested.errors).toEqual([
      { field: 'id', message: TWICE },
      { field: 'author.x', message: TWICE },
    ]);
    // a long post (scored on the pool when it runs) is refused before it goes anywhere
    const long = JSON.stringify({ text: 'x'.repeat(LONG_POST + 10) }).slice(0, -1) + ',"text":"ayo coblos 02"}';
    expect((await expectFullProblem(await postRaw(score(), long), 400)).errors).toEqual([{ field: 'text', message: TWICE }]);
  });

  it('takes the same key in different objects, and "key": text inside strings, as no duplicate', async () => {
    const single = await postRaw(score(), JSON.stringify({ text: 'dia bilang "text":"ayo coblos 02", "text": lagi', id: '{"id":1,"id":2}', author: '\\"text\\":' }));
    expect(single.status).toBe(200);
    expect((await single.json()).id).toBe('{"id":1,"id":2}');
    const before = sliced;
    const res = await postRaw(batch(), '{"items":[{"text":"a","id":"1"},{"text":"b","id":"2"},{"id":"3","text":"\\"text\\":\\"x\\",\\"text\\":\\"y\\""}]}');
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results.map((r: { id: string; error?: unknown }) => [r.id, r.error])).toEqual([
      ['1', undefined],
      ['2', undefined],
      ['3', undefined],
    ]);
    expect(sliced - before).toBe(workers > 0 ? 1 : 0);
  });

  it('refuses a whole batch whose envelope gives a key twice', async () => {
    for (const body of ['{"items":[{"text":"ayo"}],"items":[]}', '{"items":[],"\\u0069tems":[{"text":"ayo"}]}', '{"items":[{"text":"a","text":"b"}],"items":[{"text":"c"}]}']) {
      const p = await expectFullProblem(await postRaw(batch(), body), 400, '/v1/score/batch');
      expect(p.errors, body).toEqual([{ field: 'items', message: TWICE }]);
    }
  });

  it('refuses only the items that give a key twice, naming it, and scores the rest', async () => {
    const before = sliced;
    const body =
      '{"items":[{"id":"ok","text":"ayo coblos 02"},' +
      '{"id":"t","text":"a","te\\u0078t":"ayo coblos 02"},' +
      '{"id":"i1","text":"halo","id":"i2"},' +
      '{"id":"n","text":"halo","author":{"a":1,"a":2,"a":3}},' +
      '{"id":"two","text":"a","text":"b","postedAt":"x","postedAt":"y"}]}';
    const res = await postRaw(batch(), body, 'application/json', { 'X-Request-Id': 'dup-rid' });
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results).toHaveLength(5);
    expect(results[0]).toMatchObject({ id: 'ok', label: 'ajakan' });
    expect(results[0]).not.toHaveProperty('error');
    const problem = (errors: { field: string; message: string }[]) => ({
      type: 'urn:netra:problem:validation',
      title: 'Invalid request',
      status: 400,
      detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors,
      requestId: 'dup-rid',
    });
    expect(results[1]).toEqual({ index: 1, id: 't', error: problem([{ field: 'items[1].text', message: TWICE }]) });
    // an id given twice is not echoed: which one is meant is not ours to guess
    expect(results[2]).toEqual({ index: 2, error: problem([{ field: 'items[2].id', message: TWICE }]) });
    expect(results[3]).toEqual({ index: 3, id: 'n', error: problem([{ field: 'items[3].author.a', message: TWICE }]) });
    expect(results[4]).toEqual({
      index: 4,
      id: 'two',
      error: problem([
        { field: 'items[4].text', message: TWICE },
        { field: 'items[4].postedAt', message: TWICE },
      ]),
    });
    expect(sliced - before).toBe(workers > 0 ? 1 : 0); // the workers read these items themselves
    expect(await (await fetch(`${svc.url}/metrics`)).text()).toMatch(/^netra_batch_item_errors_total\{status="400"\} [1-9]/m);
  });

  it('names the item by its place in the whole batch, across the workers’ slices', async () => {
    const items = Array.from({ length: 260 }, (_, i) => `{"id":"p${i}","text":"halo ${i}"}`);
    items[200] = '{"id":"p200","text":"a","text":"b"}';
    const res = await postRaw(batch(), `{"items":[${items.join(',')}]}`);
    const { results } = await res.json();
    const refused = results.filter((r: { error?: unknown }) => r.error !== undefined);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ index: 200, id: 'p200', error: { errors: [{ field: 'items[200].text', message: TWICE }] } });
  });
});
