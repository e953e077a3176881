// A form of the item page sent twice before its reply came (c pressed twice, a double click on a slow
// line): the second send cancelled the first in the browser after the server had saved it, and its own
// 409 said "Tidak diubah" about a decision that was made. Each page sends one form, once.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite, haveChromium, reviewBrowser } from './helpers/browser.js';

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

/** The status line of the page the sends led to, once it has loaded. */
async function flashText(page: Page): Promise<string | null> {
  await page.locator('p.flash').waitFor();
  await page.waitForLoadState('load');
  return page.locator('p.flash').textContent();
}

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('sends a decision once when c is pressed twice: the page says it was saved, and one decision is stored', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, tekan c dua kali', 'double-c-1');
    const seen = await slowReplies(page, 600);
    await page.fill('#reason', 'sekali saja');
    await page.locator('#reason').press('Escape');
    await page.keyboard.press('c');
    await page.waitForTimeout(150);
    await page.keyboard.press('c');
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
});
