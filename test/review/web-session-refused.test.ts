// A form of the item page refused for its session (ended: 401; replaced by a new login: 403) saved
// nothing, and what was typed in all the page's forms was gone by the time the reviewer was back on
// the item. It comes back there, once, on the way back from the refusal.
import { describe, expect, it } from 'vitest';
import { clickDecision, chromiumSuite, fieldValues, haveChromium, reviewBrowser } from './helpers/browser.js';
import type { Page } from 'playwright-core';

const FIELDS = ['reason', 'label', 'note-text', 'suggested-label'];

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();
  /** Every session ends now, as after 12 hours. */
  const expireSessions = () => fx.store.rdb.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
  /** Sends the decision once the session has ended, then takes the refusal's link to log in with `key` and back to the item. */
  const confirmAfterSessionEnds = async (page: Page, key: string) => {
    await expireSessions();
    await clickDecision(page, 'button.b-confirm');
    await page.locator('#form-refused').waitFor();
    await page.click('#form-refused a'); // Masuk lagi
    await page.fill('#key', key);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/review\/items\/[^/]+$/);
    await page.waitForLoadState('load');
  };

  it('brings what was typed back after the session ended mid-form and the reviewer logged in again', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, sesi berakhir', 'expired-1');
    await page.fill('#reason', 'alasan panjang 🇮🇩');
    await page.selectOption('#label', 'serangan');
    await page.fill('#note-text', 'catatan belum dikirim');
    await confirmAfterSessionEnds(page, fx.keys.supervisor);
    expect(await fieldValues(page, FIELDS)).toEqual({ reason: 'alasan panjang 🇮🇩', label: 'serangan', 'note-text': 'catatan belum dikirim', 'suggested-label': '' });
    expect(await page.locator('#restored').textContent()).toContain('belum tersimpan');
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    // Once: a reload shows the page as stored.
    await page.reload();
    expect(await fieldValues(page, ['reason', 'note-text'])).toEqual({ reason: '', 'note-text': '' });
    await context.close();
  }, 30_000);

  it('brings a note back after it was refused for a page of an earlier session (logged out and in again in another tab)', async () => {
    const { context, page } = await fx.openNewItem('Ayo coblos nomor 2, sesi diganti', 'stale-1');
    await page.fill('#note-text', 'catatan dari halaman lama');
    await page.selectOption('#suggested-label', 'ajakan');
    const other = await context.newPage();
    await other.goto(`${fx.srv.base}/review`);
    await other.click('header.top button[type=submit]'); // Keluar
    await other.fill('#key', fx.keys.supervisor);
    await other.click('button[type=submit]');
    await other.waitForURL(`${fx.srv.base}/review`);
    await page.click('form.note button[type=submit]');
    await page.locator('#form-refused').waitFor();
    await page.click('#form-refused a'); // Buka lagi halamannya
    await page.waitForURL(/\/review\/items\/[^/]+$/);
    await page.waitForLoadState('load');
    expect(await fieldValues(page, ['note-text', 'suggested-label'])).toEqual({ 'note-text': 'catatan dari halaman lama', 'suggested-label': 'ajakan' });
    await context.close();
  }, 30_000);

  it('gives them back to the reviewer who typed them only: another key logging in on the same tab gets the page as stored', async () => {
    const { context, page } = await fx.openNewItem('Ayo coblos nomor 2, sesi berakhir, orang lain masuk', 'expired-3');
    await page.fill('#reason', 'alasan orang pertama');
    await page.fill('#note-text', 'catatan orang pertama');
    await confirmAfterSessionEnds(page, fx.keys.admin); // someone else's key
    expect(await fieldValues(page, ['reason', 'note-text'])).toEqual({ reason: '', 'note-text': '' });
    expect(await page.locator('#restored').count()).toBe(0);
    await context.close();
  }, 30_000);

  it('does not keep them for a later visit: going elsewhere from the refusal drops them', async () => {
    const { context, page } = await fx.openNewItem('Ayo coblos nomor 2, sesi berakhir lalu antrean', 'expired-2');
    const itemUrl = page.url();
    await page.fill('#reason', 'tidak untuk nanti');
    await expireSessions();
    await clickDecision(page, 'button.b-dismiss');
    await page.locator('#form-refused').waitFor();
    await page.goto(`${fx.srv.base}/review/login`);
    await page.fill('#key', fx.keys.supervisor);
    await page.click('button[type=submit]');
    await page.waitForURL(`${fx.srv.base}/review`); // the queue, not the item
    await page.goto(itemUrl);
    expect(await fieldValues(page, ['reason'])).toEqual({ reason: '' });
    await context.close();
  }, 30_000);
});
