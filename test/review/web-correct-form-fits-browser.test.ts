// A decided item's correction form on a phone: its "Label peninjau" names the longest default
// ("(bawaan: serangan bila Konfirmasi, netral bila Tolak)"), and the select kept that width whatever the
// screen (its label was not held to the form's width, as the decision form's is): the page scrolled
// sideways at 375 px, and the select ran past the form's edge.
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumSuite, haveChromium, pageWidths, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('fits the correction form of a serangan item at 375 px, and leaves it on one line at 1280 px', async () => {
    const text = 'Capres nomor 1 cuma omong kosong, janji manis doang';
    const result = fx.scorer.score({ text });
    expect(result.label).toBe('serangan');
    const id = (await fx.store.add({ text, source: 'web-test', externalId: 'correct-375', author: 'uji' }, result, 'setup')).item.id;
    await fx.store.decide(id, { outcome: 'confirmed', reason: 'menyerang calon' }, 'Sari#k1');
    for (const width of [375, 1280]) {
      const { context, page } = await fx.loggedIn('supervisor', { width, height: 800 });
      await page.goto(`${fx.srv.base}/review/items/${id}`);
      expect(await page.locator('#correct-label option').first().textContent()).toContain('serangan bila Konfirmasi');
      await page.locator('#correct').screenshot({ path: `${ARTIFACTS}review-correct-form-${width}.png` });
      const widths = await pageWidths(page);
      expect(widths.scroll, `${width} px`).toBeLessThanOrEqual(widths.view);
      const [select, form] = await Promise.all([page.locator('#correct-label').boundingBox(), page.locator('form#correct').boundingBox()]);
      expect(select!.x + select!.width, `${width} px`).toBeLessThanOrEqual(form!.x + form!.width + 0.5);
      // On a desktop the whole default is read, not cut.
      if (width === 1280) expect(await page.locator('#correct-label').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await context.close();
    }
  }, 60_000);
});
