// A queue page past the end (a "berikutnya" link kept after the items behind it were decided, or a
// cursor beyond the last item) said "Tidak ada item." under a chart that counted items: it says that
// the page is past the end and links to the first page. Checked in Chromium at 375 px and 1280 px.
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/review/store/cursor.js';
import { ARTIFACTS, chromiumSuite, haveChromium, pageWidths, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('says a page past the last item is past the end and links to the first page, at 375 and 1280 px', async () => {
    const id = await fx.addPost('Ayo coblos nomor 2 besok di TPS, halaman lewat akhir', 'past-end');
    // After the lowest risk there is: behind every item of the queue.
    const pastEnd = `/review?election=pilpres-2019&cursor=${encodeCursor(0, 'ffffffff-ffff-ffff-ffff-ffffffffffff')}`;
    for (const width of [375, 1280]) {
      const { context, page } = await fx.loggedIn('supervisor', { width, height: 900 });
      await page.goto(`${fx.srv.base}${pastEnd}`);
      const note = page.locator('#past-end');
      await expect.poll(() => note.isVisible()).toBe(true);
      expect(await note.innerText()).toContain('Halaman ini sudah melewati akhir antrean');
      expect(await page.locator('#queue td.empty').count()).toBe(0);
      expect(await page.locator('#queue thead').count(), 'no empty table header above the note').toBe(0);
      await page.screenshot({ path: `${ARTIFACTS}/queue-past-end-${width}.png`, fullPage: true });
      const widths = await pageWidths(page);
      expect(widths.scroll, `no sideways scroll at ${width}`).toBeLessThanOrEqual(widths.view);
      await page.click('#past-end a');
      await page.waitForURL(`${fx.srv.base}/review?election=pilpres-2019`);
      expect(await page.locator(`#queue tr[data-id="${id}"]`).count()).toBe(1);
      await context.close();
    }
  });

  it('the audit log and an export\'s items past their end say so and link to their first page, at 375 and 1280 px', async () => {
    const id = await fx.addPost('Ayo coblos nomor 2, ekspor lewat akhir', 'past-end-log');
    await fx.store.decide(id, { outcome: 'confirmed', reason: 'ajakan' }, 'Sari#k1');
    await (await fx.store.auditExport('Sari#k1', { format: 'csv' })).close();
    const seq = (await fx.store.auditLog({ action: 'export' })).entries[0].seq;
    const pages = [
      { path: `/review/audit?cursor=${encodeCursor(1, 'audit')}`, first: '/review/audit', says: 'melewati akhir log audit', table: '#audit-log' },
      { path: `/review/audit/${seq}/items?cursor=${encodeCursor(seq, 'zzzz', 'audit-items')}`, first: `/review/audit/${seq}/items`, says: 'melewati akhir daftar item ekspor ini', table: '#entry-items' },
    ];
    for (const width of [375, 1280]) {
      const { context, page } = await fx.loggedIn('admin', { width, height: 900 });
      for (const [i, p] of pages.entries()) {
        await page.goto(`${fx.srv.base}${p.path}`);
        const note = page.locator('#past-end');
        await expect.poll(() => note.isVisible()).toBe(true);
        expect(await note.innerText()).toContain(p.says);
        expect(await page.locator(p.table).count()).toBe(0);
        await page.screenshot({ path: `${ARTIFACTS}/past-end-${i ? 'entry-items' : 'audit'}-${width}.png`, fullPage: true });
        const widths = await pageWidths(page);
        expect(widths.scroll, `no sideways scroll at ${width}`).toBeLessThanOrEqual(widths.view);
        await page.click('#past-end a');
        await page.waitForURL(`${fx.srv.base}${p.first}`);
        expect(await page.locator(p.table).count()).toBe(1);
      }
      await context.close();
    }
  });

  it('still says "Tidak ada item." on a first page the filters leave empty', async () => {
    const { context, page } = await fx.loggedIn('supervisor', { width: 1280, height: 900 });
    await page.goto(`${fx.srv.base}/review?election=pilpres-2019&status=dismissed`);
    expect(await page.locator('#queue td.empty').innerText()).toBe('Tidak ada item.');
    expect(await page.locator('#past-end').count()).toBe(0);
    await context.close();
  });
});
