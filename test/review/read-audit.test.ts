// Reading post text is audited (`read`): one row per API answer or page that shows items' text, written
// in the same transaction as the read, on both stores. Reads that show no text (an empty page, HEAD,
// a refused query, the audit log itself) write none.
import { expect, it } from 'vitest';
import { ReviewStore } from '../../src/review/store/index.js';
import { sql } from '../../src/review/db/kysely.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('reading post text is audited on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const call = (method: string, path: string, key: string) => apiCall(fx.srv.base, method, path, key);

  /** The `read` rows written since `seq`, oldest first, with `after` parsed. */
  const readsSince = async (seq: number) =>
    (await fx.store.rdb.db.selectFrom('audit').selectAll().where('action', '=', 'read').where('seq', '>', seq).orderBy('seq').execute()).map((r) => ({
      itemId: r.item_id,
      actor: r.actor,
      after: r.after ? JSON.parse(r.after) : null,
    }));
  const lastSeq = async () => Number((await fx.store.rdb.db.selectFrom('audit').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirst())?.m ?? 0);
  /** Three items of an election of their own, so a filter lists exactly them. */
  const threeItems = async (election: string) => {
    const ids: string[] = [];
    for (const [i, risk] of [0.95, 0.9, 0.85].entries()) ids.push((await fx.store.add({ text: `Ayo pilih nomor ${i + 1}, ${election}`, author: `${election}-${i}` }, fakeResult(risk, 'ajakan', 'tinggi', election), 'test')).item.id);
    return ids;
  };
  const analystActor = expect.stringMatching(/^Ani Analis#/);

  it('GET /items: one row per page that lists items, naming them and the filter; none for an empty page, HEAD or a refused query', async () => {
    const ids = await threeItems('read-list');
    const start = await lastSeq();
    const first = await call('GET', '/v1/review/items?election=read-list&limit=2', fx.keys.analyst);
    expect(first.json.items.map((x: { id: string }) => x.id)).toEqual(ids.slice(0, 2));
    expect(await readsSince(start)).toEqual([{ itemId: null, actor: analystActor, after: { rows: 2, ids: ids.slice(0, 2), filter: { election: 'read-list' } } }]);
    const mid = await lastSeq();
    await call('GET', `/v1/review/items?election=read-list&limit=2&cursor=${encodeURIComponent(first.json.nextCursor)}`, fx.keys.analyst);
    expect(await readsSince(mid)).toEqual([{ itemId: null, actor: analystActor, after: { rows: 1, ids: ids.slice(2), filter: { election: 'read-list' } } }]);

    const end = await lastSeq();
    expect((await call('GET', '/v1/review/items?election=read-none', fx.keys.analyst)).json.items).toEqual([]);
    expect((await call('HEAD', '/v1/review/items?election=read-list', fx.keys.analyst)).status).toBe(200);
    expect((await call('GET', '/v1/review/items?levl=tinggi', fx.keys.analyst)).status).toBe(400);
    expect((await call('GET', '/v1/review/items?cursor=garbage', fx.keys.analyst)).status).toBe(400);
    expect(await readsSince(end)).toEqual([]);
  });

  it('GET /items/:id: one row for the item; its answer shows the changes, the admin sees the reads', async () => {
    const [id] = await threeItems('read-one');
    const start = await lastSeq();
    const got = await call('GET', `/v1/review/items/${id}`, fx.keys.analyst);
    expect(got.json.text).toContain('read-one');
    expect(await readsSince(start)).toEqual([{ itemId: id, actor: analystActor, after: { rows: 1 } }]);
    // The trail shown with the item stays its history of changes: reading it does not grow it.
    expect((await call('GET', `/v1/review/items/${id}`, fx.keys.analyst)).json.audit.map((a: { action: string }) => a.action)).toEqual(['create']);

    const end = await lastSeq();
    expect((await call('HEAD', `/v1/review/items/${id}`, fx.keys.analyst)).status).toBe(200);
    expect((await call('GET', '/v1/review/items/00000000-0000-0000-0000-000000000000', fx.keys.analyst)).status).toBe(404);
    expect(await readsSince(end)).toEqual([]);

    // The admin filters the log for them; reading the log is not itself a read of text.
    const log = await call('GET', `/v1/review/audit?action=read&item=${id}`, fx.keys.admin);
    expect(log.status).toBe(200);
    expect(log.json.entries.map((e: { action: string; itemId: string }) => [e.action, e.itemId])).toEqual([['read', id], ['read', id]]);
    expect(await lastSeq()).toBe(end);
    // The case file holds the whole trail, reads included.
    const file = await call('GET', `/v1/review/items/${id}/export`, fx.keys.supervisor);
    expect(file.json.audit.map((a: { action: string }) => a.action)).toEqual(['create', 'read', 'read', 'export']);
  });

  it('POST /items/:id/assign answers with the item, its text included: a read too, also when the assignment changed nothing', async () => {
    const [id] = await threeItems('read-assign');
    const start = await lastSeq();
    const post = (body: unknown) => apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, body);
    expect((await post({ assignee: null })).json.text).toContain('read-assign'); // unassigning an unassigned item: no `assign` row
    expect((await post({})).json.assignee).toMatch(/^Sari Supervisor#/);
    const rows = await fx.store.rdb.db.selectFrom('audit').select(['action', 'item_id', 'actor']).where('seq', '>', start).orderBy('seq').execute();
    const sari = expect.stringMatching(/^Sari Supervisor#/);
    expect(rows).toEqual([
      { action: 'read', item_id: id, actor: sari },
      { action: 'assign', item_id: id, actor: sari },
      { action: 'read', item_id: id, actor: sari },
    ]);
  });

  it('the pages audit the queue and item views as the API does; the audit page, HEAD and the queue redirect do not', async () => {
    const ids = await threeItems('read-web');
    const cookie = await webLogin(fx.srv.base, fx.keys.analyst);
    const get = (path: string, method = 'GET') => fetch(fx.srv.base + path, { method, redirect: 'manual', headers: { cookie } }).then(async (r) => [r.status, await r.text()] as const);
    const start = await lastSeq();
    expect((await get('/review?election=read-web'))[0]).toBe(200);
    expect((await get(`/review/items/${ids[1]}?election=read-web`))[0]).toBe(200);
    expect(await readsSince(start)).toEqual([
      { itemId: null, actor: analystActor, after: { rows: 3, ids, filter: { election: 'read-web' } } },
      { itemId: ids[1], actor: analystActor, after: { rows: 1 } },
    ]);

    const admin = await webLogin(fx.srv.base, fx.keys.admin); // a `login` row, before counting
    const end = await lastSeq();
    expect((await get('/review?election=read-web', 'HEAD'))[0]).toBe(200);
    expect((await get(`/review/items/${ids[1]}`, 'HEAD'))[0]).toBe(200);
    expect((await get(`/review?election=read-web&at=${ids[2]}`))[0]).toBe(303);
    expect((await get('/review?election=read-none'))[0]).toBe(200);
    const auditPage = await fetch(`${fx.srv.base}/review/audit?action=read`, { headers: { cookie: admin } });
    expect(auditPage.status).toBe(200);
    const html = await auditPage.text();
    expect(html).toContain('<option value="read" selected>');
    expect(await lastSeq()).toBe(end);
    // A page's read names up to 500 ids: a long value is folded (its start shown, all of it on opening), not one tall cell.
    const longRead = /<details class="long"><summary><code>(\{&quot;rows&quot;:3,&quot;ids&quot;:\[[^<]*)…<\/code><\/summary><code>([^<]*)<\/code><\/details>/.exec(html);
    expect(longRead).not.toBeNull();
    expect(longRead![2]).toBe(JSON.stringify({ rows: 3, ids, filter: { election: 'read-web' } }).replace(/"/g, '&quot;'));
    expect(longRead![2].startsWith(longRead![1])).toBe(true);
    expect(html).toMatch(/<td[^>]*><code>\{&quot;rows&quot;:1\}<\/code><\/td>/); // a short one stays as it is
  });

  it('writes nothing for what shows no text: an item purged by retention, a page of purged items; a page names only the items whose text it shows', async () => {
    const ids = await threeItems('read-purged');
    await fx.store.decide(ids[0], { outcome: 'confirmed' }, 'test');
    await fx.store.decide(ids[1], { outcome: 'dismissed' }, 'test');
    const later = (days: number) => new Date(Date.now() + days * 86_400_000);
    expect(await fx.store.purgeExpired(30, 'test', later(31))).toBeGreaterThanOrEqual(2);
    const cookie = await webLogin(fx.srv.base, fx.keys.analyst);
    const page = (path: string) => fetch(fx.srv.base + path, { redirect: 'manual', headers: { cookie } }).then((r) => r.status);

    const start = await lastSeq();
    const purged = await call('GET', `/v1/review/items/${ids[0]}`, fx.keys.analyst);
    expect([purged.status, purged.json.text, purged.json.author]).toEqual([200, null, null]);
    expect(await page(`/review/items/${ids[1]}`)).toBe(200);
    expect(await readsSince(start)).toEqual([]);
    // A page of two purged items and one with its text names that one only.
    expect((await call('GET', '/v1/review/items?election=read-purged', fx.keys.analyst)).json.items).toHaveLength(3);
    expect(await readsSince(start)).toEqual([{ itemId: null, actor: analystActor, after: { rows: 1, ids: [ids[2]], filter: { election: 'read-purged' } } }]);
    expect((await fx.store.auditLog({ action: 'read', itemId: ids[0] })).entries).toEqual([]);

    await fx.store.decide(ids[2], { outcome: 'confirmed' }, 'test');
    expect(await fx.store.purgeExpired(30, 'test', later(31))).toBe(1);
    const end = await lastSeq();
    expect((await call('GET', '/v1/review/items?election=read-purged', fx.keys.analyst)).json.items).toHaveLength(3);
    expect(await page('/review?election=read-purged')).toBe(200);
    expect(await readsSince(end)).toEqual([]);
  });

  it('hands out nothing when the read cannot be audited (the row and the read share one transaction)', async () => {
    const store = await ReviewStore.open(await kind.fresh());
    try {
      const { item } = await store.add({ text: 'Ayo pilih nomor 2, tidak teraudit', author: 'no-audit' }, fakeResult(0.9), 'test');
      if (kind.name === 'sqlite') {
        await sql`CREATE TRIGGER audit_no_read BEFORE INSERT ON audit WHEN NEW.action = 'read' BEGIN SELECT RAISE(ABORT, 'no reads'); END`.execute(store.rdb.db);
      } else {
        await sql`CREATE FUNCTION test_no_read() RETURNS trigger AS $$ BEGIN IF NEW.action = 'read' THEN RAISE EXCEPTION 'no reads'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`.execute(store.rdb.db);
        await sql`CREATE TRIGGER audit_no_read BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION test_no_read()`.execute(store.rdb.db);
      }
      await expect(store.readItem(item.id, 'reader#1')).rejects.toThrow(/no reads/);
      await expect(store.readPage({}, {}, 'reader#1')).rejects.toThrow(/no reads/);
      // Nothing shown, nothing written; an empty page needs no row, so it is answered.
      expect((await store.readPage({ election: 'none' }, {}, 'reader#1')).items).toEqual([]);
      expect((await store.audit(item.id)).map((a) => a.action)).toEqual(['create']);
    } finally {
      await store.close();
    }
  });
});
