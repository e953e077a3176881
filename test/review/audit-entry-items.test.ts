// "Whose data left with this one export?" (a laptop with an export file was lost): GET /audit/:seq/items
// lists the item ids one export entry held, paged as the log, ids and each item's state only (stored,
// purged, deleted), never text or authors; a clear 404 for no such entry, 409 for an entry that is not
// an export; admin only; not itself audited, as reading the log is not.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

type Entry = { seq: number; action: string; itemId: string | null };

describeOnStores('the items of one export entry on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const call = (path: string, key = fx.keys.admin) => apiCall(fx.srv.base, 'GET', `/v1/review${path}`, key);
  const add = async (tag: string) => (await fx.store.add({ text: `Pilih nomor 2 ya, ${tag}`, author: `akun-${tag}` }, fakeResult(0.9, 'ajakan', 'tinggi'), 'test')).item.id;
  const decidedIds = async (): Promise<string[]> =>
    (await fx.store.rdb.db.selectFrom('decisions').select('item_id').distinct().execute()).map((r) => r.item_id).sort();
  const newest = async (action: string): Promise<Entry> => (await call(`/audit?action=${action}&limit=1`)).json.entries[0];
  const logSize = async () => Number((await fx.store.rdb.db.selectFrom('audit').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('lists a bulk export\'s item ids, paged by cursor, each stored, purged or deleted; no text; writes nothing', async () => {
    const ids = [await add('satu'), await add('dua'), await add('tiga')];
    for (const id of ids) await fx.store.decide(id, { outcome: 'confirmed', reason: 'ajakan' }, 'test');
    await add('terbuka'); // open: not in the export
    expect((await call('/export?format=csv', fx.keys.supervisor)).status).toBe(200);
    const held = await decidedIds();
    const entry = await newest('export');

    const before = await logSize();
    const all = await call(`/audit/${entry.seq}/items`);
    expect(all.status).toBe(200);
    expect(all.json).toEqual({ seq: entry.seq, recorded: true, items: held.map((id) => ({ id, state: 'stored' })), nextCursor: null });
    expect(JSON.stringify(all.json)).not.toMatch(/Pilih nomor|akun-/);

    // Page by page, limit 1: every id once, in id order, as the one answer.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await call(`/audit/${entry.seq}/items?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json;
      paged.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(held);
    expect(await logSize()).toBe(before);

    // Purge every decided item's text, then delete one: the export's list says so.
    await fx.store.purgeExpired(1, 'cli:retention', new Date(Date.now() + 2 * 86_400_000));
    expect((await apiCall(fx.srv.base, 'DELETE', `/v1/review/items/${ids[1]}?reason=permintaan%20pemilik`, fx.keys.admin)).status).toBe(204);
    const after = (await call(`/audit/${entry.seq}/items?limit=500`)).json;
    expect(after.items).toEqual(held.map((id) => ({ id, state: id === ids[1] ? 'deleted' : 'purged' })));
  });

  it('an item\'s own export names that item', async () => {
    const id = await add('berkas');
    await fx.store.decide(id, { outcome: 'dismissed', reason: 'netral' }, 'test');
    expect((await call(`/items/${id}/export`, fx.keys.supervisor)).status).toBe(200);
    const entry = await newest('export');
    expect(entry.itemId).toBe(id);
    expect((await call(`/audit/${entry.seq}/items`)).json).toEqual({ seq: entry.seq, recorded: true, items: [{ id, state: 'stored' }], nextCursor: null });
  });

  it('404 for no such entry, 409 for an entry that is not an export, 400 for a bad cursor or parameter, 403 for a supervisor', async () => {
    const id = await add('salah');
    await fx.store.decide(id, { outcome: 'confirmed', reason: 'ajakan' }, 'test');
    const decision = await newest('decision');
    for (const seq of ['999999999', 'abc', '0']) {
      const res = await call(`/audit/${seq}/items`);
      expect(res.status, seq).toBe(404);
      expect(res.json.detail).toBe('audit entry not found');
    }
    const not = await call(`/audit/${decision.seq}/items`);
    expect(not.status).toBe(409);
    expect(not.json.detail).toBe(`audit entry ${decision.seq} is a decision entry, not an export: only an export's items are listed`);

    expect((await call('/export?format=csv', fx.keys.supervisor)).status).toBe(200);
    const entry = await newest('export');
    const logCursor = (await call('/audit?limit=1')).json.nextCursor;
    expect((await call(`/audit/${entry.seq}/items?cursor=${logCursor}`)).status).toBe(400);
    expect((await call(`/audit/${entry.seq}/items?action=export`)).status).toBe(400);
    expect((await call(`/audit/${entry.seq}/items?limit=501`)).status).toBe(400);
    expect((await call(`/audit/${entry.seq}/items`, fx.keys.supervisor)).status).toBe(403);
  });

  it('an export audited before its items were recorded says so', async () => {
    await fx.store.rdb.db.insertInto('audit').values({ item_id: null, actor: 'Lama#k0', action: 'export', before: null, after: JSON.stringify({ format: 'csv', rows: 3 }), at: new Date().toISOString() }).execute();
    const entry = await newest('export');
    expect((await call(`/audit/${entry.seq}/items`)).json).toEqual({ seq: entry.seq, recorded: false, items: [], nextCursor: null });
  });
});
