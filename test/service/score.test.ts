// POST /v1/score over real HTTP: the response contract, id assignment, request ids, the same result
// as the scoring core, and the election-stage rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScorer, postJson, startService, type TestService } from './helpers.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { LEVELS } from '../../src/decision/level.js';

let svc: TestService;
let scorer: Scorer;

beforeAll(async () => {
  scorer = await loadScorer();
  svc = await startService();
});
afterAll(() => svc.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('POST /v1/score', () => {
  it('scores a post and returns the documented shape', async () => {
    const res = await postJson(`${svc.url}/v1/score`, { text: 'ayo coblos 02' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store'); // evidence and mentions are fragments of the post
    const body = await res.json();
    expect(body).toMatchObject({ label: 'ajakan', level: 'tinggi', model: { version: scorer.model.spec.version, backend: scorer.backend } });
    expect(Object.keys(body.scores).sort()).toEqual(['ajakan', 'dukungan', 'netral', 'serangan']);
    const sum = Object.values(body.scores as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 4);
    expect(body.risk).toBeCloseTo(1 - body.scores.netral, 5);
    expect(body.evidence.length).toBeGreaterThan(0);
    expect(body.evidence[0]).toHaveProperty('weight');
    expect(body.mentions).toContainEqual(expect.objectContaining({ kind: 'number' }));
    expect(body).not.toHaveProperty('stage');
  });

  it('assigns a UUID when the request has no id, and echoes a given id', async () => {
    const a = await (await postJson(`${svc.url}/v1/score`, { text: 'hari ini macet parah' })).json();
    const b = await (await postJson(`${svc.url}/v1/score`, { text: 'hari ini macet parah' })).json();
    expect(a.id).toMatch(UUID);
    expect(b.id).toMatch(UUID);
    expect(a.id).not.toBe(b.id);
    const c = await (await postJson(`${svc.url}/v1/score`, { text: 'hari ini macet parah', id: 'post-42', author: 'x', source: 'twitter' })).json();
    expect(c.id).toBe('post-42');
  });

  it('gives the same result as the scoring core (nothing is scored differently over HTTP)', async () => {
    const cases = [
      { text: 'Jujur aja sy tetep Prabowo, gk ada yg lain 🔥 #Coblos02' },
      { text: 'jgn pilih paslon 1, janjinya cuma omong doang', election: 'pilgub-jatim-2024' },
      { text: 'debat semalam prabowo bagus', election: 'pilpres-2024', postedAt: '2024-01-10T10:00:00+07:00' },
      { text: 'Berita: harga beras naik lagi di pasar' },
    ];
    for (const c of cases) {
      const body = await (await postJson(`${svc.url}/v1/score`, { ...c, id: 'same' })).json();
      expect(body).toEqual(JSON.parse(JSON.stringify(scorer.score({ ...c, id: 'same' }))));
    }
  });

  it('echoes a well-formed X-Request-Id and generates one otherwise', async () => {
    const mine = await postJson(`${svc.url}/v1/score`, { text: 'halo' }, { 'x-request-id': 'trace-abc.123' });
    expect(mine.headers.get('x-request-id')).toBe('trace-abc.123');
    const bad = await postJson(`${svc.url}/v1/score`, { text: 'halo' }, { 'x-request-id': 'no spaces <allowed>' });
    expect(bad.headers.get('x-request-id')).toMatch(UUID);
    const none = await postJson(`${svc.url}/v1/score`, { text: 'halo' });
    expect(none.headers.get('x-request-id')).toMatch(UUID);
  });

  it('accepts text exactly at the length limit, counting characters not UTF-16 units', async () => {
    const emoji = '🔥'.repeat(10_000); // 10,000 characters, 20,000 UTF-16 units
    const res = await postJson(`${svc.url}/v1/score`, { text: emoji });
    expect(res.status).toBe(200);
  });
});

describe('election stage', () => {
  const ELECTION = 'pilpres-2024'; // campaign 2023-11-28…2024-02-10, quiet 02-11…02-13, voting 02-14 (WIB)
  const BEFORE = '2023-06-01T10:00:00+07:00';
  const step = (level: string): string => LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(level as never) + 1)];
  const score = async (text: string, postedAt?: string) =>
    (await postJson(`${svc.url}/v1/score`, { text, election: ELECTION, ...(postedAt ? { postedAt } : {}) })).json();

  /** A partisan post whose level before the campaign is below tinggi, so a raise is visible. */
  async function partisanBelowTinggi(): Promise<{ text: string; level: string }> {
    for (const text of ['debat semalam prabowo bagus', 'anies keren sih', 'kayaknya pak ganjar oke', 'prabowo gemoy', 'aku sih anies', 'menurutku ganjar paling siap']) {
      const r = await score(text, BEFORE);
      if (r.label !== 'netral' && r.level !== 'tinggi') return { text, level: r.level };
    }
    throw new Error('no partisan post below tinggi among the candidates; pick new examples for this model');
  }

  it('raises a partisan post one level in the campaign compared with before it', async () => {
    const { text, level } = await partisanBelowTinggi();
    const before = await score(text, BEFORE);
    const campaign = await score(text, '2024-01-10T10:00:00+07:00');
    expect(before.stage).toBe('before');
    expect(campaign.stage).toBe('campaign');
    expect(campaign.risk).toBe(before.risk);
    expect(campaign.label).toBe(before.label);
    expect(before.level).toBe(level);
    expect(campaign.level).toBe(step(level));
    expect(campaign.level).not.toBe(before.level);
  });

  it('raises in candidate determination and the quiet period, but not on voting day or after', async () => {
    const { text, level } = await partisanBelowTinggi();
    expect((await score(text, '2024-02-12T10:00:00+07:00'))).toMatchObject({ stage: 'quiet_period', level: step(level) });
    expect((await score(text, '2024-02-14T10:00:00+07:00'))).toMatchObject({ stage: 'voting', level });
    expect((await score(text, '2024-03-01T10:00:00+07:00'))).toMatchObject({ stage: 'after', level });
    expect((await score(text, '2023-11-20T10:00:00+07:00'))).toMatchObject({ stage: 'candidate_determination', level: step(level) });
  });

  it('uses the WIB calendar day: 17:30Z on the eve of a stage is already that stage', async () => {
    const { text, level } = await partisanBelowTinggi();
    expect(await score(text, '2023-11-27T17:30:00Z')).toMatchObject({ stage: 'campaign', level: step(level) });
    expect(await score(text, '2023-11-27T16:30:00Z')).toMatchObject({ stage: 'candidate_determination', level: step(level) });
    expect(await score(text, '2024-02-13T17:30:00Z')).toMatchObject({ stage: 'voting', level });
    expect(await score(text, '2024-02-13T16:30:00Z')).toMatchObject({ stage: 'quiet_period', level: step(level) });
  });

  it('never raises a partisan post that mentions none of the election\'s contestants', async () => {
    // Risma ran for governor, not president: for pilpres-2024 these posts name no one
    let text = '';
    for (const candidate of ['sy sih tetep pilih bu Risma, paling merakyat', 'Risma paling merakyat, pilihanku', 'bu Risma mantap, lanjutkan', 'aku sih tetep Risma, orangnya merakyat dan sederhana', 'aku sih tetep Risma']) {
      const r = await score(candidate, BEFORE);
      if (r.label !== 'netral' && r.level !== 'tinggi') { text = candidate; break; }
    }
    if (!text) throw new Error('no partisan post below tinggi naming no one among the candidates; pick new examples for this model');
    const before = await score(text, BEFORE);
    const campaign = await score(text, '2024-01-10T10:00:00+07:00');
    expect(campaign.mentions).toEqual([]);
    expect(campaign.label).not.toBe('netral');
    expect(campaign.stage).toBe('campaign');
    expect(campaign.level).toBe(before.level);
    expect(campaign.level).not.toBe('tinggi');
  });

  it('never raises a netral post', async () => {
    const before = await score('hari ini macet parah di jalan', BEFORE);
    const campaign = await score('hari ini macet parah di jalan', '2024-01-10T10:00:00+07:00');
    expect(campaign.label).toBe('netral');
    expect(campaign.stage).toBe('campaign');
    expect(campaign.level).toBe(before.level);
  });

  it('reports no stage without postedAt, or without election', async () => {
    const noDate = await score('prabowo gemoy');
    expect(noDate).not.toHaveProperty('stage');
    expect(noDate.election).toBe(ELECTION);
    const noElection = await (await postJson(`${svc.url}/v1/score`, { text: 'prabowo gemoy', postedAt: '2024-01-10T10:00:00+07:00' })).json();
    expect(noElection).not.toHaveProperty('stage');
  });
});
