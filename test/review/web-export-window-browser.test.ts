// The queue page's time-window export form in Chromium: its delimiter choice (comma, ';' for Excel
// under Indonesian settings, tab) and decimal choice (point; comma for that Excel) fit a 375 px phone
// and a 1280 px window, and the form downloads the API's file for that window, delimiter and decimal.
// It had no choice: only a comma file, or `&delimiter=;` added to its address by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fakeResult } from './helpers/fixtures.js';
import { ARTIFACTS, chromiumSuite, haveChromium, pageWidths, reviewBrowser } from './helpers/browser.js';

const FIELDS = ['#export-since', '#export-until', '#export-format', '#export-delimiter', '#export-decimal', '#export-bom', '#export-window button[type=submit]'];
// One day in WIB as the form takes it, and as the API takes it.
const DAY = { since: '2026-11-20T00:00', until: '2026-11-21T00:00' };
const API_DAY = 'since=2026-11-20T00:00:00%2B07:00&until=2026-11-21T00:00:00%2B07:00';
/** The delimiter's default: the comma, or ';' with a decimal comma (a comma file cannot take one). */
const COMMA_OR_SEMICOLON = 'koma (,); titik koma (;) bila desimal koma';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  /** Fills the window form (opened) and sends it; the downloaded file's bytes. */
  const download = async (page: Page, delimiter: string, bom: string, decimal = 'titik (.)', format = 'csv'): Promise<Buffer> => {
    await page.fill('#export-since', DAY.since);
    await page.fill('#export-until', DAY.until);
    await page.selectOption('#export-format', format);
    await page.selectOption('#export-delimiter', { label: delimiter });
    await page.selectOption('#export-decimal', { label: decimal });
    await page.selectOption('#export-bom', { label: bom });
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#export-window button[type=submit]')]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^netra-decisions-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
    return readFileSync(await file.path());
  };
  const fromApi = async (query: string): Promise<Buffer> => {
    const res = await fetch(`${fx.srv.base}/v1/review/export?${API_DAY}&${query}`, { headers: { authorization: `Bearer ${fx.keys.supervisor}` } });
    expect(res.status, query).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  it('chooses the delimiter at 1280 and 375 px: it fits, and downloads the API file', async () => {
    for (const [tag, at] of [
      ['hari-itu', '2026-11-20T03:00:00.000Z'], // 10:00 WIB on the 20th
      ['hari-lain', '2026-11-22T03:00:00.000Z'],
    ]) {
      const { item } = await fx.store.add({ text: `Ayo coblos nomor 2; ${tag}`, source: 'web-test', externalId: `export-window-${tag}`, author: 'uji' }, fakeResult(0.9, 'ajakan', 'tinggi'), 'setup');
      const d = await fx.store.decide(item.id, { outcome: 'confirmed', reason: `ajakan, ${tag}` }, 'Sari#k1');
      await fx.store.rdb.db.updateTable('decisions').set({ created_at: at }).where('id', '=', d.id).execute();
    }
    for (const width of [1280, 375]) {
      const { context, page } = await fx.loggedIn('supervisor', { width, height: 900 });
      await page.getByText('Ekspor keputusan menurut waktu (mis. satu hari)').click();
      await expect(page.locator('label', { has: page.locator('#export-delimiter') }).textContent()).resolves.toMatch(/^Pemisah CSV /);
      await expect(page.locator('#export-delimiter option').allTextContents()).resolves.toEqual([COMMA_OR_SEMICOLON, 'titik koma (;), untuk Excel Indonesia', 'tab']);
      await expect(page.locator('#export-delimiter').inputValue()).resolves.toBe(''); // the comma, sent as none
      await expect(page.locator('#export-decimal option').allTextContents()).resolves.toEqual(['titik (.)', 'koma (,), untuk Excel Indonesia']);
      const { scroll, view } = await pageWidths(page);
      expect(scroll, `queue page at ${width}px`).toBeLessThanOrEqual(view);
      for (const field of FIELDS) {
        const box = await page.locator(field).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= view, `${field} at ${width}px`).toBe(true);
      }
      await page.screenshot({ path: `${ARTIFACTS}review-export-window-${width}.png`, fullPage: true });

      const semicolon = await download(page, 'titik koma (;), untuk Excel Indonesia', 'ya');
      expect(semicolon.equals(await fromApi('format=csv&bom=1&delimiter=%3B'))).toBe(true);
      expect(semicolon.toString('utf8')).toMatch(/^\ufeffitem_id;source;/);
      expect(semicolon.toString('utf8')).toContain('hari-itu');
      expect(semicolon.toString('utf8')).not.toContain('hari-lain');
      // Excel under Indonesian settings: ';', a BOM and the risk with a decimal comma.
      const excelId = await download(page, 'titik koma (;), untuk Excel Indonesia', 'otomatis: ya untuk Excel Indonesia', 'koma (,), untuk Excel Indonesia');
      expect(excelId.equals(await fromApi('format=csv&bom=1&delimiter=%3B&decimal=%2C'))).toBe(true);
      expect(excelId.toString('utf8')).toMatch(/;0,9;/);
      // A decimal comma with the delimiter left at its default: the same Excel Indonesia file (it was the 400 page).
      const decimalOnly = await download(page, COMMA_OR_SEMICOLON, 'otomatis: ya untuk Excel Indonesia', 'koma (,), untuk Excel Indonesia');
      expect(decimalOnly.equals(excelId)).toBe(true);
      // The BOM left at "otomatis" with ';' (no decimal comma): that Excel's file has it; "tidak" gives one without.
      const semicolonAuto = await download(page, 'titik koma (;), untuk Excel Indonesia', 'otomatis: ya untuk Excel Indonesia');
      expect(semicolonAuto.equals(semicolon)).toBe(true);
      const semicolonNoBom = await download(page, 'titik koma (;), untuk Excel Indonesia', 'tidak, untuk skrip');
      expect(semicolonNoBom.equals(await fromApi('format=csv&delimiter=%3B'))).toBe(true);
      // JSONL after the Excel Indonesia choices: they do not apply, the JSONL file comes (it was the 400 page).
      const jsonl = await download(page, 'titik koma (;), untuk Excel Indonesia', 'ya', 'koma (,), untuk Excel Indonesia', 'jsonl');
      expect(jsonl.equals(await fromApi('format=jsonl'))).toBe(true);
      if (width === 1280) {
        const tab = await download(page, 'tab', 'otomatis: ya untuk Excel Indonesia');
        expect(tab.equals(await fromApi('format=csv&delimiter=tab'))).toBe(true);
        expect(tab.toString('utf8')).toMatch(/^item_id\tsource\t/);
        const comma = await download(page, COMMA_OR_SEMICOLON, 'tidak, untuk skrip');
        expect(comma.equals(await fromApi('format=csv'))).toBe(true);
        expect(comma.toString('utf8')).toMatch(/^item_id,source,/);
      }
      await context.close();
    }
  }, 60_000);

  it('needs no script: at 375 px without JavaScript, a decimal comma with the default delimiter downloads the Excel Indonesia file', async () => {
    const { context, page } = await fx.loggedIn('supervisor', { width: 375, height: 900 }, { javaScriptEnabled: false });
    await page.getByText('Ekspor keputusan menurut waktu (mis. satu hari)').click();
    const file = await download(page, COMMA_OR_SEMICOLON, 'otomatis: ya untuk Excel Indonesia', 'koma (,), untuk Excel Indonesia');
    expect(file.equals(await fromApi('format=csv&bom=1&delimiter=%3B&decimal=%2C'))).toBe(true);
    await context.close();
  }, 30_000);
});
