// The worker threads read a batch body from its bytes (the event loop only finds where each item is):
// every body, plain or odd, valid or broken, must get the answer the event loop gives when it parses
// and scores the body itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postRaw, startService, type TestService } from './helpers.js';
import { BatchPool } from '../../src/service/batch-pool.js';

const LIMITS = { maxBatchItems: 50, maxTextLength: 200 };

/** Bodies as clients send them, byte for byte. Every item has an id, so no answer holds a random one. */
/** Name, whether the scan hands it to the workers, and the bytes. */
const BODIES: [string, boolean, string | Uint8Array][] = [
  ['plain', true, JSON.stringify({ items: [{ id: 'a', text: 'ayo coblos 02' }, { id: 'b', text: 'hari ini macet' }] })],
  ['pretty-printed', true, JSON.stringify({ items: [{ id: 'a', text: 'jgn pilih paslon 1 ya' }] }, null, 2)],
  ['behind a byte-order mark', true, `\ufeff${JSON.stringify({ items: [{ id: 'a', text: 'salam dua jari ✌️' }] })}`],
  ['with escapes and quotes in strings', true, JSON.stringify({ items: [{ id: 'q"1', text: 'dia bilang "coblos 02" \\ gitu, ] } ,' }, { id: 'q2', text: 'baris\nbaru\ttab' }] })],
  ['with lone surrogate escapes', true, '{"items":[{"id":"s1","text":"halo \\ud83d apa kabar"},{"id":"s2","text":"ok \\udc00"}]}'],
  ['with refused items', true, JSON.stringify({ items: [{ id: 'e1', text: '' }, 'a string', 7, null, [], { id: 'e2', text: 'x'.repeat(201) }, { id: 'e3', text: 'halo', election: 'nope' }, { id: 3, text: 'halo' }, { id: 'ok', text: 'coblos kotak kosong' }] })],
  ['empty', true, '{"items":[]}'],
  ['an escaped key', false, '{"\\u0069tems":[{"id":"k","text":"pilih 01"}]}'],
  ['a repeated key', false, '{"items":[{"id":"r1","text":"a"}],"items":[{"id":"r2","text":"pilih 03"}]}'],
  ['a key repeated inside items', true, '{"items":[{"id":"d1","text":"a","text":"pilih 03"},{"id":"d2","id":"d3","text":"x"},{"id":"d4","te\\u0078t":"a","text":"b"},{"id":"d5","text":"halo","author":{"n":1,"n":2}}]}'],
  ['an unknown envelope field', false, '{"items":[{"id":"u","text":"a"}],"other":1}'],
  ['items not an array', false, '{"items":{"text":"a"}}'],
  ['too many items', false, JSON.stringify({ items: Array.from({ length: 51 }, (_, i) => ({ id: `t${i}`, text: 'halo' })) })],
  ['a bad literal inside an item', true, '{"items":[{"id":"a","text":"halo"},{"id":"b","text":tru}]}'],
  ['mismatched brackets inside an item', true, '{"items":[{"id":"a","text":"halo"],{"id":"b","text":"x"}]}'],
  ['a raw control character in a string', true, '{"items":[{"id":"a","text":"halo\u0001"}]}'],
  ['a trailing comma', false, '{"items":[{"id":"a","text":"halo"},]}'],
  ['a missing bracket', false, '{"items":[{"id":"a","text":"halo"}'],
  ['invalid UTF-8 inside an item', true, Buffer.concat([Buffer.from('{"items":[{"id":"a","text":"ha'), Buffer.from([0xc3, 0x28]), Buffer.from('lo"}]}')])],
  ['empty body', false, ''],
];

/** An answer with the parts that differ per request (instance, requestId) removed. */
function comparable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (k, v) => (k === 'instance' || k === 'requestId' ? undefined : v));
}

describe('batch bodies read on the worker threads', () => {
  let inline: TestService;
  let pooled: TestService;
  let pool: BatchPool;
  let slicedBodies = 0;

  beforeAll(async () => {
    pool = new BatchPool(2, { maxTextLength: LIMITS.maxTextLength });
    expect(await pool.start(() => {})).toBe(true);
    const score = pool.score.bind(pool);
    pool.score = (...args) => {
      slicedBodies++;
      return score(...args);
    };
    inline = await startService({ config: { ...LIMITS, scoreWorkers: 0 } });
    pooled = await startService({ config: { ...LIMITS, scoreWorkers: 2 }, batchPool: pool });
  }, 60_000);
  afterAll(async () => {
    await inline.close();
    await pooled.close();
    await pool.close();
  });

  it.each(BODIES)('answers a body %s as the event loop does', async (_name, onWorkers, body) => {
    const before = slicedBodies;
    const [a, b] = await Promise.all([inline, pooled].map((svc) => postRaw(`${svc.url}/v1/score/batch`, body)));
    expect(b.status).toBe(a.status);
    expect(b.headers.get('content-type')).toBe(a.headers.get('content-type'));
    expect(comparable(await b.json())).toEqual(comparable(await a.json()));
    expect(pool.ready).toBe(true); // nothing fell back after a failure
    expect(slicedBodies - before).toBe(onWorkers ? 1 : 0);
  });

  it('gives the same per-item answers across slices of a full batch', async () => {
    const items = Array.from({ length: LIMITS.maxBatchItems }, (_, i) => (i % 7 === 3 ? { id: `x${i}`, text: '' } : { id: `p${i}`, text: `post ${i}: ${['ayo coblos 02', 'macet lagi', 'jangan pilih dia'][i % 3]}` }));
    const body = JSON.stringify({ items });
    const [a, b] = await Promise.all([inline, pooled].map(async (svc) => comparable(await (await postRaw(`${svc.url}/v1/score/batch`, body)).json())));
    expect(b).toEqual(a);
    expect(slicedBodies).toBeGreaterThan(0);
  });
});
