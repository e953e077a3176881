// The queue and item pages in Chromium as reviewers use them: opening an item on a phone, times kept
// on one line.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumSuite, haveChromium, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  /** How many lines each `selector` element's text takes. */
  const lineCounts = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
      }),
    );

  it('on a 375 px phone, tapping a queue row where it shows opens the item; j/k and the live region still work', async () => {
    for (let i = 0; i < 3; i++) await fx.addPost(`Coblos nomor ${i + 1} ya, buka dari ponsel`, `phone-${i}`);
    const { context, page } = await fx.loggedIn('supervisor', { width: 375, height: 800 }, { hasTouch: true, isMobile: true });
    const row = page.locator('#queue tr.row').nth(1);
    const id = String(await row.getAttribute('data-id'));
    // The row's link where the row shows without scrolling the table sideways.
    const box = await row.locator('a').evaluate((a) => {
      const r = a.getBoundingClientRect();
      return { left: r.left, right: Math.min(r.right, innerWidth), top: r.top, bottom: r.bottom };
    });
    expect(box.left, 'the link starts inside the window').toBeGreaterThanOrEqual(0);
    expect(box.right - box.left, 'and shows some of itself').toBeGreaterThan(40);
    await page.screenshot({ path: `${ARTIFACTS}review-queue-375-open.png` });
    // j selects and announces as before.
    await page.keyboard.press('j');
    await expect(page.locator('#queue tr.row[aria-current="true"]').getAttribute('data-id')).resolves.toBe(id);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^Item 2 dari \d+: \w+, risiko 0\.\d{3}, \w+, \w+$/);
    await page.touchscreen.tap((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    await page.waitForURL(new RegExp(`/review/items/${id}$`));
    await context.close();
  }, 30_000);

  it('shows each time of the audit trail on one line at 1280 px ("WIB" never on a line of its own)', async () => {
    const id = await fx.addPost('Pilih nomor 1 ya, jam audit', 'wib-1');
    await fx.store.assign(id, 'Sari Supervisor#0123456789abcdef', 'Sari Supervisor#0123456789abcdef');
    await fx.store.decide(id, { outcome: 'escalated', reason: 'perlu dicek' }, 'Sari Supervisor#0123456789abcdef');
    const { context, page } = await fx.loggedIn('supervisor', { width: 1280, height: 800 });
    await page.goto(`${fx.srv.base}/review/items/${id}`);
    const lines = await lineCounts(page, '#audit time');
    expect(lines.length).toBe(3);
    expect(lines).toEqual([1, 1, 1]);
    await context.close();
  }, 30_000);
});
