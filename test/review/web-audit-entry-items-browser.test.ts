// The list of one export's items in Chromium: reached from the export's entry in the audit log by a
// click, it fits a 375 px phone (cards, nothing sideways) and a desktop window (a table).
import { describe, expect, it } from 'vitest';
import { fakeResult } from './helpers/fixtures.js';
import { ARTIFACTS, chromiumSuite, haveChromium, pageWidths, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('opens from the audit log and reads at 375 and 1280 px', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { item } = await fx.store.add({ text: `Ayo coblos nomor ${i + 1}, ekspor hilang`, source: 'web-test', externalId: `entry-items-${i}`, author: 'uji' }, fakeResult(0.9, 'ajakan', 'tinggi'), 'setup');
      await fx.store.decide(item.id, { outcome: 'confirmed', reason: 'ajakan' }, 'Sari#k1');
      ids.push(item.id);
    }
    await (await fx.store.auditExport('Sari#k1', { format: 'csv' })).close(); // audited, its rows left unread
    await fx.store.purgeExpired(1, 'cli:retention', new Date(Date.now() + 2 * 86_400_000));
    await fx.store.delete(ids[0], 'Adi#k2', 'permintaan pemilik');

    const { context, page } = await fx.loggedIn('admin', { width: 375, height: 800 });
    await page.goto(`${fx.srv.base}/review/audit?action=export`);
    await page.locator('#audit-log a.entry-items').first().click();
    await page.waitForURL(/\/review\/audit\/\d+\/items$/);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^Item dalam ekspor #\d+$/);
    const rows = await page.locator('#entry-items tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-item'), tr.querySelector('td.state')?.textContent]));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows).toContainEqual([ids[0], 'item dihapus']);
    expect(rows).toContainEqual([ids[1], 'teks dan penulis dihapus (retensi)']);
    await page.screenshot({ path: `${ARTIFACTS}review-audit-entry-items-375.png`, fullPage: true });
    const { scroll, view } = await pageWidths(page);
    expect(scroll).toBeLessThanOrEqual(view);
    const cells = await page.locator('#entry-items tbody td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    expect(cells.filter((c) => c.left < 0 || c.right > view)).toEqual([]);
    // Each value beside its field's name, as in the log.
    const labels = await page.locator('#entry-items tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Item"', '"Keadaan"']);

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.locator('#entry-items thead').isVisible()).resolves.toBe(true);
    const tops = await page.locator('#entry-items tbody tr').first().locator('td').evaluateAll((tds) => new Set(tds.map((td) => Math.round(td.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
    expect((await pageWidths(page)).scroll).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: `${ARTIFACTS}review-audit-entry-items-1280.png`, fullPage: true });
    // "« log audit" leads back.
    await page.click('nav.crumbs a');
    await page.waitForURL(`${fx.srv.base}/review/audit`);
    await context.close();
  }, 30_000);
});
