// The item page in Chromium as reviewers use it: times kept on one line.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite, haveChromium, reviewBrowser } from './helpers/browser.js';

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
