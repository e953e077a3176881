// Leaving the item page in Chromium with input not saved: a label chosen alone asks as typed text does,
// and so do "Keluar" (the header's logout form, which is none of the item's forms) and a link followed
// while one of the item's forms is still being sent.
import { describe, expect, it } from 'vitest';
import { clickDecision, chromiumSuite, dialogsOf, fieldValues, haveChromium, reviewBrowser } from './helpers/browser.js';

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
    await clickDecision(page, 'button.b-confirm');
    await page.locator('#form-error').waitFor();
    await stays('label', 'netral');
    // Nothing chosen any more: the link leaves without asking.
    await page.selectOption('#label', '');
    await leave.click();
    await page.waitForURL(`${fx.srv.base}/review`);
    expect(asked).toEqual([]);
    await context.close();
  }, 30_000);

  it('asks before "Keluar" with text unsaved: staying keeps the text and the session, leaving anyway logs out', async () => {
    const { context, page } = await fx.openNewItem('Ayo dukung nomor 2, keluar dengan isian', 'logout-1');
    const itemUrl = page.url();
    const dialogs = dialogsOf(page);
    const logout = page.locator('header.top button[type=submit]');
    await page.fill('#reason', 'belum disimpan');
    await logout.click();
    await expect.poll(() => dialogs.asked).toEqual(['beforeunload']);
    expect(page.url()).toBe(itemUrl);
    expect(await fieldValues(page, ['reason'])).toEqual({ reason: 'belum disimpan' });
    // Staying sent nothing: the session still opens the queue.
    const queue = await context.request.get(`${fx.srv.base}/review`, { maxRedirects: 0 });
    expect(queue.status()).toBe(200);
    dialogs.answer = 'accept';
    await logout.click();
    await page.waitForURL(`${fx.srv.base}/review/login`);
    expect(dialogs.asked).toEqual(['beforeunload', 'beforeunload']);
    expect((await context.request.get(`${fx.srv.base}/review`, { maxRedirects: 0 })).status()).toBe(303);
    await context.close();
  }, 30_000);

  it('asks before leaving by a link while a form is still being sent: sending lets only its own navigation go unasked', async () => {
    const { context, page } = await fx.openNewItem('Ayo dukung nomor 2, catatan masih terkirim', 'pending-1');
    const { asked } = dialogsOf(page);
    const link = await page.locator('nav.crumbs a').first().boundingBox(); // « antrean, clicked by place: the page is busy sending
    let held = false;
    await page.route('**/notes', () => {
      held = true; // never answered: the note stays on its way
    });
    await page.fill('#reason', 'alasan belum dikirim');
    await page.fill('#note-text', 'catatan dikirim');
    await page.click('form.note button[type=submit]', { noWaitAfter: true });
    await expect.poll(() => held).toBe(true);
    expect(asked).toEqual([]);
    await page.mouse.click(link!.x + 5, link!.y + 5);
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await context.close();
  }, 30_000);

  it('brings typed values back only on the reply to a send: a send that never got its reply leaves none for a later visit', async () => {
    const { context, page } = await fx.openNewItem('Ayo dukung nomor 2, kiriman gagal', 'failed-send-1');
    const itemUrl = page.url();
    await page.route('**/notes', (route) => route.abort('connectionreset'));
    await page.fill('#reason', 'alasan lama');
    await page.fill('#note-text', 'catatan gagal');
    await page.click('form.note button[type=submit]', { noWaitAfter: true }).catch(() => undefined);
    await expect.poll(() => page.evaluate(() => document.getElementById('item') === null).catch(() => false)).toBe(true); // the browser's error page
    await page.unroute('**/notes');
    await page.goto(itemUrl);
    expect(await fieldValues(page, ['reason', 'note-text'])).toEqual({ reason: '', 'note-text': '' });
    // Nor later: the kept values were dropped on that visit.
    await page.reload();
    expect(await fieldValues(page, ['reason'])).toEqual({ reason: '' });
    await context.close();
  }, 30_000);
});
