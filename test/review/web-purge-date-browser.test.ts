// The item page's "Retensi" line in Chromium: on a 375 px phone and a desktop window it is shown for a
// decided item and an open one, and never makes the page wider than the window.
import { describe, expect, it } from 'vitest';
import { fakeResult } from './helpers/fixtures.js';
import { ARTIFACTS, chromiumSuite, haveChromium, pageWidths, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('reads at 375 and 1280 px', async () => {
    const add = async (text: string, externalId: string) => (await fx.store.add({ text, source: 'web-test', externalId, author: 'uji' }, fakeResult(0.9, 'ajakan', 'tinggi'), 'setup')).item.id;
    const decided = await add('Ayo coblos nomor 2, sudah diputuskan', 'purge-date-decided');
    await fx.store.decide(decided, { outcome: 'confirmed', reason: 'ajakan' }, 'Sari#k1');
    const open = await add('Ayo coblos nomor 1, belum diputuskan', 'purge-date-open');
    for (const width of [375, 1280]) {
      const { context, page } = await fx.loggedIn('supervisor', { width, height: 900 });
      for (const [id, text] of [
        [decided, /^Teks dan penulis dihapus otomatis pada \d\d-\d\d-\d{4} \d\d:\d\d WIB$/],
        [open, /^Teks dan penulis disimpan sampai item diputuskan, lalu dihapus otomatis 30 hari setelah keputusan$/],
      ] as const) {
        await page.goto(`${fx.srv.base}/review/items/${id}`);
        const line = page.locator('#purge-at');
        await expect(line.isVisible()).resolves.toBe(true);
        expect(await line.textContent()).toMatch(text);
        const { scroll, view } = await pageWidths(page);
        expect(scroll).toBeLessThanOrEqual(view);
        const box = await line.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= view).toBe(true);
      }
      await page.goto(`${fx.srv.base}/review/items/${decided}`);
      await page.locator('#purge-at').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}review-purge-date-${width}.png` });
      await context.close();
    }
  });
});
