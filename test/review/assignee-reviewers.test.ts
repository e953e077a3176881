// An assignee is a reviewer who can decide the item: an active supervisor or admin key, named as the log
// names it (`<key name>#<key id>`) or by its key name alone when one such key has it, and stored as that
// actor. Any string used to be taken, so a typo ("Sari Supervisr") created a phantom reviewer holding
// the item, whom no page recognises as the holder. On SQLite and PostgreSQL.
import { beforeAll, expect, it } from 'vitest';
import { createKey, revokeKey } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('assignees name reviewer keys on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const twins: string[] = [];
  let revoked = '';
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) twins.push((await createKey(fx.store.rdb, { name: 'Tim Kembar', role: 'supervisor' }, 'test')).info.id);
    revoked = (await createKey(fx.store.rdb, { name: 'Mantan Supervisor', role: 'supervisor' }, 'test')).info.id;
    await revokeKey(fx.store.rdb, revoked, 'test');
  });
  const newItem = async (tag: string) => (await fx.store.add({ text: `Ayo pilih nomor 2, ${tag}`, author: tag }, fakeResult(0.9, 'ajakan'), 'test')).item.id;
  const assign = (id: string, body: unknown) => apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, body);

  it('refuses a name no active supervisor or admin key has (a typo, an analyst, a revoked key), writing nothing', async () => {
    const id = await newItem('salah ketik');
    for (const assignee of ['Sari Supervisr', 'sari', 'Ani Analis', 'Mantan Supervisor', `Mantan Supervisor#${revoked}`, 'Sari Supervisor#0000000000000000']) {
      const res = await assign(id, { assignee });
      expect(res.status, assignee).toBe(400);
      expect(res.json.errors, assignee).toEqual([{ field: 'assignee', message: expect.stringMatching(/^must name an active supervisor or admin key, as <key name>#<key id>/) }]);
    }
    const rec = await fx.store.record(id);
    expect([rec?.item.status, rec?.item.assignee, rec?.audit.map((a) => a.action)]).toEqual(['new', null, ['create']]);
  });

  it('takes a reviewer by key name or as name#id and stores the actor; a shared name must be given with its id', async () => {
    const id = await newItem('nama kunci');
    const byName = await assign(id, { assignee: 'Adi Admin' });
    expect(byName.status).toBe(200);
    expect(byName.json.assignee).toMatch(/^Adi Admin#[0-9a-f]{16}$/);

    const twin = await assign(id, { assignee: 'Tim Kembar', fromAssignee: byName.json.assignee });
    expect(twin.status).toBe(400);
    expect(twin.json.errors[0]).toEqual({ field: 'assignee', message: expect.stringContaining(`names 2 reviewer keys (Tim Kembar#${twins[0]}, Tim Kembar#${twins[1]})`) });
    const exact = await assign(id, { assignee: `Tim Kembar#${twins[1]}`, fromAssignee: byName.json.assignee });
    expect([exact.status, exact.json.assignee]).toEqual([200, `Tim Kembar#${twins[1]}`]);
    // The caller (the default) and null are as before.
    expect((await assign(id, { fromAssignee: exact.json.assignee })).json.assignee).toMatch(/^Sari Supervisor#/);
    expect((await assign(id, { assignee: null })).json).toMatchObject({ status: 'new', assignee: null });
  });

  it('an item a free-text name holds (stored before this rule) can still be taken over naming it', async () => {
    const id = await newItem('nama lama');
    await fx.store.assign(id, 'sari', 'test');
    const taken = await assign(id, { fromAssignee: 'sari' });
    expect(taken.status).toBe(200);
    expect(taken.json.assignee).toMatch(/^Sari Supervisor#/);
  });
});
