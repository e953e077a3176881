// `?written=true` on the score routes: each evidence phrase with the words as the post writes them,
// the same inline and on the worker pool (batches, and a single post long enough to go there).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScorer, postJson, startService, type TestService } from './helpers.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { BatchPool } from '../../src/service/batch-pool.js';
import { LONG_POST } from '../../src/service/routes/score.js';

const POSTS = ['gak usah ragu, c0bl0s nomor 02 ✌️', '🇮🇩🇮🇩 Salam dua jari! #coblos02 menang', 'Berita: harga beras naik lagi di pasar'];
const LONG = `${'harga beras naik lagi di pasar. '.repeat(Math.ceil(LONG_POST / 32))}ayo c0bl0s 02`;
const MAX_TEXT = 10_000;

describe.each([
  ['inline', 0],
  ['on a worker thread', 1],
])('?written=true, scored %s', (_mode, workers) => {
  let svc: TestService;
  let scorer: Scorer;
  let pool: BatchPool | undefined;

  beforeAll(async () => {
    scorer = await loadScorer();
    if (workers > 0) {
      pool = new BatchPool(workers, { maxTextLength: MAX_TEXT });
      expect(await pool.start(() => {})).toBe(true);
    }
    svc = await startService({ config: { maxTextLength: MAX_TEXT, scoreWorkers: workers }, batchPool: pool });
  }, 60_000);
  afterAll(async () => {
    await svc.close();
    await pool?.close();
  });

  const expected = (text: string, written: boolean) => JSON.parse(JSON.stringify(scorer.score({ text, id: 'x' }, { written })));

  it('gives single posts their written words, and none without it', async () => {
    for (const text of [...POSTS, LONG]) {
      const res = await postJson(`${svc.url}/v1/score?written=true`, { text, id: 'x' });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toEqual(expected(text, true));
      for (const e of body.evidence) for (const w of e.written ?? []) expect(text.slice(w.start, w.end)).toBe(w.text);
      expect(await (await postJson(`${svc.url}/v1/score`, { text, id: 'x' })).json()).toEqual(expected(text, false));
      expect(await (await postJson(`${svc.url}/v1/score?written=false`, { text, id: 'x' })).json()).toEqual(expected(text, false));
    }
    const c0bl0s = (await (await postJson(`${svc.url}/v1/score?written=true`, { text: POSTS[0] })).json()).evidence.find((e: { text: string }) => e.text === 'coblos');
    expect(c0bl0s.written).toEqual([{ text: 'c0bl0s', start: 15, end: 21 }]);
  });

  it('gives batch items their written words, and none without it', async () => {
    const items = [...POSTS, LONG].map((text) => ({ text, id: 'x' }));
    const withIt = await (await postJson(`${svc.url}/v1/score/batch?written=true`, { items })).json();
    expect(withIt.results).toEqual(items.map((i) => expected(i.text, true)));
    const without = await (await postJson(`${svc.url}/v1/score/batch`, { items })).json();
    expect(without.results).toEqual(items.map((i) => expected(i.text, false)));
  });

  it('is in the OpenAPI document of both routes', async () => {
    const doc = await (await fetch(`${svc.url}/openapi.json`)).json();
    for (const path of ['/v1/score', '/v1/score/batch']) expect(doc.paths[path].post.parameters).toContainEqual(expect.objectContaining({ name: 'written', in: 'query' }));
    expect(doc.components.schemas.ScoreResult.properties.evidence.items.properties.written.items.required).toEqual(['text', 'start', 'end']);
  });

  it('refuses a value other than true or false, or the parameter given twice, naming it', async () => {
    for (const query of ['written=yes', 'written=', 'written=true&written=true']) {
      for (const path of ['/v1/score', '/v1/score/batch']) {
        const res = await postJson(`${svc.url}${path}?${query}`, path === '/v1/score' ? { text: POSTS[0] } : { items: [{ text: POSTS[0] }] });
        expect(res.status).toBe(400);
        expect((await res.json()).errors).toEqual([{ field: 'written', message: expect.stringMatching(/true or false/) }]);
      }
    }
  });

  it('refuses any other query parameter, naming it: a misspelt ?writen=true must not pass silently', async () => {
    for (const query of ['writen=true', 'Written=true', 'text=ayo', 'written=true&election=pilpres-2024']) {
      for (const path of ['/v1/score', '/v1/score/batch']) {
        const res = await postJson(`${svc.url}${path}?${query}`, path === '/v1/score' ? { text: POSTS[0] } : { items: [{ text: POSTS[0] }] });
        expect(res.status).toBe(400);
        const name = [...new URLSearchParams(query).keys()].find((k) => k !== 'written');
        expect((await res.json()).errors).toEqual([{ field: name, message: 'unknown query parameter (the score routes take only written)' }]);
      }
    }
  });
});
