// The decision keys (c, d, e) make final decisions with one unmodified letter. After Esc (pressed to
// close the browser's autocomplete, not to leave the field) the rest of a reason went to the page: the
// `d` of "dukungan" dismissed the item with half a reason. A key now only arms its decision, with a
// prompt read out by screen readers; the same key pressed again within 3 s sends it, and anything else
// (another key, a click, leaving the window, the time running out) disarms it. A doubled letter typed on
// after Esc (" cc atasan") still confirmed: a key less than 600 ms after the previous printable one arms
// nothing, and a second press less than 300 ms after the first does not send.
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumSuite, dialogsOf, fieldValues, flashShown, haveChromium, pressDecision, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();
  const prompt = '#decide-confirm';

  it('saves nothing when typing goes on after Esc in the reason field: "menurut saya", Esc, " dukungan terselubung"', async () => {
    await fx.addPost('Dukung nomor 1, tetangga sebelumnya', 'esc-typing-0');
    const { id, context, page } = await fx.openNewItem('Ayo dukung nomor 2, lanjut mengetik setelah Esc', 'esc-typing-1');
    await fx.addPost('Dukung nomor 3, tetangga berikutnya', 'esc-typing-2');
    await page.reload();
    const itemUrl = page.url();
    const { asked } = dialogsOf(page); // the leave prompt k raises (a reason is typed) is answered "stay"
    await page.click('#reason');
    await page.keyboard.type('menurut saya');
    await page.keyboard.press('Escape');
    await page.keyboard.type(' dukungan terselubung', { delay: 40 });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(itemUrl);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    expect(await fieldValues(page, ['reason'])).toEqual({ reason: 'menurut saya' });
    expect(await page.locator(prompt).textContent()).toBe('');
    expect(asked.length).toBeLessThanOrEqual(1);
    await context.close();
  }, 30_000);

  it('saves nothing when a doubled letter is typed on after Esc: "setuju", Esc, " cc atasan"', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, cc setelah Esc', 'esc-cc-1');
    const itemUrl = page.url();
    dialogsOf(page);
    await page.click('#reason');
    await page.keyboard.type('setuju', { delay: 40 });
    await page.keyboard.press('Escape');
    await page.keyboard.type(' cc atasan', { delay: 40 });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(itemUrl);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    expect(await fieldValues(page, ['reason'])).toEqual({ reason: 'setuju' });
    expect(await page.locator(prompt).textContent()).toBe('');
    await context.close();
  }, 30_000);

  it('saves nothing for "ee" typed at word speed after Esc, right away or after a pause; a later, slower e sends', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, ee setelah Esc', 'esc-ee-1');
    const itemUrl = page.url();
    dialogsOf(page);
    await page.click('#reason');
    await page.keyboard.type('oke', { delay: 40 });
    await page.keyboard.press('Escape');
    await page.keyboard.type('ee', { delay: 40 }); // typing goes on: no arming
    await page.waitForTimeout(400);
    expect(await page.locator(prompt).textContent()).toBe('');
    await page.waitForTimeout(700);
    await page.keyboard.type('ee', { delay: 40 }); // the first arms, the second is too quick to send
    await page.waitForTimeout(400);
    expect(page.url()).toBe(itemUrl);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    expect(await page.locator(prompt).textContent()).toBe('Eskalasi? Tekan e lagi untuk mengirim · tombol lain membatalkan');
    await page.keyboard.press('e');
    await flashShown(page, 'Tersimpan: dieskalasi');
    expect((await fx.store.record(id))?.decisions.map((d) => [d.outcome, d.reason])).toEqual([['escalated', 'oke']]);
    await context.close();
  }, 30_000);

  it('still decides on a deliberate d, pause, d after typing a reason', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, d jeda d', 'd-pause-d-1');
    await page.click('#reason');
    await page.keyboard.type('bukan ajakan', { delay: 40 });
    await page.keyboard.press('Escape');
    await pressDecision(page, 'd');
    await flashShown(page, 'Tersimpan: ditolak');
    expect((await fx.store.record(id))?.decisions.map((d) => [d.outcome, d.reason])).toEqual([['dismissed', 'bukan ajakan']]);
    await context.close();
  }, 30_000);

  it('arms a decision on the first press, with an announced prompt, and sends it on the second: d d dismisses', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo dukung nomor 2, tekan d dua kali', 'double-d-1');
    expect(await page.locator(prompt).getAttribute('role')).toBe('status');
    await page.fill('#reason', 'bukan ajakan');
    await page.locator('#reason').press('Escape');
    await page.keyboard.press('d');
    await expect.poll(() => page.locator(prompt).textContent()).toBe('Tolak? Tekan d lagi untuk mengirim · tombol lain membatalkan');
    await page.screenshot({ path: `${ARTIFACTS}review-decide-armed.png` });
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    await page.waitForTimeout(350); // a second press within 300 ms would be a doubled letter
    await page.keyboard.press('d');
    await flashShown(page, 'Tersimpan: ditolak');
    expect((await fx.store.record(id))?.decisions.map((d) => [d.outcome, d.reason])).toEqual([['dismissed', 'bukan ajakan']]);
    await context.close();
  }, 30_000);

  it('disarms on another key, a click, a held key\'s repeats and after 3 s: nothing is sent', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo dukung nomor 2, dibatalkan', 'disarm-1');
    const empty = () => page.locator(prompt).textContent();
    // a pause before each arming press: one less than 600 ms after another key is typing, and arms nothing
    const pause = () => page.waitForTimeout(650);
    // another decision key arms that one instead
    await page.keyboard.press('c');
    await pause();
    await page.keyboard.press('e');
    expect(await empty()).toBe('Eskalasi? Tekan e lagi untuk mengirim · tombol lain membatalkan');
    await pause();
    await page.keyboard.press('c');
    expect(await empty()).toBe('Konfirmasi? Tekan c lagi untuk mengirim · tombol lain membatalkan');
    await page.keyboard.press('x');
    expect(await empty()).toBe('');
    await pause();
    await page.keyboard.press('c');
    await page.mouse.click(5, 300);
    expect(await empty()).toBe('');
    await pause();
    await page.keyboard.press('c');
    await page.waitForTimeout(3_300);
    expect(await empty()).toBe('');
    await page.keyboard.press('c');
    await page.locator(prompt).evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', repeat: true, bubbles: true })));
    await page.waitForTimeout(300);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    expect(await empty()).toBe('Konfirmasi? Tekan c lagi untuk mengirim · tombol lain membatalkan');
    await context.close();
  }, 30_000);
});
