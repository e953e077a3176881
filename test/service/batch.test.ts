// POST /v1/score/batch: input order, error entries in place of invalid items, the item limit — both
// scored inline on the event loop and on the worker-thread pool, which must answer identically.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, loadScorer, postJson, startService, type TestService } from './helpers.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { BatchPool } from '../../src/service/batch-pool.js';
import { scanBatchItems } from '../../src/service/batch-scan.js';
import { DEFAULT_CONFIG } from '../../src/service/config.js';
import { LONG_POST } from '../../src/service/routes/score.js';

const MAX = 250; // above the 100-item slice between event-loop yields and the pool's chunks, so slicing keeps order too
const TEXTS = ['ayo coblos 02', 'hari ini macet parah di jalan', 'jgn pilih paslon 1, janjinya cuma omong doang', 'debat semalam prabowo bagus', 'selamat pagi bapak ibu'];

describe.each([
  ['inline', 0],
  ['on 2 worker threads', 2],
])('POST /v1/score/batch, scored %s', (_mode, workers) => {
  let svc: TestService;
  let scorer: Scorer;
  let pool: BatchPool | undefined;
  const batch = (): string => `${svc.url}/v1/score/batch`;

  beforeAll(async () => {
    scorer = await loadScorer();
    if (workers > 0) {
      pool = new BatchPool(workers, { maxTextLength: 200 });
      expect(await pool.start(() => {})).toBe(true);
    }
    svc = await startService({ config: { maxBatchItems: MAX, maxTextLength: 200, scoreWorkers: workers }, batchPool: pool });
  }, 60_000);
  afterAll(async () => {
    await svc.close();
    await pool?.close();
  });

  it('says in /readyz and /metrics how batches are scored', async () => {
    expect((await (await fetch(`${svc.url}/readyz`)).json()).batchWorkers).toBe(workers);
    expect(await (await fetch(`${svc.url}/metrics`)).text()).toMatch(new RegExp(`^netra_batch_workers ${workers}$`, 'm'));
  });

  it('returns one result per item, in input order, each as the core scores it', async () => {
    const items = Array.from({ length: MAX }, (_, i) => ({ id: `p${i}`, text: `${TEXTS[i % TEXTS.length]} ${i}` }));
    const res = await postJson(batch(), { items });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { results } = await res.json();
    expect(results).toHaveLength(MAX);
    expect(results.map((r: { id: string }) => r.id)).toEqual(items.map((i) => i.id));
    results.forEach((r: unknown, i: number) => expect(r).toEqual(JSON.parse(JSON.stringify(scorer.score(items[i])))));
  });

  it('assigns distinct ids to items without one', async () => {
    const { results } = await (await postJson(batch(), { items: [{ text: 'halo' }, { text: 'halo' }, { text: 'halo', id: 'mine' }] })).json();
    expect(results[0].id).not.toBe(results[1].id);
    expect(results[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(results[2].id).toBe('mine');
  });

  it('puts an error entry in place of each invalid item and scores the rest', async () => {
    const items = [
      { id: 'ok-1', text: 'ayo coblos 02' },
      { id: 'empty', text: '' },
      { id: 'long', text: 'x'.repeat(201) },
      { id: 'bad-election', text: 'ayo coblos 02', election: 'pilkada-atlantis-2099' },
      'just a string',
      { id: 'typo', text: 'halo', postedat: '2024-01-01T00:00:00Z' },
      { id: 7, text: 'halo' },
      { id: 'ok-2', text: 'debat semalam prabowo bagus', election: 'pilpres-2024', postedAt: '2024-01-10T10:00:00+07:00' },
      { id: 'i'.repeat(5000), text: 'halo' },
      { id: '  ', text: 'halo' },
      { id: 'blank-election', text: 'ayo coblos 02', election: '  ' },
    ];
    const res = await postJson(batch(), { items });
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results).toHaveLength(items.length);
    expect(results[0]).toMatchObject({ id: 'ok-1', label: 'ajakan' });
    expect(results[7]).toMatchObject({ id: 'ok-2', stage: 'campaign' });
    const err = (i: number) => results[i].error;
    expect(results[1]).toMatchObject({ index: 1, id: 'empty' });
    expect(err(1)).toMatchObject({ status: 400, errors: [{ field: 'items[1].text', message: 'must not be empty' }] });
    expect(err(2)).toMatchObject({ status: 400, errors: [{ field: 'items[2].text', message: 'is 201 characters long; the limit is 200 characters (NETRA_MAX_TEXT_LENGTH sets it)' }] });
    expect(err(3)).toMatchObject({ status: 422, type: 'urn:netra:problem:unknown-election', errors: [{ field: 'items[3].election' }] });
    expect(results[4]).toMatchObject({ index: 4, error: { status: 400, errors: [{ field: 'items[4]', message: 'must be a JSON object' }] } });
    expect(results[4]).not.toHaveProperty('id');
    expect(err(5).errors).toEqual([{ field: 'items[5].postedat', message: 'unknown field' }]);
    expect(results[6]).not.toHaveProperty('id'); // a non-string id is not echoed
    expect(err(6).errors).toEqual([{ field: 'items[6].id', message: 'must be a string' }]);
    // a refused id is not echoed either: it could be blank, or as long as the body
    for (const i of [8, 9]) expect(results[i], `item ${i}`).not.toHaveProperty('id');
    expect(err(8).errors).toEqual([{ field: 'items[8].id', message: 'must be at most 200 characters' }]);
    expect(results[10]).toMatchObject({ index: 10, id: 'blank-election', error: { status: 400, errors: [{ field: 'items[10].election', message: 'must not be empty' }] } });
    for (const i of [0, 7]) expect(results[i]).not.toHaveProperty('error');
  });

  it("gives each error entry the request's id, as a single request's problem body has it", async () => {
    // 130 items: errors in both of the pool's slices (125 items each)
    const items = Array.from({ length: 130 }, (_, i) => (i % 64 === 1 ? { id: `bad-${i}`, text: '' } : { id: `p${i}`, text: 'ayo coblos 02' }));
    const res = await postJson(batch(), { items }, { 'X-Request-Id': 'batch-rid-1' });
    expect(res.headers.get('x-request-id')).toBe('batch-rid-1');
    const { results } = await res.json();
    const errors = results.filter((r: { error?: unknown }) => r.error !== undefined);
    expect(errors.map((r: { index: number }) => r.index)).toEqual([1, 65, 129]);
    for (const r of errors) expect(r.error.requestId).toBe('batch-rid-1');
    // without X-Request-Id, the one the service gives (the response header's)
    const plain = await postJson(batch(), { items: [{ id: 'x', text: '' }] });
    expect((await plain.json()).results[0].error.requestId).toBe(plain.headers.get('x-request-id'));
    // and so does a single request's problem
    const single = await postJson(`${svc.url}/v1/score`, { text: '' }, { 'X-Request-Id': 'batch-rid-2' });
    expect((await single.json()).requestId).toBe('batch-rid-2');
  });

  it('accepts an empty batch', async () => {
    expect(await (await postJson(batch(), { items: [] })).json()).toEqual({ results: [] });
  });

  it('refuses more items than the limit, a missing items array and unknown envelope fields', async () => {
    const tooMany = await expectProblem(await postJson(batch(), { items: Array.from({ length: MAX + 1 }, () => ({ text: 'halo' })) }), 400);
    expect(tooMany.errors).toEqual([{ field: 'items', message: `has ${MAX + 1} items; the limit is ${MAX} (NETRA_MAX_BATCH_ITEMS sets it): send the rest in another request` }]); // as the text limit names its setting
    const missing = await expectProblem(await postJson(batch(), { posts: [] }), 400);
    expect(missing.errors).toEqual(expect.arrayContaining([{ field: 'items', message: 'is required' }, { field: 'posts', message: 'unknown field' }]));
    const notArray = await expectProblem(await postJson(batch(), { items: { text: 'halo' } }), 400);
    expect(notArray.errors).toEqual([{ field: 'items', message: 'must be an array' }]); // as POST /v1/review/items says
  });

  it('counts item errors and scores in /metrics', async () => {
    await postJson(batch(), { items: [{ text: '' }, { text: 'ayo', election: 'nope' }, { text: 'ayo coblos 02' }] });
    const metrics = await (await fetch(`${svc.url}/metrics`)).text();
    expect(metrics).toMatch(/^netra_batch_item_errors_total\{status="400"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^netra_batch_item_errors_total\{status="422"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^netra_scores_total\{level="tinggi",label="ajakan"\} [1-9]\d*$/m);
  });

  it('counts each scored item once in /metrics', async () => {
    const count = async () => {
      const text = await (await fetch(`${svc.url}/metrics`)).text();
      return [...text.matchAll(/^netra_scores_total\{[^}]*\} (\d+)$/gm)].reduce((s, m) => s + Number(m[1]), 0);
    };
    const before = await count();
    await postJson(batch(), { items: Array.from({ length: 130 }, (_, i) => ({ text: TEXTS[i % TEXTS.length] })) });
    expect((await count()) - before).toBe(130);
  });
});

describe('the batch pool', () => {
  it('scores the items of a body exactly as the core does, with postedAt and a per-item election', async () => {
    const scorer = await loadScorer();
    const pool = new BatchPool(1, { maxTextLength: DEFAULT_CONFIG.maxTextLength });
    try {
      expect(await pool.start(() => {})).toBe(true);
      const input = { id: 'x', text: 'ayo c0bl0s 0⃣2⃣ ya gaes!!! #KhofifahEmil', election: 'pilgub-jatim-2024', postedAt: '2024-11-20T10:00:00+07:00' };
      const body = Buffer.from(JSON.stringify({ items: [input, { id: 'y', text: 'halo semua' }, { id: 'z', text: '' }] }));
      const out = await pool.score(body, scanBatchItems(body, 10)!);
      const { results } = JSON.parse(Buffer.concat(out!.body).toString());
      expect(results[0]).toEqual(JSON.parse(JSON.stringify(scorer.score(input))));
      expect(results[0].stage).toBe('campaign');
      expect(results[1].id).toBe('y');
      expect(results[2]).toMatchObject({ index: 2, id: 'z', error: { status: 400, errors: [{ field: 'items[2].text', message: 'must not be empty' }] } });
      expect(Object.values(out!.outcomes).reduce((a, b) => a + b, 0)).toBe(2);
      expect(out!.refused).toEqual({ 400: 1 });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('says when the bytes of an item are not JSON, so that the whole body is read to say where', async () => {
    const pool = new BatchPool(1, { maxTextLength: DEFAULT_CONFIG.maxTextLength });
    try {
      expect(await pool.start(() => {})).toBe(true);
      const body = Buffer.from('{"items":[{"text":"halo"},{"text":tru}]}');
      expect(await pool.score(body, scanBatchItems(body, 10)!)).toBeUndefined();
      expect(pool.ready).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  /** A service with a one-worker pool; `killWorkers` makes the workers die under it. */
  async function withPooledService(run: (ctx: { scorer: Scorer; pool: BatchPool; svc: TestService; killWorkers: () => Promise<void> }) => Promise<void>) {
    const scorer = await loadScorer();
    const pool = new BatchPool(1, { maxTextLength: DEFAULT_CONFIG.maxTextLength });
    expect(await pool.start(() => {})).toBe(true);
    const svc = await startService({ batchPool: pool });
    try {
      await run({ scorer, pool, svc, killWorkers: () => (pool as unknown as { pool: { close(): Promise<void> } }).pool.close() });
    } finally {
      await svc.close();
    }
  }

  it('falls back to inline scoring when its workers are gone, with the same answer', async () => {
    await withPooledService(async ({ scorer, pool, svc, killWorkers }) => {
      await killWorkers();
      const items = TEXTS.map((text, i) => ({ id: `f${i}`, text }));
      const res = await postJson(`${svc.url}/v1/score/batch`, { items });
      expect(res.status).toBe(200);
      const { results } = await res.json();
      results.forEach((r: unknown, i: number) => expect(r).toEqual(JSON.parse(JSON.stringify(scorer.score(items[i])))));
      expect(pool.ready).toBe(false);
      expect((await (await fetch(`${svc.url}/readyz`)).json()).batchWorkers).toBe(0);
      expect(svc.logs.join('\n')).toMatch(/batch workers failed; scoring inline/);
    });
  }, 60_000);

  it('scores a long single post on the pool, with the same answer as inline (and inline when the pool fails)', async () => {
    await withPooledService(async ({ scorer, svc, killWorkers }) => {
      const body = { id: 'long-1', text: `${'Rapat koordinasi persiapan pemilu di kantor kecamatan. '.repeat(40)}Ayo coblos 02!`, election: 'pilpres-2024', postedAt: '2024-01-10T10:00:00+07:00' };
      expect(body.text.length).toBeGreaterThan(LONG_POST);
      const expected = JSON.parse(JSON.stringify(scorer.score(body)));
      const pooled = await postJson(`${svc.url}/v1/score`, body);
      expect(pooled.status).toBe(200);
      expect(pooled.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await pooled.json()).toEqual(expected);
      expect(svc.logs.join('\n')).not.toMatch(/scoring worker failed/);
      await killWorkers();
      expect(await (await postJson(`${svc.url}/v1/score`, body)).json()).toEqual(expected);
      expect(svc.logs.join('\n')).toMatch(/scoring worker failed; scoring inline/); // so the pool was the first choice
    });
  }, 60_000);

  it('stays inline when it has no threads', async () => {
    const pool = new BatchPool(0, { maxTextLength: 100 });
    expect(await pool.start(() => {})).toBe(false);
    expect(pool.ready).toBe(false);
  });
});
