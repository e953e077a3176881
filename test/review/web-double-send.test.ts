// A form of the item page sent twice before its reply came (c pressed twice, a double click on a slow
// line): the second send cancelled the first in the browser after the server had saved it, and its own
// 409 said "Tidak diubah" about a decision that was made. Each page sends one form, once, unless that
// send was stopped (the browser's stop button, window.stop()): the page is still there, and sends again.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite, dialogsOf, fieldValues, haveChromium, pressDecision, reviewBrowser } from './helpers/browser.js';

/** Holds the replies to the item's form posts for `ms` (the server answers at once): a slow line. Counts the posts. */
async function slowReplies(page: Page, ms: number): Promise<{ posts: number }> {
  const seen = { posts: 0 };
  await page.route(/\/(decision|notes|assign)(\?|$)/, async (route) => {
    seen.posts++;
    const reply = await route.fetch({ maxRedirects: 0 });
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fulfill({ response: reply }).catch(() => undefined); // a cancelled request takes no reply
  });
  return seen;
}

/** Holds the first of the item's form posts, never forwarded (a slow line the reviewer stops); later ones go through. Counts the posts. */
async function firstHeld(page: Page): Promise<{ posts: number }> {
  const seen = { posts: 0 };
  await page.route(/\/(decision|notes|assign)(\?|$)/, async (route) => {
    if (++seen.posts > 1) await route.continue();
  });
  return seen;
}

/** The browser's stop button: the DevTools protocol's Page.stopLoading, which stops the tab as that button does. */
async function pressStop(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.stopLoading');
  await cdp.detach();
}

/** The status line of the page the sends led to, once it has loaded. */
async function flashText(page: Page): Promise<string | null> {
  await page.locator('p.flash').waitFor();
  await page.waitForLoadState('load');
  return page.locator('p.flash').textContent();
}

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('sends a decision once when c c (arm, send) is pressed twice: the page says it was saved, and one decision is stored', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, tekan c dua kali', 'double-c-1');
    // The reply is held long enough for a second deliberate c c (quick presses would not even arm) while the send is on its way.
    const seen = await slowReplies(page, 2_500);
    await page.fill('#reason', 'sekali saja');
    await page.locator('#reason').press('Escape');
    await pressDecision(page, 'c'); // armed, then sent
    await pressDecision(page, 'c'); // armed again, its send refused
    expect(await flashText(page)).toBe('Tersimpan: dikonfirmasi');
    expect(seen.posts).toBe(1);
    expect((await fx.store.record(id))?.decisions.map((d) => d.reason)).toEqual(['sekali saja']);
    await context.close();
  }, 30_000);

  it('saves a note once when its button is clicked twice', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, catatan dua klik', 'double-note-1');
    const seen = await slowReplies(page, 600);
    await page.fill('#note-text', 'satu catatan');
    // Both clicks on this page (the driver's own click would wait for the first send's page).
    await page.locator('form.note button[type=submit]').evaluate((b: HTMLButtonElement) => {
      b.click();
      setTimeout(() => b.click(), 150);
    });
    expect(await flashText(page)).toBe('Catatan tersimpan');
    expect(seen.posts).toBe(1);
    expect((await fx.store.record(id))?.notes.map((n) => n.text)).toEqual(['satu catatan']);
    await context.close();
  }, 30_000);

  it('sends again after the stop button stopped a send before the server got it: saved once, the reply shown', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, kirim dihentikan', 'stopped-1');
    const itemUrl = page.url();
    const seen = await firstHeld(page);
    await page.fill('#reason', 'setelah dihentikan');
    await page.fill('#note-text', 'catatan lama');
    await page.locator('#reason').press('Escape');
    await pressDecision(page, 'c');
    await expect.poll(() => seen.posts).toBe(1);
    await pressStop(page);
    expect(page.url()).toBe(itemUrl);
    // The note typed then is gone before the second send: the reply does not bring it back.
    await page.fill('#note-text', '');
    await page.locator('#note-text').press('Escape');
    await pressDecision(page, 'c');
    expect(await flashText(page)).toBe('Tersimpan: dikonfirmasi');
    expect(seen.posts).toBe(2);
    expect((await fx.store.record(id))?.decisions.map((d) => d.reason)).toEqual(['setelah dihentikan']);
    expect(await fieldValues(page, ['note-text'])).toEqual({ 'note-text': '' });
    await context.close();
  }, 30_000);

  it('sends again after window.stop() stopped a send the server had saved: its reply says the item changed, one decision stored', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, tersimpan lalu dihentikan', 'stopped-2');
    const seen = await slowReplies(page, 2_500);
    // Stopped from the page 0.8 s after the send: the server has saved it, its reply is still held.
    await page.evaluate(() => document.addEventListener('submit', () => setTimeout(() => { window.stop(); document.body.dataset.stopped = '1'; }, 800), { once: true }));
    await page.fill('#reason', 'tersimpan sebelum berhenti');
    await page.locator('#reason').press('Escape');
    await pressDecision(page, 'c');
    await page.locator('body[data-stopped]').waitFor();
    await expect.poll(async () => (await fx.store.record(id))?.decisions.length).toBe(1);
    await pressDecision(page, 'c');
    expect(await flashText(page)).toMatch(/^Tidak diubah: item ini sudah berubah — Sari Supervisor#[0-9a-f]+ mengonfirmasi item ini \(label [a-z]+, status dikonfirmasi\) pada \d{2}-\d{2}-\d{4} \d{2}:\d{2} WIB$/);
    expect(seen.posts).toBe(2);
    expect((await fx.store.record(id))?.decisions.map((d) => d.reason)).toEqual(['tersimpan sebelum berhenti']);
    await context.close();
  }, 30_000);

  it('still sends once when a link followed mid-send is answered "stay": the send is on its way, c sends nothing', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, tetap di halaman', 'stay-1');
    const { asked } = dialogsOf(page);
    const link = await page.locator('nav.crumbs a').first().boundingBox(); // « antrean, clicked by place: the page is busy sending
    const seen = await slowReplies(page, 4_000); // the second c c (about 1 s) comes while the send is on its way
    await page.fill('#reason', 'tetap sekali');
    await page.locator('#reason').press('Escape');
    await pressDecision(page, 'c');
    await expect.poll(() => seen.posts).toBe(1);
    // Chromium's Navigation API calls the send aborted as soon as the link's navigation begins, though
    // staying leaves it on its way.
    await page.mouse.click(link!.x + 5, link!.y + 5);
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await page.waitForTimeout(100);
    await pressDecision(page, 'c');
    expect(await flashText(page)).toBe('Tersimpan: dikonfirmasi');
    expect(seen.posts).toBe(1);
    expect((await fx.store.record(id))?.decisions.map((d) => d.reason)).toEqual(['tetap sekali']);
    await context.close();
  }, 30_000);
});
