// Over the API on both stores: every decision carries a reason, as the page asks.
import { beforeAll, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
}, 60_000);

describeOnStores('decision reasons over the API on $name', (kind) => {
  const fx = reviewServer(kind, () => scorer);
  const call = (method: string, path: string, key?: string, body?: unknown) => apiCall(fx.srv.base, method, path, key, body);
  const newItem = async (text: string) => (await call('POST', '/v1/review/items', fx.keys.analyst, { text, author: `k-${Math.random()}` })).json.id as string;
  const decide = (id: string, key: string, body: object) => call('POST', `/v1/review/items/${id}/decision`, key, body);

  it('refuses a decision without a reason (400 naming reason), for every outcome', async () => {
    const id = await newItem('Ayo coblos nomor 2 ya, jangan lupa');
    for (const body of [{ outcome: 'confirmed' }, { outcome: 'dismissed', reason: '' }, { outcome: 'escalated', reason: '   ' }]) {
      const res = await decide(id, fx.keys.supervisor, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    }
    expect((await decide(id, fx.keys.supervisor, { outcome: 'confirmed' })).json.errors[0].message).toMatch(/^is required/);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    expect((await decide(id, fx.keys.supervisor, { outcome: 'confirmed', reason: 'ajakan memilih' })).status).toBe(201);
  });
});
