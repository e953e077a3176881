// "Was this person's post exported, when and by whom?": a bulk export (the API's GET /export, the page's
// /review/export, train --with-reviews) hands out every decided post's text, author and link, so its
// `export` entry must say which items left, without any post text: the number of items in `after.items`,
// and each item's id indexed in audit_shown, so `GET /audit?item=<id>` (and the item's case file) lists
// the exports that held it, also after the item is deleted.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { reviewExamples } from '../../src/review/training.js';

type Entry = { seq: number; action: string; actor: string; itemId: string | null; after: Record<string, unknown> | null };

describeOnStores('a bulk export audits which items left on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const call = (method: string, path: string, key: string) => apiCall(fx.srv.base, method, path, key);
  const log = async (query: string): Promise<Entry[]> => (await call('GET', `/v1/review/audit?${query}`, fx.keys.admin)).json.entries;
  const add = async (tag: string) => (await fx.store.add({ text: `Pilih nomor 2 ya, ${tag}`, author: `akun-${tag}` }, fakeResult(0.9, 'ajakan', 'tinggi'), 'test')).item.id;
  const decidedIds = async (): Promise<string[]> =>
    (await fx.store.rdb.db.selectFrom('decisions').select('item_id').distinct().execute()).map((r) => r.item_id).sort();

  it('GET /export: the entry counts the items and names no text; ?item= finds it for a decided item, not for an open one', async () => {
    const decided = await add('api-decided');
    const corrected = await add('api-corrected');
    const open = await add('api-open');
    await fx.store.decide(decided, { outcome: 'confirmed', reason: 'ajakan' }, 'test');
    const first = await fx.store.decide(corrected, { outcome: 'dismissed', reason: 'salah' }, 'test');
    await fx.store.decide(corrected, { outcome: 'escalated', reason: 'koreksi', corrects: first.id }, 'test');

    const res = await call('GET', '/v1/review/export?format=csv', fx.keys.supervisor);
    expect(res.status).toBe(200);
    const ids = await decidedIds();
    const entry = (await log('action=export')).find((e) => e.itemId === null)!;
    expect(entry.after).toEqual({ format: 'csv', rows: expect.any(Number), items: ids.length });
    expect(JSON.stringify(entry)).not.toContain('Pilih nomor');

    for (const id of [decided, corrected]) expect((await log(`item=${id}&action=export`)).map((e) => e.seq)).toEqual([entry.seq]);
    expect(await log(`item=${open}&action=export`)).toEqual([]);
    // The case file lists it too, among the item's exports.
    const file = (await call('GET', `/v1/review/items/${decided}/export`, fx.keys.supervisor)).json;
    expect(file.audit.filter((a: Entry) => a.action === 'export').map((a: Entry) => a.itemId)).toEqual([null, decided]);
  });

  it('the page\'s export and a deleted item: the export stays found under the deleted item\'s id', async () => {
    const id = await add('page-deleted');
    await fx.store.decide(id, { outcome: 'confirmed', reason: 'ajakan' }, 'test');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const res = await fetch(`${fx.srv.base}/review/export?format=jsonl`, { headers: { cookie } });
    expect(res.status).toBe(200);
    await res.text();
    expect((await call('DELETE', `/v1/review/items/${id}?reason=permintaan%20pemilik`, fx.keys.admin)).status).toBe(204);
    const found = await log(`item=${id}&action=export`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ itemId: null, after: { format: 'jsonl', items: expect.any(Number) } });
    // The admin's audit page says so in the item column: the item, of how many the export held.
    const admin = await webLogin(fx.srv.base, fx.keys.admin);
    const page = await (await fetch(`${fx.srv.base}/review/audit?item=${id}&action=export`, { headers: { cookie: admin } })).text();
    // The count links to the list of the export's items (/review/audit/<seq>/items).
    const items = `<a href="/review/audit/${found[0].seq}/items" class="entry-items" title="Item yang dibawa ekspor ini">${found[0].after!.items} item</a>`;
    expect(page).toContain(`${id}</span> <small>dari ${items}</small>`);
    const all = await (await fetch(`${fx.srv.base}/review/audit?action=export`, { headers: { cookie: admin } })).text();
    expect(all).toContain(`data-label="Item">${items}</td>`);
  });

  it('train --with-reviews: its training export is found under each item it read', async () => {
    const id = await add('training');
    await fx.store.decide(id, { outcome: 'confirmed', reason: 'ajakan' }, 'test');
    const examples = await reviewExamples(fx.store, 'cli:uji');
    expect(examples.map((e) => e.id)).toContain(`review:${id}`);
    const found = await log(`item=${id}&action=export`);
    expect(found.map((e) => e.actor)).toContain('cli:uji');
    expect(found.find((e) => e.actor === 'cli:uji')!.after).toEqual({ format: 'training', rows: examples.length, items: examples.length });
  });
});
