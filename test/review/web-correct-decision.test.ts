// A supervisor corrects a confirmed or dismissed item from its page: a small "Koreksi keputusan" form
// (the right outcome, the label, a required reason) under the decision in force. Used by keyboard alone
// in Chromium; over HTTP, a form without a reason is refused in Indonesian, an analyst sees no form and
// a forged one is refused, and the old decision stays listed, marked as corrected.
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumSuite, dialogsOf, flashShown, haveChromium, reviewBrowser } from './helpers/browser.js';
import { hiddenValue, itemHtml, postForm, webLogin } from './helpers/http.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();
  const dismissedItem = async (text: string, externalId: string) => {
    const id = await fx.addPost(text, externalId);
    const first = await fx.store.decide(id, { outcome: 'dismissed', reason: 'salah klik' }, 'Sari#k1');
    return { id, first };
  };

  it('corrects a dismissed item with the keyboard alone; the old decision stays, marked', async () => {
    const { id, first } = await dismissedItem('Ayo coblos nomor 2 ya, koreksi dari halaman', 'correct-1');
    const { context, page } = await fx.loggedIn('supervisor');
    await page.goto(`${fx.srv.base}/review/items/${id}`);
    await expect(page.locator('#correct-heading').textContent()).resolves.toBe('Koreksi keputusan');
    // Tab to the form's first control, then choose, type and send without a mouse.
    await page.locator('#correct-confirmed').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('correct-label');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('correct-reason');
    await page.keyboard.type('ajakan jelas, salah tolak');
    await page.keyboard.press('Enter'); // a new line in the reason, never a send
    await page.keyboard.press('Tab'); // the warning under the field is text, not a stop
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('correct-send');
    expect((await fx.store.record(id))?.decisions).toHaveLength(1);
    await page.keyboard.press('Enter');
    await flashShown(page, 'Tersimpan: koreksi, dikonfirmasi');
    const rec = await fx.store.record(id);
    expect(rec?.item.status).toBe('confirmed');
    expect(rec?.decisions.map((d) => [d.outcome, d.reason, d.supersedes])).toEqual([
      ['dismissed', 'salah klik', null],
      ['confirmed', expect.stringMatching(/^ajakan jelas, salah tolak\r?\n$/), first.id], // a form sends a new line as CRLF
    ]);
    await expect(page.locator('ul.decisions li').first().textContent()).resolves.toContain('dikoreksi');
    await expect(page.locator('ul.decisions li').nth(1).textContent()).resolves.toContain('koreksi');
    await expect(page.locator('#audit tbody tr').last().textContent()).resolves.toContain('Koreksi: menggantikan keputusan sebelumnya (ditolak)');
    await page.screenshot({ path: `${ARTIFACTS}review-correct-decision.png`, fullPage: true });
    await context.close();
  }, 30_000);

  it('asks before leaving with a correction reason typed, as with the decision form', async () => {
    const { id } = await dismissedItem('Dukung nomor 2, koreksi belum dikirim', 'correct-4');
    const { context, page } = await fx.loggedIn('supervisor');
    await page.goto(`${fx.srv.base}/review/items/${id}`);
    const { asked } = dialogsOf(page);
    await page.fill('#correct-reason', 'belum selesai');
    const url = page.url();
    await page.locator('nav.crumbs a').first().click();
    await expect.poll(() => asked.length).toBe(1);
    expect(page.url()).toBe(url);
    await page.fill('#correct-reason', '');
    await page.locator('nav.crumbs a').first().click();
    await page.waitForURL(`${fx.srv.base}/review`);
    expect(asked).toHaveLength(1);
    await context.close();
  }, 30_000);

  it('refuses a correction without a reason in the page\'s words; analysts get no form, and a forged one is refused', async () => {
    const { id, first } = await dismissedItem('Pilih nomor 1, koreksi tanpa alasan', 'correct-2');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const html = await itemHtml(fx.srv.base, cookie, id);
    expect(html).toContain('id="correct"');
    const form = { _csrf: String(hiddenValue(html, '_csrf')), fromStatus: 'dismissed', fromUpdatedAt: String(hiddenValue(html, 'fromUpdatedAt')), corrects: first.id, outcome: 'confirmed' };
    const refused = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, { ...form, reason: '  ' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('<li>Alasan: wajib diisi untuk koreksi; tulis singkat mengapa keputusan dikoreksi.</li>');

    const analyst = await webLogin(fx.srv.base, fx.keys.analyst);
    const seen = await itemHtml(fx.srv.base, analyst, id);
    expect(seen).not.toContain('id="correct"');
    const forged = await postForm(fx.srv.base, analyst, `/review/items/${id}/decision`, { ...form, _csrf: String(hiddenValue(seen, '_csrf')), reason: 'paksa' });
    expect(forged.status).toBe(403);
    expect((await fx.store.record(id))?.decisions).toHaveLength(1);
  });

  it('a correction sent after another supervisor\'s is refused (409), naming the change, with the reason kept', async () => {
    const { id, first } = await dismissedItem('Jangan pilih calon ingkar janji, koreksi bersamaan', 'correct-3');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const html = await itemHtml(fx.srv.base, cookie, id);
    await fx.store.decide(id, { outcome: 'confirmed', reason: 'serangan', corrects: first.id }, 'Ketua#k2');
    const form = { _csrf: String(hiddenValue(html, '_csrf')), fromStatus: 'dismissed', fromUpdatedAt: String(hiddenValue(html, 'fromUpdatedAt')), corrects: first.id, outcome: 'confirmed', reason: 'ajakan juga' };
    const late = await postForm(fx.srv.base, cookie, `/review/items/${id}/decision`, form);
    expect(late.status).toBe(409);
    const body = await late.text();
    expect(body).toMatch(/Tidak diubah: item ini sudah berubah/);
    expect(body).toMatch(/<textarea name="reason" id="correct-reason"[^>]*>\s*ajakan juga<\/textarea>/);
    expect((await fx.store.record(id))?.decisions).toHaveLength(2);
  });
});
