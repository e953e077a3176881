// On a phone the audit log and an item's audit trail stack each entry as a card, every value beside its
// column's name (the cell's data-label, drawn in a 5rem gutter). "Perubahan", the trail's widest name,
// took 75 px of the gutter's 72 and ran into its value ("PerubahanKeputusan: Konfirmasi") at 375 px.
// Measured in Chromium with the page's own font; at 1280 px the tables keep their header row.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumSuite, haveChromium, reviewBrowser } from './helpers/browser.js';

/** Each card label that is wider than the room left of its value: "name: width > room". */
const crowdedLabels = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const crowded: string[] = [];
    for (const td of Array.from(document.querySelectorAll('table.audit-cards td[data-label]'))) {
      const label = getComputedStyle(td, '::before');
      if (label.content === 'none') continue;
      ctx.font = `${label.fontStyle} ${label.fontWeight} ${label.fontSize} ${label.fontFamily}`;
      const name = td.getAttribute('data-label') ?? '';
      const width = ctx.measureText(name).width;
      const room = parseFloat(getComputedStyle(td).paddingLeft) - parseFloat(label.left) - 4; // a little space before the value
      if (width > room) crowded.push(`${name}: ${width.toFixed(1)} > ${room.toFixed(1)}`);
    }
    return [...new Set(crowded)];
  });

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('keeps every card label of the item trail and the audit log clear of its value at 375 px; tables at 1280 px', async () => {
    const id = await fx.addPost('Ayo coblos nomor 2 besok di TPS, kartu jejak', 'card-labels');
    await fx.store.decide(id, { outcome: 'confirmed', reason: 'ajakan jelas' }, 'Sari#k1');
    for (const width of [375, 1280]) {
      const { context, page } = await fx.loggedIn('admin', { width, height: 900 });
      for (const url of [`/review/items/${id}`, '/review/audit']) {
        await page.goto(`${fx.srv.base}${url}`);
        await page.locator('table.audit-cards').first().screenshot({ path: `${ARTIFACTS}/card-labels-${url === '/review/audit' ? 'audit' : 'trail'}-${width}.png` });
        expect(await crowdedLabels(page), `${url} at ${width}`).toEqual([]);
        // Cards on a phone, a table with its header row on a desktop.
        expect(await page.locator('table.audit-cards thead').first().isVisible()).toBe(width > 480);
      }
      await context.close();
    }
  });
});
