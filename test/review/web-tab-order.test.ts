// Keyboard only on the queue: the first Tab must start at the top of the page (header, Keluar, exports,
// filters), as without the script. Selecting the first row on load scrolled it into view, which moved
// Chromium's Tab starting point into the table: header and filters were reachable only backwards.
import { describe, expect, it } from 'vitest';
import { chromiumSuite, haveChromium, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('puts the first Tab on the header, then the page in its order, with the first row still selected', async () => {
    for (const n of [1, 2, 3]) await fx.addPost(`Ayo coblos nomor ${n}, urutan Tab`, `tab-${n}`);
    const { context, page } = await fx.loggedIn('supervisor');
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());
    const order: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    // The export-by-time form is folded (its summary is one stop; its fields only once it is opened).
    expect(order).toEqual(['netra · review', 'Keluar', 'export-csv', 'export-csv-excel', 'export-csv-excel-id', 'export-jsonl', 'Ekspor keputusan menurut waktu (mis. satu hari)', 'f-status']);
    expect(await page.locator('#queue tr.row').first().getAttribute('aria-current')).toBe('true');
    await context.close();
  }, 30_000);
});
