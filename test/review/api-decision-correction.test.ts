// Over the API on both stores: a supervisor corrects a confirmed or dismissed item by naming the decision in force (`corrects`); an analyst cannot,
// and of two corrections sent at once exactly one is saved.
import { beforeAll, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { createKey } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
}, 60_000);

describeOnStores('corrections over the API on $name', (kind) => {
  const fx = reviewServer(kind, () => scorer);
  let other: string;
  beforeAll(async () => {
    other = (await createKey(fx.store.rdb, { name: 'Ketua Tim', role: 'supervisor' }, 'test')).key;
  });
  const call = (method: string, path: string, key?: string, body?: unknown) => apiCall(fx.srv.base, method, path, key, body);
  const newItem = async (text: string) => (await call('POST', '/v1/review/items', fx.keys.analyst, { text, author: `k-${Math.random()}` })).json.id as string;
  const decide = (id: string, key: string, body: object) => call('POST', `/v1/review/items/${id}/decision`, key, body);

  it('corrects a dismissed item: 201 with supersedes, the old decision still listed; 409 without corrects; analysts 403', async () => {
    const id = await newItem('Pilih nomor 1, sudah terbukti kerjanya!');
    const first = await decide(id, fx.keys.supervisor, { outcome: 'dismissed', reason: 'salah klik' });
    expect(first.status).toBe(201);
    const plain = await decide(id, other, { outcome: 'confirmed', reason: 'ajakan' });
    expect(plain.status).toBe(409);
    expect(plain.json.errors).toEqual([{ field: 'corrects', message: expect.stringContaining(first.json.id) }]);
    expect((await decide(id, fx.keys.analyst, { outcome: 'confirmed', reason: 'ajakan', corrects: first.json.id })).status).toBe(403);
    const noReason = await decide(id, other, { outcome: 'confirmed', corrects: first.json.id });
    expect(noReason.status).toBe(400);
    // Reopening records no label, and only corrects: a label given is a 400 naming it.
    expect((await decide(id, other, { outcome: 'reopened', label: 'ajakan', reason: 'x', corrects: first.json.id })).json.errors.map((e: { field: string }) => e.field)).toEqual(['label']);
    const fix = await decide(id, other, { outcome: 'confirmed', label: 'ajakan', reason: 'dukungan jelas, salah tolak', corrects: first.json.id });
    expect(fix.status).toBe(201);
    expect(fix.json).toMatchObject({ outcome: 'confirmed', reviewerLabel: 'ajakan', supersedes: first.json.id });
    const rec = await call('GET', `/v1/review/items/${id}`, fx.keys.analyst);
    expect(rec.json.status).toBe('confirmed');
    expect(rec.json.decisions.map((d: { id: string; supersedes: string | null }) => [d.id, d.supersedes])).toEqual([[first.json.id, null], [fix.json.id, first.json.id]]);
  });

  it('reopens a dismissed item (back to new) or escalates one by a correction; reopened without corrects is a 400 naming outcome', async () => {
    const id = await newItem('Ayo coblos nomor 2, dibuka lagi lewat API');
    const first = await decide(id, fx.keys.supervisor, { outcome: 'dismissed', reason: 'salah klik' });
    const reopen = await decide(id, other, { outcome: 'reopened', reason: 'perlu ditinjau ulang', corrects: first.json.id });
    expect(reopen.status).toBe(201);
    expect(reopen.json).toMatchObject({ outcome: 'reopened', reviewerLabel: null, supersedes: first.json.id });
    expect((await call('GET', `/v1/review/items/${id}`, fx.keys.analyst)).json).toMatchObject({ status: 'new', assignee: null });
    const open = await decide(id, other, { outcome: 'reopened', reason: 'lagi' });
    expect([open.status, open.json.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['outcome']]);
    const dismissed = await decide(id, other, { outcome: 'dismissed', reason: 'tetap netral' });
    const esc = await decide(id, fx.keys.supervisor, { outcome: 'escalated', reason: 'minta pendapat ketua', corrects: dismissed.json.id });
    expect([esc.status, esc.json.supersedes]).toEqual([201, dismissed.json.id]);
    expect((await call('GET', `/v1/review/items/${id}`, fx.keys.analyst)).json.status).toBe('escalated');
  });

  it('of two corrections of the same decision sent at once, exactly one is saved (409 names corrects)', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await newItem(`Jangan pilih calon ingkar janji, putaran ${round}`);
      const first = (await decide(id, fx.keys.supervisor, { outcome: 'dismissed', reason: 'netral' })).json.id as string;
      const [a, b] = await Promise.all([
        decide(id, fx.keys.supervisor, { outcome: 'confirmed', label: 'serangan', reason: 'serangan', corrects: first }),
        decide(id, other, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan', corrects: first }),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      expect((a.status === 409 ? a : b).json.errors.map((e: { field: string }) => e.field)).toEqual(['corrects']);
      expect((await fx.store.record(id))?.decisions).toHaveLength(2);
    }
  });
});
