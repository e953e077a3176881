// "Who was shown item X?": the log's `?item=X` (API and page) and X's case file find the queue-page
// reads that listed X (entries of no item, X only in their `after.ids`) beside X's own entries, newest
// first by seq with the cursor intact; they stay found after X is deleted or its text purged; and the
// lookup goes through indexes, not through the JSON of every read.
import { expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewDb } from '../../src/review/db/open.js';
import { itemAuditQuery } from '../../src/review/store/audit.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

type Entry = { seq: number; action: string; itemId: string | null; after: { ids?: string[] } | null };

describeOnStores('?item= finds the queue pages that showed the item on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const call = (method: string, path: string, key: string) => apiCall(fx.srv.base, method, path, key);
  const log = async (query: string): Promise<{ entries: Entry[]; nextCursor: string | null }> => (await call('GET', `/v1/review/audit?${query}`, fx.keys.admin)).json;
  const brief = (es: Entry[]) => es.map((e) => [e.action, e.itemId === null ? 'page' : e.itemId]);
  const threeItems = async (election: string) => {
    const ids: string[] = [];
    for (const [i, risk] of [0.95, 0.9, 0.85].entries()) ids.push((await fx.store.add({ text: `Ayo pilih nomor ${i + 1}, ${election}`, author: `${election}-${i}` }, fakeResult(risk, 'ajakan', 'tinggi', election), 'test')).item.id);
    return ids;
  };

  it('GET /audit?item=: the item\'s own entries and the queue pages that listed it, newest first, paged by cursor', async () => {
    const ids = await threeItems('shown-api');
    await call('GET', '/v1/review/items?election=shown-api&limit=2', fx.keys.analyst); // ids[0], ids[1]
    await call('GET', `/v1/review/items/${ids[1]}`, fx.keys.analyst);
    await call('GET', '/v1/review/items?election=shown-api', fx.keys.analyst); // all three
    await call('GET', '/v1/review/items?election=shown-none', fx.keys.analyst); // empty: no row

    const all = await log(`item=${ids[1]}`);
    expect(brief(all.entries)).toEqual([['read', 'page'], ['read', ids[1]], ['read', 'page'], ['create', ids[1]]]);
    for (const e of all.entries.filter((x) => x.itemId === null)) expect(e.after?.ids).toContain(ids[1]);
    const seqs = all.entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(brief((await log(`item=${ids[2]}`)).entries)).toEqual([['read', 'page'], ['create', ids[2]]]);
    // The other filters still apply to both kinds of entry.
    expect(brief((await log(`item=${ids[1]}&action=read`)).entries)).toEqual([['read', 'page'], ['read', ids[1]], ['read', 'page']]);
    expect(brief((await log(`item=${ids[1]}&action=create`)).entries)).toEqual([['create', ids[1]]]);
    expect((await log(`item=${ids[1]}&actor=nobody`)).entries).toEqual([]);

    // One entry a page: every entry once, in the same order, the last page without a cursor.
    const paged: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { entries: Entry[]; nextCursor: string | null } = await log(`item=${ids[1]}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.entries).toHaveLength(1);
      paged.push(page.entries[0].seq);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(seqs);
  });

  it('the case file has the queue pages that showed the item among its reads, oldest first; the item\'s own trail still has no reads', async () => {
    const ids = await threeItems('shown-file');
    await call('GET', '/v1/review/items?election=shown-file', fx.keys.analyst);
    await call('GET', `/v1/review/items/${ids[0]}`, fx.keys.analyst);
    const file = (await call('GET', `/v1/review/items/${ids[0]}/export`, fx.keys.supervisor)).json;
    expect(file.audit.map((a: Entry) => [a.action, a.itemId === null ? 'page' : a.itemId])).toEqual([['create', ids[0]], ['read', 'page'], ['read', ids[0]], ['export', ids[0]]]);
    expect(file.audit[1].after).toEqual({ rows: 3, ids, filter: { election: 'shown-file' } });
    expect((await call('GET', `/v1/review/items/${ids[0]}`, fx.keys.analyst)).json.audit.map((a: Entry) => a.action)).toEqual(['create', 'export']);
  });

  it('a deleted item and a purged one: their queue-page reads are still found, like the rest of their kept history', async () => {
    const ids = await threeItems('shown-gone');
    await call('GET', '/v1/review/items?election=shown-gone', fx.keys.analyst);
    await fx.store.decide(ids[1], { outcome: 'dismissed', reason: 'bukan ajakan' }, 'test');
    await fx.store.rdb.db.updateTable('items').set({ decided_at: new Date(Date.now() - 90 * 86_400_000).toISOString() }).where('id', '=', ids[1]).execute();
    expect(await fx.store.purgeExpired(30)).toBeGreaterThanOrEqual(1);
    expect((await call('DELETE', `/v1/review/items/${ids[0]}?reason=uji`, fx.keys.admin)).status).toBe(204);

    expect(brief((await log(`item=${ids[0]}`)).entries)).toEqual([['delete', ids[0]], ['read', 'page'], ['create', ids[0]]]);
    expect(brief((await log(`item=${ids[1]}`)).entries)).toEqual([['purge_text', ids[1]], ['decision', ids[1]], ['read', 'page'], ['create', ids[1]]]);
    // The page's entry itself is unchanged: it still names all three.
    const page = (await log(`item=${ids[2]}&action=read`)).entries[0];
    expect(page.after?.ids).toEqual(ids);
  });

  it('the audit page\'s item filter lists the queue pages that showed the item', async () => {
    const ids = await threeItems('shown-web');
    await call('GET', '/v1/review/items?election=shown-web', fx.keys.analyst);
    const admin = await webLogin(fx.srv.base, fx.keys.admin);
    const html = await (await fetch(`${fx.srv.base}/review/audit?item=${ids[2]}`, { headers: { cookie: admin } })).text();
    const rows = [...html.matchAll(/<tr data-seq="\d+">.*?<td class="act"[^>]*>(\w+)<\/td><td class="item"[^>]*>(.*?)<\/td>/g)].map((m) => [m[1], m[2]]);
    // The page's read is of no item; its item cell names the filtered item it showed and the page's size.
    // The id opens the item; no "log" link beside it, the log being filtered by it already.
    const link = `<a href="/review/items/${ids[2]}">${ids[2]}</a>`;
    expect(rows).toEqual([['read', `${link} <small>dari 3 item</small>`], ['create', link]]);
    // Unfiltered, "log" beside the id filters the log by that item.
    const all = await (await fetch(`${fx.srv.base}/review/audit?action=create`, { headers: { cookie: admin } })).text();
    expect(all).toContain(`<td class="item" data-label="Item">${link} <small><a href="/review/audit?item=${ids[2]}" class="item-log" title="Saring log audit menurut item ini">log</a></small></td>`);
  });

  it('the audit page names a deleted item without a link to its page (gone: 404), keeping "log"; a purged one stays linked', async () => {
    const ids = await threeItems('gone-web');
    await call('GET', '/v1/review/items?election=gone-web', fx.keys.analyst);
    await fx.store.decide(ids[1], { outcome: 'dismissed', reason: 'bukan ajakan' }, 'test');
    await fx.store.rdb.db.updateTable('items').set({ decided_at: new Date(Date.now() - 90 * 86_400_000).toISOString() }).where('id', '=', ids[1]).execute();
    expect(await fx.store.purgeExpired(30)).toBeGreaterThanOrEqual(1);
    expect((await call('DELETE', `/v1/review/items/${ids[0]}?reason=uji`, fx.keys.admin)).status).toBe(204);
    const admin = await webLogin(fx.srv.base, fx.keys.admin);
    const page = (query: string) => fetch(`${fx.srv.base}/review/audit?${query}`, { headers: { cookie: admin } });
    expect((await fetch(`${fx.srv.base}/review/items/${ids[0]}`, { headers: { cookie: admin } })).status).toBe(404);

    const cells = (html: string) => [...html.matchAll(/<tr data-seq="\d+">.*?<td class="act"[^>]*>(\w+)<\/td><td class="item"[^>]*>(.*?)<\/td>/g)].map((m) => [m[1], m[2]]);
    const gone = `<span class="gone" title="Item ini sudah dihapus">${ids[0]}</span>`;
    const log = (id: string) => ` <small><a href="/review/audit?item=${id}" class="item-log" title="Saring log audit menurut item ini">log</a></small>`;
    const deletes = await (await page('action=delete')).text();
    expect(cells(deletes)).toContainEqual(['delete', gone + log(ids[0])]);
    expect(deletes).not.toContain(`href="/review/items/${ids[0]}"`);
    // Filtered by it: its entries and the queue page that showed it, none linking to the item.
    const filtered = await (await page(`item=${ids[0]}`)).text();
    expect(cells(filtered)).toEqual([['delete', gone], ['read', `${gone} <small>dari 3 item</small>`], ['create', gone]]);
    // The purged item still has its page (decisions and trail, no text): still linked.
    expect(cells(await (await page(`item=${ids[1]}&action=purge_text`)).text())).toEqual([['purge_text', `<a href="/review/items/${ids[1]}">${ids[1]}</a>`]]);
  });

  it('the item filter reads indexes, not every read row', async () => {
    const plan = await planOf(fx.store.rdb, 'some-item');
    expect(plan).toMatch(/audit_item/);
    expect(plan).toMatch(/audit_shown/);
    expect(plan).not.toMatch(kind.name === 'sqlite' ? /SCAN (TABLE )?audit\b(?! USING)/ : /Seq Scan on audit\b/);
  });
});

/** The plan of the log's item query (on PostgreSQL with sequential scans off: the tables are tiny). */
async function planOf(rdb: ReviewDb, itemId: string): Promise<string> {
  const q = itemAuditQuery(rdb.db, itemId).selectAll().orderBy('seq', 'desc').limit(51).compile();
  if (rdb.dialect === 'sqlite') {
    const rows = (await rdb.db.executeQuery<{ detail: string }>({ ...q, sql: `EXPLAIN QUERY PLAN ${q.sql}` })).rows;
    return rows.map((r) => r.detail).join(' | ');
  }
  return rdb.db.connection().execute(async (c) => {
    await sql`SET enable_seqscan = off`.execute(c);
    const rows = (await c.executeQuery<Record<string, string>>({ ...q, sql: `EXPLAIN ${q.sql}` })).rows;
    return rows.map((r) => r['QUERY PLAN']).join(' | ');
  });
}
