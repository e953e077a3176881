// A form of the item page sent while the database fails was answered with a bare 500 ("Galat —
// Kesalahan server") with only an "Antrean" link: no header, no way back to the item, and the reason
// and label typed were gone (Back showed the item with an empty reason). Now nothing saved is nothing
// lost: the item page comes back (500) with what was typed and "Tidak tersimpan: kesalahan server, coba
// lagi"; when even that cannot be read, the answer keeps the header and links back to the item
// (#form-refused: review.js brings the typed values back there, as after a refused session).
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { keysFor, reviewServer, startServer } from './helpers/app.js';
import { hiddenValue, itemHtml, messageOf, postForm, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import type { ReviewStore } from '../../src/review/store/index.js';

/** An error as the database gives one (better-sqlite3's, pg's alike carry a code). */
const diskError = () => Object.assign(new Error('disk I/O error'), { name: 'SqliteError', code: 'SQLITE_IOERR' });

/** Makes the store's `methods` throw until the returned function puts them back. */
function failing(store: ReviewStore, ...methods: ('decide' | 'note' | 'assign' | 'readItem')[]): () => void {
  const saved = methods.map((m) => [m, store[m]] as const);
  for (const m of methods) Object.assign(store, { [m]: async () => Promise.reject(diskError()) });
  return () => saved.forEach(([m, fn]) => Object.assign(store, { [m]: fn }));
}

const refusal = (page: string) => /id="form-refused">([\s\S]*?)<\/p>/.exec(page)?.[1];

describeOnStores('a page form when the store fails on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));

  const openItem = async (text: string) => {
    const { item } = await fx.store.add({ text }, fakeResult(0.9), 'test');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const page = await itemHtml(fx.srv.base, cookie, item.id);
    const form = { _csrf: String(hiddenValue(page, '_csrf')), fromStatus: 'new', fromAssignee: '', fromUpdatedAt: String(hiddenValue(page, 'fromUpdatedAt')) };
    return { id: item.id, cookie, form };
  };

  it('brings the item page back with the reason and label typed and says nothing was saved', async () => {
    const { id, cookie, form } = await openItem('Ayo coblos nomor 2, basis data gagal');
    const restore = failing(fx.store, 'decide');
    let res: Response;
    try {
      res = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision?status=new`, { ...form, outcome: 'confirmed', label: 'ajakan', reason: 'ajakan memilih\nbaris kedua' });
    } finally {
      restore();
    }
    const page = await res.text();
    expect(res.status).toBe(500);
    expect(messageOf(page)).toEqual({ className: 'flash refused', role: 'alert', text: 'Tidak tersimpan: kesalahan server, coba lagi.' });
    expect(page).toContain('<title>Tidak tersimpan · Item · netra review</title>');
    expect(page).toContain('ajakan memilih\nbaris kedua</textarea>');
    expect(page).toContain('<option value="ajakan" selected>');
    expect(page).toMatch(/<span class="who">Sari Supervisor \(supervisor\)<\/span>/);
    expect(page).toContain(`action="/review/items/${id}/decision?status=new"`); // the queue filters kept
    expect((await fx.store.record(id))?.decisions).toEqual([]);
  });

  it('keeps a note typed the same way', async () => {
    const { id, cookie, form } = await openItem('Dukung nomor 1, catatan gagal');
    const restore = failing(fx.store, 'note');
    let res: Response;
    try {
      res = await postForm(fx.srv.base, cookie, `/review/items/${id}/notes`, { _csrf: form._csrf, text: 'perlu dicek atasan', suggestedLabel: 'dukungan' });
    } finally {
      restore();
    }
    const page = await res.text();
    expect([res.status, messageOf(page)?.text]).toEqual([500, 'Tidak tersimpan: kesalahan server, coba lagi.']);
    expect(page).toContain('value="perlu dicek atasan"');
    expect((await fx.store.record(id))?.notes).toEqual([]);
  });

  it('when the item cannot be read either: the header, the refusal and a link back to the item', async () => {
    const { id, cookie, form } = await openItem('Pilih nomor 3, semua gagal');
    const restore = failing(fx.store, 'decide', 'readItem');
    let res: Response;
    try {
      res = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision?level=tinggi`, { ...form, outcome: 'dismissed', reason: 'bukan ajakan' });
    } finally {
      restore();
    }
    const page = await res.text();
    expect(res.status).toBe(500);
    expect(page).toContain('<h1>Tidak tersimpan</h1>');
    expect(refusal(page)).toContain('Tidak tersimpan: kesalahan server, coba lagi.');
    expect(refusal(page)).toContain(`<a href="/review/items/${id}?level=tinggi" id="back-to-item">`);
    expect(page).toMatch(/<span class="who">Sari Supervisor \(supervisor\)<\/span>/);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
  });

  it('when the database is gone (the session cannot be read): still a link back to the item', async () => {
    const store = await kind.open();
    const srv = await startServer(store, { score: () => fakeResult(0.9) });
    try {
      const keys = await keysFor(store);
      const { item } = await store.add({ text: 'Coblos nomor 2, basis data tertutup' }, fakeResult(0.9), 'test');
      const cookie = await webLogin(srv.base, keys.supervisor);
      const csrf = String(hiddenValue(await itemHtml(srv.base, cookie, item.id), '_csrf'));
      await store.close();
      const res = await postForm(srv.base, cookie, `/review/items/${item.id}/notes`, { _csrf: csrf, text: 'catatan' });
      const page = await res.text();
      expect(res.status).toBe(500);
      expect(refusal(page)).toContain(`<a href="/review/items/${item.id}" id="back-to-item">`);
    } finally {
      srv.server.closeAllConnections();
      await srv.close();
    }
  });
});
