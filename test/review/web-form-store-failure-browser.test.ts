// In Chromium: a decision sent while the database fails saved nothing, and the reason and label typed
// (and a note typed in the other form) are not lost: back on the item they are in the fields again.
import { describe, expect, it } from 'vitest';
import { clickDecision, chromiumSuite, fieldValues, flashShown, haveChromium, reviewBrowser } from './helpers/browser.js';
import type { ReviewStore } from '../../src/review/store/index.js';

const FIELDS = ['reason', 'label', 'note-text', 'suggested-label'];

/** Makes the store's `methods` throw until the returned function puts them back. */
function failing(store: ReviewStore, ...methods: ('decide' | 'readItem')[]): () => void {
  const saved = methods.map((m) => [m, store[m]] as const);
  for (const m of methods) Object.assign(store, { [m]: async () => Promise.reject(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' })) });
  return () => saved.forEach(([m, fn]) => Object.assign(store, { [m]: fn }));
}

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('keeps what was typed on the item page that comes back when only the decision failed', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, gagal simpan', 'store-fail-1');
    await page.fill('#reason', 'ajakan memilih 🇮🇩');
    await page.selectOption('#label', 'ajakan');
    await page.fill('#note-text', 'catatan belum dikirim');
    const restore = failing(fx.store, 'decide');
    try {
      await clickDecision(page, 'button.b-confirm');
      await flashShown(page, 'Tidak tersimpan: kesalahan server, coba lagi.');
    } finally {
      restore();
    }
    expect(await fieldValues(page, FIELDS)).toEqual({ reason: 'ajakan memilih 🇮🇩', label: 'ajakan', 'note-text': 'catatan belum dikirim', 'suggested-label': '' });
    expect(await page.locator('header .who').textContent()).toContain('supervisor');
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    await context.close();
  }, 30_000);

  it('brings it back on the way back to the item when the item could not be shown either', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, semua gagal', 'store-fail-2');
    await page.fill('#reason', 'bukan ajakan, hanya berita');
    await page.selectOption('#label', 'netral');
    await page.fill('#note-text', 'cek sumber berita');
    const restore = failing(fx.store, 'decide', 'readItem');
    try {
      await clickDecision(page, 'button.b-dismiss');
      await page.locator('#form-refused').waitFor();
    } finally {
      restore();
    }
    expect(await page.locator('h1').textContent()).toBe('Tidak tersimpan');
    await page.click('#back-to-item');
    await page.waitForURL(new RegExp(`/review/items/${id}$`));
    await page.waitForLoadState('load');
    expect(await fieldValues(page, FIELDS)).toEqual({ reason: 'bukan ajakan, hanya berita', label: 'netral', 'note-text': 'cek sumber berita', 'suggested-label': '' });
    expect(await page.locator('#restored').textContent()).toContain('belum tersimpan');
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    await context.close();
  }, 30_000);

  it('brings it back with the browser Back button too', async () => {
    const { context, page } = await fx.openNewItem('Ayo coblos nomor 2, kembali', 'store-fail-3');
    await page.fill('#reason', 'ajakan terselubung');
    const restore = failing(fx.store, 'decide', 'readItem');
    try {
      await clickDecision(page, 'button.b-confirm');
      await page.locator('#form-refused').waitFor();
    } finally {
      restore();
    }
    await page.goBack();
    await page.locator('#item').waitFor();
    await page.waitForLoadState('load');
    expect(await fieldValues(page, ['reason'])).toEqual({ reason: 'ajakan terselubung' });
    await context.close();
  }, 30_000);
});
