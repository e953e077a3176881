// POST /v1/score/batch: input order, error entries in place of invalid items, the item limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, loadScorer, postJson, startService, type TestService } from './helpers.js';
import type { Scorer } from '../../src/pipeline/scorer.js';

let svc: TestService;
let scorer: Scorer;
const MAX = 250; // above the 100-item slice between event-loop yields, so slicing keeps order too

beforeAll(async () => {
  scorer = await loadScorer();
  svc = await startService({ config: { maxBatchItems: MAX, maxTextLength: 200 } });
});
afterAll(() => svc.close());

const batch = (): string => `${svc.url}/v1/score/batch`;
const TEXTS = ['ayo coblos 02', 'hari ini macet parah di jalan', 'jgn pilih paslon 1, janjinya cuma omong doang', 'debat semalam prabowo bagus', 'selamat pagi bapak ibu'];

describe('POST /v1/score/batch', () => {
  it('returns one result per item, in input order, each as the core scores it', async () => {
    const items = Array.from({ length: MAX }, (_, i) => ({ id: `p${i}`, text: TEXTS[i % TEXTS.length] }));
    const res = await postJson(batch(), { items });
    expect(res.status).toBe(200);
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
    expect(err(2)).toMatchObject({ status: 400, errors: [{ field: 'items[2].text', message: 'is 201 characters long; the limit is 200 characters' }] });
    expect(err(3)).toMatchObject({ status: 422, type: 'urn:netra:problem:unknown-election', errors: [{ field: 'items[3].election' }] });
    expect(results[4]).toMatchObject({ index: 4, error: { status: 400, errors: [{ field: 'items[4]', message: 'must be a JSON object' }] } });
    expect(results[4]).not.toHaveProperty('id');
    expect(err(5).errors).toEqual([{ field: 'items[5].postedat', message: 'unknown field' }]);
    expect(results[6]).not.toHaveProperty('id'); // a non-string id is not echoed
    expect(err(6).errors).toEqual([{ field: 'items[6].id', message: 'must be a string' }]);
    for (const i of [0, 7]) expect(results[i]).not.toHaveProperty('error');
  });

  it('accepts an empty batch', async () => {
    expect(await (await postJson(batch(), { items: [] })).json()).toEqual({ results: [] });
  });

  it('refuses more items than the limit, a missing items array and unknown envelope fields', async () => {
    const tooMany = await expectProblem(await postJson(batch(), { items: Array.from({ length: MAX + 1 }, () => ({ text: 'halo' })) }), 400);
    expect(tooMany.errors).toEqual([{ field: 'items', message: `must have at most ${MAX} items` }]);
    const missing = await expectProblem(await postJson(batch(), { posts: [] }), 400);
    expect(missing.errors).toEqual(expect.arrayContaining([{ field: 'items', message: 'is required' }, { field: 'posts', message: 'unknown field' }]));
    const notArray = await expectProblem(await postJson(batch(), { items: { text: 'halo' } }), 400);
    expect(notArray.errors).toEqual([{ field: 'items', message: 'must be an array of score requests' }]);
  });

  it('counts item errors and scores in /metrics', async () => {
    await postJson(batch(), { items: [{ text: '' }, { text: 'ayo', election: 'nope' }, { text: 'ayo coblos 02' }] });
    const metrics = await (await fetch(`${svc.url}/metrics`)).text();
    expect(metrics).toMatch(/^netra_batch_item_errors_total\{status="400"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^netra_batch_item_errors_total\{status="422"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^netra_scores_total\{level="tinggi",label="ajakan"\} [1-9]\d*$/m);
  });
});
