// A scoring worker that fails relays its error's message, and an unexpected error's message can quote
// the post it was scoring (Node's JSON.parse quotes the text it stops at). The route scores the request
// inline and logs the failure by name and code, never by that message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchPool } from '../../src/service/batch-pool.js';
import { postJson, startService, type TestService } from './helpers.js';

const SECRET = 'rahasia-isi-postingan';
const failure = (): Promise<never> => Promise.reject(new Error(`scoring worker 1 failed: Unexpected token 'a', "ayo coblos ${SECRET}" is not valid JSON`));
/** A pool that is ready and fails every request: the route then scores inline. */
const failingPool = { ready: true, activeThreads: 2, score: failure, scoreOne: failure, scorePost: failure, close: async () => {} } as unknown as BatchPool;

let svc: TestService;
beforeAll(async () => {
  svc = await startService({ batchPool: failingPool });
});
afterAll(() => svc.close());

describe("a scoring worker's failure in the log", () => {
  it('is named, without its message, on /v1/score (a long post) and /v1/score/batch, and the posts are still scored', async () => {
    const long = await postJson(`${svc.url}/v1/score`, { text: `ayo coblos ${SECRET} `.repeat(120) });
    const batch = await postJson(`${svc.url}/v1/score/batch`, { items: [{ text: `ayo coblos ${SECRET}` }] });
    expect([long.status, batch.status]).toEqual([200, 200]);
    const warnings = svc.logs.filter((l) => /worker/.test(l));
    expect(warnings.map((l) => JSON.parse(l).msg)).toEqual(['scoring worker failed; scoring inline', 'batch workers failed; scoring inline']);
    for (const line of warnings) expect(JSON.parse(line).err).toMatchObject({ name: 'Error', worker: 'scoring worker 1 failed' });
    expect(svc.logs.join('\n')).not.toContain(SECRET);
  });
});
