// One click or tap on a decision button used to save a final decision at once (the keyboard needs its
// key twice). The first click now only arms the button and says so ("Klik lagi untuk mengonfirmasi",
// read out by the live region); a second click within 3 s sends, and so does Enter pressed twice on it.
import { describe, expect, it } from 'vitest';
import { chromiumSuite, clickDecision, haveChromium, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('arms on the first click and sends on the second; a click elsewhere or 3 s disarm it', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, klik dua kali', 'click-1');
    await page.fill('#reason', 'bukan ajakan');
    await page.click('button.b-dismiss');
    await page.waitForTimeout(400);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    await expect(page.locator('#decide-confirm').textContent()).resolves.toBe('Tolak? Klik lagi untuk mengonfirmasi · klik di tempat lain membatalkan');
    await expect(page.locator('button.b-dismiss').getAttribute('aria-describedby')).resolves.toBe('decide-confirm');
    // A click elsewhere disarms: the next click on the button arms again.
    await page.click('h1');
    await expect(page.locator('#decide-confirm').textContent()).resolves.toBe('');
    await page.click('button.b-dismiss');
    await page.waitForTimeout(3_200); // too late
    await expect(page.locator('#decide-confirm').textContent()).resolves.toBe('');
    await page.click('button.b-dismiss');
    await page.waitForTimeout(400);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    await page.click('button.b-dismiss');
    await page.locator('p.flash').waitFor();
    await expect(page.locator('p.flash').textContent()).resolves.toBe('Tersimpan: ditolak');
    expect((await fx.store.record(id))?.decisions.map((d) => d.outcome)).toEqual(['dismissed']);
    await context.close();
  }, 30_000);

  it('Enter on a focused button also needs two presses; clickDecision (two clicks) sends once', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 1, tombol dengan Enter', 'click-2');
    await page.fill('#reason', 'ajakan jelas');
    await page.focus('button.b-confirm');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    await expect(page.locator('#decide-confirm').textContent()).resolves.toBe('Konfirmasi? Tekan lagi untuk mengonfirmasi · tombol lain membatalkan');
    await page.keyboard.press('Enter');
    await page.locator('p.flash').waitFor();
    expect((await fx.store.record(id))?.decisions.map((d) => d.outcome)).toEqual(['confirmed']);
    const other = await fx.openNewItem('Ayo coblos nomor 3, dua klik', 'click-3');
    await other.page.fill('#reason', 'perlu atasan');
    await clickDecision(other.page, 'button.b-escalate');
    await other.page.locator('p.flash').waitFor();
    expect((await fx.store.record(other.id))?.decisions.map((d) => d.outcome)).toEqual(['escalated']);
    await other.context.close();
    await context.close();
  }, 30_000);
});
