// Deciding an item another supervisor holds is a take-over, and must be meant, as on the page and as
// for an assignment: the API decided it whenever no fromAssignee was sent, so a script (or a second
// supervisor) could close a case someone else was working on without seeing whose it was. Now a
// decision without fromAssignee on an open item held by someone else is a 409 naming the holder and
// fromAssignee; naming the holder in fromAssignee decides it (the API's explicit take-over). Admins
// have no power over holds. A decided item is held by nobody, so corrections are not held back,
// also when its row still keeps the last holder and the client sends fromAssignee: null as the API
// shows it. On SQLite and PostgreSQL.
import { beforeAll, expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { createKey } from '../../src/review/keys.js';

describeOnStores('deciding an item someone else holds on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9, 'ajakan') }));
  let budi: string;
  let sari: string; // the holder's actor, as the API stores it
  beforeAll(async () => {
    budi = (await createKey(fx.store.rdb, { name: 'Budi Supervisor', role: 'supervisor' }, 'test')).key;
    sari = (await apiCall(fx.srv.base, 'POST', `/v1/review/items/${await add('dipegang Sari')}/assign`, fx.keys.supervisor, {})).json.assignee;
  });
  let n = 0;
  const add = async (text: string) => (await fx.store.add({ text: `${text} ${++n}` }, fakeResult(0.9, 'ajakan'), 'test')).item.id;
  /** An item Sari took (assigned to herself through the API). */
  const heldBySari = async () => {
    const id = await add('Ayo coblos nomor 2');
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, {})).status).toBe(200);
    return id;
  };
  const decide = (id: string, key: string, body: object) => apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, key, { reason: 'alasan uji', ...body });

  it('refuses a decision without fromAssignee on an item another holds, naming the holder; nothing is written', async () => {
    const id = await heldBySari();
    const trail = (await fx.store.record(id))?.audit.length;
    for (const key of [budi, fx.keys.admin]) {
      const res = await decide(id, key, { outcome: 'confirmed' });
      expect(res.status).toBe(409);
      expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(['fromAssignee']);
      expect(res.json.detail).toContain(JSON.stringify(sari));
      expect(res.json.detail).toContain('fromAssignee');
    }
    const rec = await fx.store.record(id);
    expect(rec?.item).toMatchObject({ status: 'in_review', assignee: sari });
    expect(rec?.decisions).toEqual([]);
    expect(rec?.audit.length).toBe(trail);
  });

  it('decides it when fromAssignee names the holder (the explicit take-over), and the holder needs none', async () => {
    const taken = await heldBySari();
    expect((await decide(taken, budi, { outcome: 'dismissed', fromAssignee: sari })).status).toBe(201);
    expect((await fx.store.record(taken))?.audit.at(-1)).toMatchObject({ action: 'decision', before: { status: 'in_review', assignee: sari } });
    const own = await heldBySari();
    expect((await decide(own, fx.keys.supervisor, { outcome: 'confirmed' })).status).toBe(201);
    const nobody = await add('belum dipegang');
    expect((await decide(nobody, budi, { outcome: 'confirmed' })).status).toBe(201);
  });

  it('holds an escalated item as well: its holder keeps it until decided', async () => {
    const id = await heldBySari();
    expect((await decide(id, fx.keys.supervisor, { outcome: 'escalated' })).status).toBe(201);
    expect((await decide(id, budi, { outcome: 'confirmed' })).json.errors?.[0]?.field).toBe('fromAssignee');
    expect((await decide(id, budi, { outcome: 'confirmed', fromAssignee: sari })).status).toBe(201);
  });

  it('does not hold back a correction: a decided item is held by nobody, also with fromAssignee null', async () => {
    for (const fromAssignee of [undefined, null]) {
      const id = await heldBySari();
      const decided = (await decide(id, fx.keys.supervisor, { outcome: 'dismissed' })).json;
      expect((await apiCall(fx.srv.base, 'GET', `/v1/review/items/${id}`, budi)).json.assignee).toBeNull();
      const res = await decide(id, budi, { outcome: 'confirmed', corrects: decided.id, ...(fromAssignee === null ? { fromAssignee } : {}) });
      expect(res.status).toBe(201);
    }
  });
});
