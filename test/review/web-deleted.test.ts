// An item deleted (by an admin) while a supervisor decides on it: the form's answer said only
// "Tidak ditemukan · Item tidak ditemukan.", as for a mistyped link. It now says the item was deleted,
// when, that nothing was saved, and leads back to the queue with its filters.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, hiddenValue, postForm, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const h1 = (page: string) => /<h1>([^<]*)<\/h1>/.exec(page)?.[1];
const said = (page: string) => /<p class="error"[^>]*>([\s\S]*?)<\/p>/.exec(page)?.[1]?.replace(/<[^>]+>/g, '');

describe('an item deleted while a supervisor has it open', () => {
  it('the decision, note and take forms say it was deleted and nothing was saved, and link back to the queue', async () => {
    const filters = '?status=new&level=tinggi';
    const supervisor = await webLogin(fx.srv.base, fx.keys.supervisor);
    for (const [form, what, fields] of [
      ['decision', 'Keputusan', { outcome: 'confirmed', fromStatus: 'new', fromAssignee: '', reason: 'terlambat' }],
      ['notes', 'Catatan', { text: 'catatan terlambat' }],
      ['assign', 'Penugasan', { fromAssignee: '' }],
    ] as const) {
      const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: `Ayo coblos nomor 2, dihapus saat ${form}`, author: `hapus-${form}` })).json.id as string;
      const csrf = String(hiddenValue(await (await fetch(`${fx.srv.base}/review/items/${id}${filters}`, { headers: { cookie: supervisor } })).text(), '_csrf'));
      expect((await apiCall(fx.srv.base, 'DELETE', `/v1/review/items/${id}?reason=permintaan%20subjek`, fx.keys.admin)).status).toBe(204);
      const res = await postForm(fx.srv.base, supervisor, `/review/items/${id}/${form}${filters}`, { _csrf: csrf, ...fields });
      expect(res.status, form).toBe(404);
      const page = await res.text();
      expect(h1(page), form).toBe('Item sudah dihapus');
      expect(said(page), form).toMatch(new RegExp(`^${what} tidak disimpan: item ini dihapus pada \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d WIB, saat halamannya masih terbuka\\. Tidak ada yang diubah\\.$`));
      expect(page, form).toContain('<a href="/review?status=new&amp;level=tinggi" id="back-to-queue">« Kembali ke antrean</a>');
      expect(page, form).not.toContain('permintaan subjek'); // the reason is the audit log's, for admins
      // Its page says the same, without a form.
      const shown = await (await fetch(`${fx.srv.base}/review/items/${id}${filters}`, { headers: { cookie: supervisor } })).text();
      expect(h1(shown)).toBe('Item sudah dihapus');
      expect(said(shown)).toMatch(/^Item ini dihapus pada .* WIB\.$/);
    }
    expect((await fx.store.auditLog({ action: 'decision' })).entries).toEqual([]);
  });

  it('an id that never was an item is still "not found"', async () => {
    const supervisor = await webLogin(fx.srv.base, fx.keys.supervisor);
    const res = await fetch(`${fx.srv.base}/review/items/00000000-0000-4000-8000-000000000000`, { headers: { cookie: supervisor } });
    expect(res.status).toBe(404);
    const page = await res.text();
    expect(h1(page)).toBe('Tidak ditemukan');
    expect(said(page)).toBe('Item tidak ditemukan.');
  });
});
