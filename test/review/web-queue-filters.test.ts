// The queue page's filters in a real headless Chromium: what the page itself sends (the filter form
// with "semua" left in its selects, the paging links, "« antrean") is taken, and a bad or misspelt
// filter typed into the address bar is a 400 page saying which, listing nothing, with the form to fix it.
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumSuite, haveChromium, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  beforeAll(async () => {
    // 52 posts of one election and 3 of another: two queue pages of 50.
    for (let i = 0; i < 52; i++) await fx.addPost(`Rapat warga RT ${i + 1} membahas jadwal kerja bakti dan nomor ${i + 1}`, `f${i}`);
    for (let i = 0; i < 3; i++) await fx.store.add({ text: `Ayo coblos nomor ${i + 1} tanggal 14 Februari!`, source: 'web-test', externalId: `g${i}`, election: 'pilpres-2024' }, fx.scorer.score({ text: `Ayo coblos nomor ${i + 1} tanggal 14 Februari!`, election: 'pilpres-2024' }), 'setup');
  }, 60_000);

  it('takes its own forms and links, and refuses a bad filter with a 400 page naming it', async () => {
    const { context, page } = await fx.loggedIn('supervisor');
    const rows = () => page.locator('#queue tr.row').count();
    const status = async () => (await page.reload())?.status(); // the page's own HTTP status, not only what it shows
    // The filter form with nothing chosen sends every select empty ("semua"): the whole queue, 200.
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/\/review\?status=&level=&label=&election=&sort=$/);
    expect(await status()).toBe(200);
    expect(await rows()).toBe(50);
    // One select chosen, the others still "semua".
    await page.selectOption('#f-election', 'pilpres-2019');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/election=pilpres-2019/);
    expect(await status()).toBe(200);
    expect(await rows()).toBe(50);
    // Its "berikutnya" link (the cursor it hands out) and "« awal".
    await page.click('#next-page');
    await page.waitForURL(/cursor=/);
    expect(await status()).toBe(200);
    expect(await rows()).toBe(2);
    // An item, then "« antrean" (`at=`) back to the page holding it.
    await page.click('#queue tr.row td.snippet a');
    await page.waitForURL(/\/review\/items\//);
    await page.click('nav.crumbs a:text("« antrean")');
    await page.waitForURL(/\/review\?.*cursor=/);
    expect(await status()).toBe(200);
    expect(await rows()).toBe(2);
    await page.click('nav.pager a:text("« awal")');
    await page.waitForURL(/\/review\?status=&level=&label=&election=pilpres-2019&sort=$|\/review\?election=pilpres-2019$/);
    expect(await rows()).toBe(50);
    // "‹ sebelumnya" from the second page leads back to the first.
    await page.click('#next-page');
    await page.waitForURL(/cursor=/);
    await page.click('#prev-page');
    await page.waitForURL(/before=/);
    expect(await status()).toBe(200);
    expect(await rows()).toBe(50);
    // The order chosen in the form is kept by the paging links.
    await page.selectOption('#f-sort', 'oldest');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/sort=oldest/);
    await page.click('#next-page');
    await page.waitForURL(/sort=oldest&cursor=/);
    expect(await rows()).toBe(2);
    await expect(page.locator('#f-sort').inputValue()).resolves.toBe('oldest');

    // Typed into the address bar: a misspelt filter and a value the queue does not have.
    for (const [query, error] of [
      ['levl=tinggi', 'levl: saringan tidak dikenal.'],
      ['status=bogus&election=pilpres-2024', 'Status: pilihan tidak dikenal.'],
    ]) {
      const res = await page.goto(`${fx.srv.base}/review?${query}`);
      expect(res?.status(), query).toBe(400);
      await expect(page.locator('#form-error li').allTextContents()).resolves.toEqual([error]);
      expect(await page.locator('#queue').count(), query).toBe(0);
    }
    // The filters that were fine are still chosen; fixing the form shows the queue they give.
    expect(await page.locator('#f-election').inputValue()).toBe('pilpres-2024');
    await page.selectOption('#f-status', 'new');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/status=new&level=&label=&election=pilpres-2024&sort=$/);
    expect(await status()).toBe(200);
    expect(await rows()).toBe(3);
    await context.close();
  }, 60_000);
});
