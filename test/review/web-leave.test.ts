// Leaving the item page in Chromium with input not saved: a label chosen alone asks as typed text does.
import { describe, expect, it } from 'vitest';
import { chromiumSuite, dialogsOf, fieldValues, haveChromium, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('asks before leaving with only a label or a suggested label chosen, also one a refused form brought back; never once it is back to none', async () => {
    const { context, page } = await fx.openNewItem('Ayo dukung nomor 2, hanya label yang dipilih', 'label-1');
    const { asked } = dialogsOf(page);
    const leave = page.locator('nav.crumbs a').first(); // « antrean
    const stays = async (id: string, value: string) => {
      const url = page.url();
      await leave.click();
      await expect.poll(() => asked.length).toBe(1);
      asked.length = 0;
      expect(page.url()).toBe(url);
      expect(await fieldValues(page, [id])).toEqual({ [id]: value });
    };
    for (const id of ['label', 'suggested-label']) {
      await page.selectOption(`#${id}`, 'serangan');
      await stays(id, 'serangan');
      await page.selectOption(`#${id}`, '');
    }
    // Confirmed as netral is refused (400): the page comes back with the label chosen, still not saved.
    await page.selectOption('#label', 'netral');
    await page.click('button.b-confirm');
    await page.locator('#form-error').waitFor();
    await stays('label', 'netral');
    // Nothing chosen any more: the link leaves without asking.
    await page.selectOption('#label', '');
    await leave.click();
    await page.waitForURL(`${fx.srv.base}/review`);
    expect(asked).toEqual([]);
    await context.close();
  }, 30_000);
});
