// The audit page's export entries link to the list of the items the export held (the API's
// GET /audit/:seq/items as a page, which had no link from the page): ids and what became of each
// (stored, purged, deleted), never text or authors; paged like the log; admins only; not audited.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('the items of one export on the audit page on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const get = async (cookie: string, path: string) => {
    const res = await fetch(fx.srv.base + path, { headers: { cookie }, redirect: 'manual' });
    return { status: res.status, body: await res.text() };
  };
  const add = async (tag: string) => (await fx.store.add({ text: `Coblos nomor 2 ya, ${tag}`, author: `akun-${tag}` }, fakeResult(0.9, 'ajakan', 'tinggi'), 'test')).item.id;
  const logSize = async () => Number((await fx.store.rdb.db.selectFrom('audit').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  /** The list's rows as [id, state, linked to the item]. */
  const rowsOf = (body: string) =>
    [...body.matchAll(/<tr data-item="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [m[1], /data-label="Keadaan">([^<]*)</.exec(m[2])?.[1], m[2].includes(`href="/review/items/${m[1]}"`)]);

  it('links an export entry to its items, listed with their state, page by page; no text or author; nothing audited', async () => {
    const ids = [await add('satu'), await add('dua'), await add('tiga')];
    for (const id of ids) await fx.store.decide(id, { outcome: 'confirmed', reason: 'ajakan' }, 'test');
    expect((await apiCall(fx.srv.base, 'GET', '/v1/review/export?format=csv', fx.keys.supervisor)).status).toBe(200);
    const entry = (await apiCall(fx.srv.base, 'GET', '/v1/review/audit?action=export&limit=1', fx.keys.admin)).json.entries[0];
    const held = (await fx.store.entryItems(await fx.store.exportEntry(entry.seq), { limit: 500 })).items.map((i) => i.id);
    await fx.store.purgeExpired(1, 'cli:retention', new Date(Date.now() + 2 * 86_400_000));
    expect((await apiCall(fx.srv.base, 'DELETE', `/v1/review/items/${ids[1]}?reason=permintaan%20pemilik`, fx.keys.admin)).status).toBe(204);

    const cookie = await webLogin(fx.srv.base, fx.keys.admin);
    const log = await get(cookie, '/review/audit?action=export');
    expect(log.body).toContain(`<a href="/review/audit/${entry.seq}/items" class="entry-items" title="Item yang dibawa ekspor ini">${held.length} item</a>`);

    const before = await logSize();
    const all = await get(cookie, `/review/audit/${entry.seq}/items`);
    expect(all.status).toBe(200);
    expect(all.body).toContain(`<h1>Item dalam ekspor #${entry.seq}</h1>`);
    expect(rowsOf(all.body)).toEqual(held.map((id) => (id === ids[1] ? [id, 'item dihapus', false] : [id, 'teks dan penulis dihapus (retensi)', true])));
    expect(all.body).not.toMatch(/Coblos nomor|akun-/);
    expect(all.body).not.toContain('aria-label="Halaman item ekspor"'); // one page: no pager

    // Paged as the log: "berikutnya »" until the last, "« awal" back to the first.
    const paged: string[] = [];
    let path: string | undefined = `/review/audit/${entry.seq}/items?limit=1`;
    while (path) {
      const page = await get(cookie, path);
      expect(page.status).toBe(200);
      paged.push(...rowsOf(page.body).map((r) => String(r[0])));
      if (paged.length > 1) expect(page.body).toContain(`<a href="/review/audit/${entry.seq}/items">« awal</a>`);
      const next = /<a id="next-page" href="([^"]+)">berikutnya »<\/a>/.exec(page.body)?.[1].replace(/&amp;/g, '&');
      path = next ? `${next}&limit=1` : undefined;
    }
    expect(paged).toEqual(held);
    expect(await logSize()).toBe(before);
  });

  it('an export audited before its items were recorded says so; 404, 409 and 403 pages', async () => {
    const { seq } = await fx.store.rdb.db.insertInto('audit').values({ item_id: null, actor: 'Sari#k1', action: 'export', before: null, after: JSON.stringify({ format: 'csv', rows: 4 }), at: new Date().toISOString() }).returning('seq').executeTakeFirstOrThrow();
    const cookie = await webLogin(fx.srv.base, fx.keys.admin);
    const old = await get(cookie, `/review/audit/${seq}/items`);
    expect(old.status).toBe(200);
    expect(old.body).toContain('id="not-recorded"');
    const log = await get(cookie, '/review/audit?action=export');
    expect(log.body).toContain(`<a href="/review/audit/${seq}/items" class="entry-items">daftar item</a>`);

    expect((await get(cookie, '/review/audit/999999999/items')).status).toBe(404);
    expect((await get(cookie, '/review/audit/abc/items')).status).toBe(404);
    const key = (await apiCall(fx.srv.base, 'GET', '/v1/review/audit?action=key_create&limit=1', fx.keys.admin)).json.entries[0];
    const notExport = await get(cookie, `/review/audit/${key.seq}/items`);
    expect(notExport.status).toBe(409);
    expect(notExport.body).toContain(`Entri audit #${key.seq} adalah key_create, bukan ekspor`);
    // its heading says what is wrong, not a generic "Permintaan tidak dapat diproses"
    expect(notExport.body).toContain('<h1>Bukan entri ekspor</h1>');
    expect((await get(cookie, `/review/audit/${seq}/items?levl=1`)).status).toBe(400);
    expect((await get(cookie, `/review/audit/${seq}/items?cursor=bogus`)).status).toBe(400);

    const supervisor = await webLogin(fx.srv.base, fx.keys.supervisor);
    const refused = await get(supervisor, `/review/audit/${seq}/items`);
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain('not-recorded');
  });
});
