// The score answers are written by the result writer (src/pipeline/result-json.ts), not res.json: each
// must still be the bytes res.json would send — compact JSON as JSON.stringify writes it, of the result
// the scoring core gives — for a single post and a batch, scored inline and on the workers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScorer, postJson, startService, type TestService } from './helpers.js';
import { BatchPool } from '../../src/service/batch-pool.js';
import type { Scorer } from '../../src/pipeline/scorer.js';

const POSTS = [
  { id: 'a', text: 'Ayo bapak ibu, besok c0bl0s nomor 2 ya!!! Menangkan Khofifah-Emil #KhofifahEmil', election: 'pilgub-jatim-2024', postedAt: '2024-11-20T10:00:00+07:00' },
  // (a lone surrogate does not reach the writer from a request: the service reads it as U+FFFD)
  { id: 'kutip "dua" \\ \u2028 \u0001', text: 'dia bilang "coblos 02" \\ gitu\nbaris baru\ttab 🙏 \u2029' },
  { id: 'c', text: 'hari ini macet parah di jalan tol' },
];

let scorer: Scorer;
let pool: BatchPool;
let inline: TestService;
let pooled: TestService;
beforeAll(async () => {
  scorer = await loadScorer();
  pool = new BatchPool(1, { maxTextLength: 5000 });
  expect(await pool.start(() => {})).toBe(true);
  inline = await startService({ config: { scoreWorkers: 0 } });
  pooled = await startService({ config: { scoreWorkers: 1 }, batchPool: pool });
}, 60_000);
afterAll(async () => {
  await inline.close();
  await pooled.close();
  await pool.close();
});

/** The answer's text, checked to be JSON.stringify's own writing of what it says, with res.json's content type. */
async function exactJson(res: Response): Promise<unknown> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const bytes = new Uint8Array(await res.arrayBuffer());
  const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  expect(Buffer.from(bytes).equals(Buffer.from(JSON.stringify(value)))).toBe(true);
  return value;
}

describe('score answers are the bytes res.json would send', () => {
  it.each([
    ['', {}],
    ['?written=true', { written: true }],
  ])('POST /v1/score%s, inline', async (query, options) => {
    for (const post of POSTS) {
      const body = await exactJson(await postJson(`${inline.url}/v1/score${query}`, post));
      expect(body).toEqual(JSON.parse(JSON.stringify(scorer.score(post, options))));
    }
  });

  it.each([
    ['inline', () => inline],
    ['on the workers', () => pooled],
  ])('POST /v1/score/batch?written=true, %s', async (_where, svc) => {
    const body = await exactJson(await postJson(`${svc().url}/v1/score/batch?written=true`, { items: POSTS }));
    expect(body).toEqual({ results: POSTS.map((p) => JSON.parse(JSON.stringify(scorer.score(p, { written: true })))) });
  });
});
