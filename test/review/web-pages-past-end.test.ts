// A page past the end of its list (a "lebih lama »" or "berikutnya »" link kept, a cursor beyond the
// last entry) says so and links to the first page, on the audit log and on one export's items as on the
// queue; none of the three shows an empty table's header above that note. The audit log and the
// export's items said "Tidak ada entri." / "Tidak ada item." while the log and the export held some,
// and the queue showed the header of a table with no rows.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { encodeCursor } from '../../src/review/store/cursor.js';

describeOnStores('pages past the end of their list on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const get = async (cookie: string, path: string) => {
    const res = await fetch(fx.srv.base + path, { headers: { cookie }, redirect: 'manual' });
    return { status: res.status, body: await res.text() };
  };
  const pastEndNote = (body: string) => /<p class="flash refused" role="status" id="past-end">([\s\S]*?)<\/p>/.exec(body)?.[1];

  it('the audit log, an export\'s items and the queue past their end say so, link to the first page, and show no empty table', async () => {
    const id = (await fx.store.add({ text: 'Coblos nomor 2 ya, lewat akhir', author: 'akun-akhir' }, fakeResult(0.9, 'ajakan', 'tinggi'), 'test')).item.id;
    await fx.store.decide(id, { outcome: 'confirmed', reason: 'ajakan' }, 'test');
    expect((await apiCall(fx.srv.base, 'GET', '/v1/review/export?format=csv', fx.keys.supervisor)).status).toBe(200);
    const seq = (await fx.store.auditLog({ action: 'export' })).entries[0].seq;
    const cookie = await webLogin(fx.srv.base, fx.keys.admin);

    const log = await get(cookie, `/review/audit?action=export&cursor=${encodeCursor(1, 'audit')}`);
    expect(log.status).toBe(200);
    expect(pastEndNote(log.body)).toBe('Halaman ini sudah melewati akhir log audit: tidak ada entri lagi sesudah halaman sebelumnya. <a href="/review/audit?action=export">Buka halaman pertama</a>');
    expect(log.body).not.toContain('Tidak ada entri.');
    expect(log.body).not.toContain('id="audit-log"');

    const items = await get(cookie, `/review/audit/${seq}/items?cursor=${encodeCursor(seq, 'zzzz', 'audit-items')}`);
    expect(items.status).toBe(200);
    expect(pastEndNote(items.body)).toBe(`Halaman ini sudah melewati akhir daftar item ekspor ini: tidak ada item lagi sesudah halaman sebelumnya. <a href="/review/audit/${seq}/items">Buka halaman pertama</a>`);
    expect(items.body).not.toContain('Tidak ada item.');
    expect(items.body).not.toContain('id="entry-items"');

    const queue = await get(cookie, `/review?cursor=${encodeCursor(0, 'ffffffff-ffff-ffff-ffff-ffffffffffff')}`);
    expect(pastEndNote(queue.body)).toContain('Halaman ini sudah melewati akhir antrean');
    expect(queue.body).not.toContain('<thead>');

    // First pages with nothing to list keep their words and their table.
    const none = await get(cookie, '/review/audit?actor=tidak-ada');
    expect(none.body).toContain('<td colspan="7" class="empty">Tidak ada entri.</td>');
    expect(pastEndNote(none.body)).toBeUndefined();
  });
});
