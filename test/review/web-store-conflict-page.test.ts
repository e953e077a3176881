// A store conflict (ConflictError, the API's 409) that a page handler does not catch itself reaches the
// pages' error handler, which took it for an unexpected failure: a 500 page ("Tidak tersimpan" for a
// form, "Kesalahan server" otherwise), logged as a store error. It is the 409 page now, headed "Tidak
// diubah" as the fallback heads 409s. The conflict here is a real one, thrown by the store when two
// supervisors take the same item, on SQLite and PostgreSQL; the item page's own forms still answer
// theirs with the item page (checked at the end through the real pages).
import { afterAll, beforeAll, expect, it } from 'vitest';
import express from 'express';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { flashOf, hiddenValue, itemHtml, postForm, webLogin } from './helpers/http.js';
import { keysFor, startServer, type TestServer } from './helpers/app.js';
import { htmlErrorPage } from '../../src/review/web/router.js';
import { ConflictError, type ReviewStore } from '../../src/review/store/index.js';
import { listenLocal } from '../helpers/listen.js';

describeOnStores('a store conflict reaching the pages’ error handler on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (s) => (store = s));
  const closers: (() => void)[] = [];
  afterAll(() => closers.forEach((close) => close()));

  it('is the 409 page "Tidak diubah", not a 500, for a form and for a page', async () => {
    const { item } = await store.add({ text: 'Ayo pilih nomor 2, diambil dua supervisor' }, fakeResult(0.9, 'ajakan'), 'test');
    // Sari takes the item; Budi's page still showed it unassigned, so his take names nobody as its holder.
    await store.assign(item.id, 'Sari#k1', 'Sari#k1', { fromAssignee: null });
    const takeAsBudi = async () => {
      await store.assign(item.id, 'Budi#k2', 'Budi#k2', { fromAssignee: null });
    };
    await expect(takeAsBudi()).rejects.toBeInstanceOf(ConflictError);
    const app = express();
    app.post('/review/items/:id/assign', takeAsBudi);
    app.get('/review/items/:id', takeAsBudi);
    app.use(htmlErrorPage);
    const { server, base } = await listenLocal(app);
    closers.push(() => server.close());
    for (const method of ['POST', 'GET']) {
      const res = await fetch(`${base}/review/items/${item.id}${method === 'POST' ? '/assign' : ''}`, { method });
      const page = await res.text();
      expect([res.status, /<h1>([^<]*)<\/h1>/.exec(page)?.[1]]).toEqual([409, 'Tidak diubah']);
      expect(page).toContain('Tidak ada yang diubah: keadaannya sudah berubah sejak halaman itu dibuka.');
    }
    // Nothing changed: Sari still holds it.
    expect((await store.get(item.id))?.assignee).toBe('Sari#k1');
  });
});

describeOnStores('two supervisors taking the same item through the pages on $name', (kind) => {
  let store: ReviewStore;
  let srv: TestServer;
  let keys: Awaited<ReturnType<typeof keysFor>>;
  withStore(kind, (s) => (store = s));
  beforeAll(async () => {
    keys = await keysFor(store);
    srv = await startServer(store, { score: () => fakeResult(0.9, 'ajakan') });
  });
  afterAll(() => srv?.close());

  it('the second take is refused ("Tidak diubah"), never a server error', async () => {
    const { item } = await store.add({ text: 'Coblos nomor 1, dua supervisor membuka halamannya' }, fakeResult(0.9, 'ajakan'), 'test');
    const admin = await webLogin(srv.base, keys.admin);
    const supervisor = await webLogin(srv.base, keys.supervisor);
    // Both open the page while the item is unassigned; the admin takes it first.
    const seenByAdmin = await itemHtml(srv.base, admin, item.id);
    const seenBySupervisor = await itemHtml(srv.base, supervisor, item.id);
    const take = (cookie: string, seen: string) => postForm(srv.base, cookie, `/review/items/${item.id}/assign`, { _csrf: hiddenValue(seen, '_csrf') ?? '', fromAssignee: '' });
    expect((await take(admin, seenByAdmin)).status).toBe(303);
    const second = await take(supervisor, seenBySupervisor);
    // The item as it is now (409), naming who took it (and when).
    expect(second.status).toBe(409);
    expect(flashOf(await second.text())).toMatch(/^Tidak diubah: item ini sudah berubah — Adi Admin#[0-9a-f]+ mengambil item ini pada /);
    expect((await store.get(item.id))?.assignee).toMatch(/^Adi Admin#/);
  });
});
