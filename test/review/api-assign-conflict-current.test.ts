// A refused assignment (another supervisor took the item first, or gave it back, or it was decided)
// said only why ("item is assigned to \"Budi#…\" now, not nobody as expected"); a refused decision's
// 409 also carries `current`, the item as it is now. An assignment's 409 carries it too, so a client
// can tell its user who holds the item and since when (its `updatedAt`, the take's time).
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer, secondSupervisor } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('a refused assignment on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9, 'ajakan') }));
  const budi = secondSupervisor(fx);
  const call = (path: string, key: string, body: unknown) => apiCall(fx.srv.base, 'POST', `/v1/review${path}`, key, body);

  it('names the holder and the version (when they took it), with or without fromAssignee', async () => {
    for (const body of [{ fromAssignee: null }, {}]) {
      const id = (await fx.store.add({ text: `Ayo coblos nomor 2, ambil ${JSON.stringify(body)}` }, fakeResult(0.9, 'ajakan'), 'test')).item.id;
      const took = await call(`/items/${id}/assign`, budi.key, {});
      expect(took.status).toBe(200);
      const lost = await call(`/items/${id}/assign`, fx.keys.supervisor, body);
      expect(lost.status).toBe(409);
      expect(lost.json.current).toEqual({ status: 'in_review', assignee: budi.actor, label: null, decidedBy: null, decidedAt: null, updatedAt: took.json.updatedAt });
      expect(lost.text).not.toContain(budi.key);
    }
  });

  it('says who decided a decided item, and when', async () => {
    const id = (await fx.store.add({ text: 'Coblos nomor 1 ya, sudah diputuskan' }, fakeResult(0.9, 'ajakan'), 'test')).item.id;
    expect((await call(`/items/${id}/decision`, budi.key, { outcome: 'confirmed', reason: 'ajakan jelas' })).status).toBe(201);
    const lost = await call(`/items/${id}/assign`, fx.keys.supervisor, { fromAssignee: null });
    expect(lost.status).toBe(409);
    const decided = (await fx.store.record(id))!.audit.filter((a) => a.action === 'decision')[0];
    expect(lost.json.current).toMatchObject({ status: 'confirmed', assignee: null, label: 'ajakan', decidedBy: budi.actor, decidedAt: decided.at });
  });
});
