// POST /v1/review/items in the service: posts over LONG_POST characters are scored on the batch
// workers while they run (as /v1/score scores them), inline otherwise, and are stored exactly as inline
// scoring stores them; a bad election still fails the batch before anything is stored, results keep
// input order, and a client gone mid-batch stores nothing.
import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/service/app.js';
import { DEFAULT_CONFIG } from '../../src/service/config.js';
import { createLogger } from '../../src/service/logging.js';
import { BatchPool } from '../../src/service/batch-pool.js';
import { LONG_POST } from '../../src/service/routes/score.js';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer, ScoreInput } from '../../src/pipeline/scorer.js';
import { openReview, type ReviewMount } from '../../src/review/mount.js';
import type { ReviewScorer } from '../../src/review/http/router.js';
import { createKey } from '../../src/review/keys.js';
import { mulberry32 } from '../../src/util/random.js';
import { sqliteKind } from './helpers/stores.js';
import { listenLocal } from '../helpers/listen.js';

const MAX_TEXT = 10_000;

interface Mounted {
  review: ReviewMount;
  server: Server;
  base: string;
  key: string;
}

describe('review posts scored on the service workers', () => {
  const kind = sqliteKind();
  let scorer: Scorer;
  /** The texts the main thread's scorer was asked to score (the review routers' scorer). */
  let inline: string[] = [];
  let pool: BatchPool;
  /** NETRA_SCORE_WORKERS=0: a pool that never runs. */
  let noWorkers: BatchPool;
  let pooled: Mounted;
  let unpooled: Mounted;

  async function mount(batchPool: BatchPool): Promise<Mounted> {
    const counting: ReviewScorer = {
      elections: scorer.elections,
      score: (input) => {
        inline.push(input.text);
        return scorer.score(input);
      },
    };
    const { dataDir } = await kind.fresh();
    const review = await openReview({ scorer: counting, pool: batchPool, config: { dataDir: dataDir as string, retentionDays: 30, maxBatch: 100, maxTextLength: MAX_TEXT } });
    const config = { ...DEFAULT_CONFIG, maxTextLength: MAX_TEXT, logLevel: 'silent' as const };
    const app = createApp({ scorer, config, logger: createLogger(config), routers: review.routers, batchPool });
    const { server, base } = await listenLocal(app);
    const { key } = await createKey(review.store.rdb, { name: 'Ani Analis', role: 'analyst' }, 'test');
    return { review, server, base, key };
  }

  beforeAll(async () => {
    scorer = await createScorer();
    pool = new BatchPool(2, { maxTextLength: MAX_TEXT });
    expect(await pool.start(() => {})).toBe(true);
    noWorkers = new BatchPool(0, { maxTextLength: MAX_TEXT });
    expect(await noWorkers.start(() => {})).toBe(false);
    pooled = await mount(pool);
    unpooled = await mount(noWorkers);
  }, 60_000);
  afterAll(async () => {
    for (const m of [pooled, unpooled]) {
      m?.server.closeAllConnections();
      await new Promise((r) => m?.server.close(r));
      await m?.review.close();
    }
    await pool?.close();
    await kind.teardown();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    inline = [];
  });

  const add = async (m: Mounted, body: unknown, signal?: AbortSignal) => {
    const res = await fetch(`${m.base}/v1/review/items`, { method: 'POST', headers: { authorization: `Bearer ${m.key}`, 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
    return { status: res.status, json: await res.json() };
  };
  const item = async (m: Mounted, id: string) => (await fetch(`${m.base}/v1/review/items/${id}`, { headers: { authorization: `Bearer ${m.key}` } })).json();
  const stored = async (m: Mounted) => (await m.review.store.list({}, { limit: 500 })).items.length;
  /** What is stored of a scored post: the item without its id, times and trail. */
  const scoredPart = ({ id: _id, createdAt: _c, updatedAt: _u, audit: _a, decisions: _d, notes: _n, ...rest }: Record<string, unknown>) => rest;

  let n = 0;
  /** A long post no other test sends (the queue folds duplicates), with election mentions and a call to vote. */
  const longPost = (extra: Partial<ScoreInput> = {}) => ({
    text: `Laporan ${++n}: ${'Rapat koordinasi persiapan pemilu di kantor kecamatan bersama relawan. '.repeat(40)}Ayo coblos 02, jangan golput!`,
    ...extra,
  });
  const shortPost = (extra: Partial<ScoreInput> = {}) => ({ text: `jgn pilih paslon 1, janjinya cuma omong doang (${++n})`, ...extra });

  it('scores a long post on a worker and stores what inline scoring stores', async () => {
    const spy = vi.spyOn(pool, 'scorePost');
    const post = longPost({ election: 'pilpres-2024', postedAt: '2024-01-10T10:00:00+07:00' });
    expect(post.text.length).toBeGreaterThan(LONG_POST);
    const onPool = await add(pooled, post);
    expect(onPool.status).toBe(201);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(inline).toEqual([]); // the main thread's scorer never saw it
    const expected = scorer.score(post);
    expect(await spy.mock.results[0].value).toStrictEqual(expected); // the same object, not just the same JSON
    expect(expected.evidence.length).toBeGreaterThan(0);

    const onMain = await add(unpooled, post);
    expect(onMain.status).toBe(201);
    expect(inline).toEqual([post.text]);
    const [a, b] = [await item(pooled, onPool.json.id), await item(unpooled, onMain.json.id)];
    expect(scoredPart(a)).toEqual(scoredPart(b));
    expect(a).toMatchObject({ label: expected.label, risk: expected.risk, level: expected.level, evidence: expected.evidence, stage: 'campaign', election: 'pilpres-2024' });
    // The call to vote is the riskiest part: the item keeps which part its result is about, both ways.
    expect(expected.part).toEqual({ start: post.text.indexOf('Ayo coblos'), end: post.text.length });
    expect([a.part, b.part]).toEqual([expected.part, expected.part]);
  }, 30_000);

  it('scores inline without running workers (NETRA_SCORE_WORKERS=0), and short posts inline with them', async () => {
    const spy = vi.spyOn(pool, 'scorePost');
    const long = longPost();
    const short = shortPost();
    expect((await add(unpooled, { items: [long, short] })).status).toBe(201);
    expect(inline).toEqual([long.text, short.text]);
    inline = [];
    expect((await add(pooled, short)).status).toBe(201);
    expect(inline).toEqual([short.text]);
    expect(spy).not.toHaveBeenCalled();
  }, 30_000);

  it('scores the long posts of a body concurrently on the workers, results in input order', async () => {
    const original = pool.scorePost.bind(pool);
    let running = 0;
    let most = 0;
    const spy = vi.spyOn(pool, 'scorePost').mockImplementation(async (input) => {
      most = Math.max(most, ++running);
      try {
        return await original(input);
      } finally {
        running--;
      }
    });
    const items = Array.from({ length: 12 }, (_, i) => (i % 3 === 2 ? shortPost({ election: 'pilgub-jatim-2024' }) : longPost(i % 2 ? { election: 'pilpres-2019', postedAt: '2019-04-01T08:00:00+07:00' } : {})));
    const res = await add(pooled, { items });
    expect(res.status).toBe(201);
    expect(res.json.created).toBe(12);
    expect(spy).toHaveBeenCalledTimes(8);
    expect(most).toBeGreaterThan(1); // several in flight at once, spread over the two workers
    expect(most).toBeLessThanOrEqual(2 * pool.threads); // but not the whole body queued on them
    expect(inline).toEqual(items.filter((p) => p.text.length <= LONG_POST).map((p) => p.text));
    for (const [i, out] of (res.json.items as { id: string }[]).entries()) {
      const expected = scorer.score(items[i]);
      expect(out).toMatchObject({ created: true, label: expected.label, risk: expected.risk, level: expected.level });
      const got = await item(pooled, out.id);
      expect(got.text).toBe(items[i].text);
      expect(got).toMatchObject({ scores: expected.scores, evidence: expected.evidence, mentions: expected.mentions, election: expected.election ?? null, stage: expected.stage ?? null, part: expected.part ?? null });
    }
  }, 60_000);

  it('fails the whole batch on the first bad election in input order, long post or short, storing nothing', async () => {
    const before = await stored(pooled);
    const longBad = await add(pooled, { items: [longPost(), shortPost(), longPost({ election: 'pilkades-2030' }), shortPost({ election: 'pilkades-2031' }), longPost()] });
    expect(longBad.status).toBe(422);
    expect(longBad.json.errors.map((e: { field: string }) => e.field)).toEqual(['items[2].election']);
    const shortBad = await add(pooled, { items: [longPost(), shortPost({ election: 'pilkades-2031' }), longPost({ election: 'pilkades-2030' }), longPost()] });
    expect(shortBad.status).toBe(422);
    expect(shortBad.json.errors.map((e: { field: string }) => e.field)).toEqual(['items[1].election']);
    expect(await stored(pooled)).toBe(before);
  }, 60_000);

  it('stores nothing, and sends no more posts to the workers, when the client goes away mid-batch', async () => {
    const before = await stored(pooled);
    const original = pool.scorePost.bind(pool);
    const gone = new AbortController();
    const spy = vi.spyOn(pool, 'scorePost').mockImplementation(async (input) => {
      gone.abort();
      await new Promise((r) => setTimeout(r, 200)); // for the server to see the connection close
      return original(input);
    });
    const items = Array.from({ length: 20 }, () => longPost());
    await expect(add(pooled, { items }, gone.signal)).rejects.toThrow();
    await vi.waitFor(() => expect(spy.mock.results.length).toBeGreaterThan(0));
    await Promise.allSettled(spy.mock.results.map((r) => r.value));
    await new Promise((r) => setTimeout(r, 300));
    expect(spy.mock.calls.length).toBeLessThan(items.length);
    expect(await stored(pooled)).toBe(before);
  }, 30_000);

  it('scores a post inline when its worker fails', async () => {
    vi.spyOn(pool, 'scorePost').mockRejectedValueOnce(new Error('scoring worker 1 crashed: test'));
    const post = longPost();
    const res = await add(pooled, post);
    expect(res.status).toBe(201);
    expect(inline).toEqual([post.text]);
    expect(res.json).toMatchObject({ label: scorer.score(post).label, risk: scorer.score(post).risk });
  }, 30_000);
});

describe('BatchPool.scorePost', () => {
  it('gives what Scorer.score gives, for made-up words too, and undefined for an election the workers do not know', async () => {
    const scorer = await createScorer();
    const pool = new BatchPool(1, { maxTextLength: MAX_TEXT });
    try {
      expect(await pool.start(() => {})).toBe(true);
      const rand = mulberry32(11);
      const word = () => Array.from({ length: 5 + Math.floor(rand() * 6) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join('');
      const inputs: ScoreInput[] = [
        { text: Array.from({ length: 400 }, word).join(' ') },
        { text: 'ayo c0bl0s 0⃣2⃣ ya gaes!!! #KhofifahEmil', election: 'pilgub-jatim-2024', postedAt: '2024-11-20T10:00:00+07:00' },
        { text: 'halo semua', id: 'given' },
      ];
      for (const input of inputs) expect(await pool.scorePost(input)).toStrictEqual(scorer.score(input));
      expect(await pool.scorePost({ text: 'halo', election: 'pilkades-2030' })).toBeUndefined();
    } finally {
      await pool.close();
    }
  }, 60_000);
});
