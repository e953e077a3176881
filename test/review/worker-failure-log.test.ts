// POST /v1/review/items sends long posts to the service's workers; a worker's failure relays its
// error's message, which can quote the post (Node's JSON.parse quotes the text it stops at). The
// route scores the post inline and logs the failure as /v1/score does: by name, never by message.
import { describe, expect, it } from 'vitest';
import type { BatchPool } from '../../src/service/batch-pool.js';
import { LONG_POST } from '../../src/service/routes/score.js';
import { reviewService } from './helpers/service.js';

const SECRET = 'rahasia-isi-postingan';
const failure = (): Promise<never> => Promise.reject(new Error(`scoring worker 1 failed: Unexpected token 'a', "ayo coblos ${SECRET}" is not valid JSON`));
/** A pool that is ready and fails every request: the route then scores inline. */
const failingPool = { ready: true, threads: 2, activeThreads: 2, score: failure, scoreOne: failure, scorePost: failure, close: async () => {} } as unknown as BatchPool;

describe("a scoring worker's failure on POST /v1/review/items", () => {
  const svc = reviewService({ key: { name: 'Ani Analis', role: 'analyst' }, logLevel: 'info', maxBatch: 100, pool: failingPool });

  it('is logged by name and the pool’s words, without the message; the post is still scored and stored', async () => {
    const text = `ayo coblos ${SECRET} `.repeat(Math.ceil((LONG_POST + 1) / 30));
    expect(text.length).toBeGreaterThan(LONG_POST);
    const res = await fetch(`${svc.base}/v1/review/items`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': svc.key }, body: JSON.stringify({ text }) });
    expect(res.status).toBe(201);
    const queued = await res.json();
    expect(queued).toMatchObject({ created: true });
    expect((await svc.review.store.get(queued.id))?.text).toBe(text);
    const warnings = svc.logs.filter((l) => /worker/.test(l));
    expect(warnings.map((l) => JSON.parse(l).msg)).toEqual(['scoring worker failed; scoring inline']);
    expect(JSON.parse(warnings[0]).err).toMatchObject({ name: 'Error', worker: 'scoring worker 1 failed' });
    expect(svc.logs.join('\n')).not.toContain(SECRET);
  });
});
