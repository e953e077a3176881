// A postedAt later than when the post is scored is no post's (a placeholder such as 9999-12-31, a typo
// in the year, a wrong zone). The batch CLI warns of it and counts it; the service scores the post with
// it as well (postedAt stays strict RFC 3339, and valid), and says so: a `warnings` entry in the result
// (single and batch, inline and on the worker pool alike) and a counter in /metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startService, type TestService } from './helpers.js';
import { BatchPool } from '../../src/service/batch-pool.js';
import { LONG_POST } from '../../src/service/routes/score.js';
import { CLOCK_SKEW_TOLERANCE_MS } from '../../src/pipeline/posted-in-future.js';

const FUTURE = '9999-12-31T00:00:00Z';
const PAST = '2024-01-10T10:00:00+07:00';
const LONG = `${'harga beras naik lagi di pasar. '.repeat(Math.ceil(LONG_POST / 32))}ayo coblos 02`;
const WARNING = { type: 'urn:netra:warning:posted-at-in-future', field: 'postedAt', message: expect.stringMatching(/^is later than when the post was scored: no post is made in the future/) };

/** The counter's value in /metrics (0 when it has no sample yet). */
async function futureCount(svc: TestService): Promise<number> {
  const text = await (await fetch(`${svc.url}/metrics`)).text();
  expect(text).toMatch(/^# TYPE netra_posted_at_future_total counter$/m);
  return Number(/^netra_posted_at_future_total (\d+)$/m.exec(text)?.[1] ?? 0);
}

describe.each([
  ['inline', 0],
  ['on a worker thread', 1],
])('a postedAt in the future, scored %s', (_mode, workers) => {
  let svc: TestService;
  let pool: BatchPool | undefined;

  beforeAll(async () => {
    if (workers > 0) {
      pool = new BatchPool(workers, { maxTextLength: 10_000 });
      expect(await pool.start(() => {})).toBe(true);
    }
    svc = await startService({ config: { scoreWorkers: workers }, batchPool: pool });
  }, 60_000);
  afterAll(async () => {
    await svc.close();
    await pool?.close();
  });

  it('is scored, with a warning in the result and a count in /metrics; other posts get neither', async () => {
    const before = await futureCount(svc);
    for (const text of ['ayo coblos 02', LONG]) {
      const warned = await postJson(`${svc.url}/v1/score`, { text, election: 'pilpres-2024', postedAt: FUTURE });
      expect(warned.status).toBe(200);
      const body = await warned.json();
      expect(body.warnings).toEqual([WARNING]);
      expect(body.stage).toBe('after'); // scored with that time, as the batch CLI does
      const plain = await (await postJson(`${svc.url}/v1/score`, { text, election: 'pilpres-2024', postedAt: PAST })).json();
      expect(plain).not.toHaveProperty('warnings');
    }
    expect((await (await postJson(`${svc.url}/v1/score`, { text: 'ayo coblos 02' })).json())).not.toHaveProperty('warnings');
    expect(await futureCount(svc)).toBe(before + 2);

    const items = [{ text: 'ayo coblos 02', postedAt: PAST }, { text: 'ayo coblos 02', postedAt: FUTURE }, { text: 'halo' }, { text: '', postedAt: FUTURE }];
    const batch = await postJson(`${svc.url}/v1/score/batch`, { items });
    expect(batch.status).toBe(200);
    const { results } = await batch.json();
    expect(results[1].warnings).toEqual([{ ...WARNING, field: 'items[1].postedAt' }]);
    for (const i of [0, 2]) expect(results[i]).not.toHaveProperty('warnings');
    expect(results[3].error.status).toBe(400); // refused, not scored: no warning, not counted
    expect(results[3]).not.toHaveProperty('warnings');
    expect(await futureCount(svc)).toBe(before + 3);
  });

  it('leaves a time a few seconds or minutes ahead alone (a source whose clock runs fast), and warns past the tolerance', async () => {
    const before = await futureCount(svc);
    const ahead = (ms: number): string => new Date(Date.now() + ms).toISOString();
    const fast = await (await postJson(`${svc.url}/v1/score`, { text: 'ayo coblos 02', postedAt: ahead(90_000) })).json();
    expect(fast).not.toHaveProperty('warnings');
    const past = await (await postJson(`${svc.url}/v1/score`, { text: 'ayo coblos 02', postedAt: ahead(CLOCK_SKEW_TOLERANCE_MS + 3_600_000) })).json();
    expect(past.warnings).toEqual([WARNING]);
    expect(await futureCount(svc)).toBe(before + 1);
  });
});
