// An item someone else holds is not decided by a plain click: the page says who holds it since when,
// the decision buttons do nothing until the reviewer takes it over ("Ambil alih dari …"), and a
// refused decision says who changed the item and how. Before, Budi's page, refused once with "Tidak
// diubah", came back with working buttons, and his second click decided over Sari's hold.
import { describe, expect, it } from 'vitest';
import { clickDecision, chromiumSuite, haveChromium, reviewBrowser } from './helpers/browser.js';
import { hiddenValue } from './helpers/http.js';

const SARI = 'Sari (Bawaslu Kab.)#0123456789abcdef';
/** The 409 line `line`, then when the change was made (WIB). */
const wibAfter = (line: string) => new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} pada \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d WIB$`);

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('after Sari takes the item, a stale Tolak is refused naming her, and the page asks for a take-over before deciding', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, dipegang Sari', 'held-1');
    await page.fill('#reason', 'bukan ajakan');
    await fx.store.assign(id, SARI, SARI); // Sari takes it while Budi's page is open
    await clickDecision(page, 'button.b-dismiss');
    await page.locator('p.flash').waitFor();
    await expect(page.locator('p.flash').textContent()).resolves.toMatch(wibAfter(`Tidak diubah: item ini sudah berubah — ${SARI} mengambil item ini`));
    await expect(page.locator('#held-notice').textContent()).resolves.toMatch(new RegExp(`^Item ini dipegang oleh ${SARI.replace(/[.()]/g, '\\$&')} sejak \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d WIB\\. `));
    // The typed reason stays; the buttons do nothing, by click or key.
    await expect(page.locator('#reason').inputValue()).resolves.toBe('bukan ajakan');
    for (const b of ['b-confirm', 'b-dismiss', 'b-escalate']) await expect(page.locator(`button.${b}`).isDisabled()).resolves.toBe(true);
    await page.click('button.b-dismiss', { force: true });
    await page.waitForTimeout(300);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    // The form sent anyway (an old page, a forged post) is refused by the server, naming the holder.
    const html = await page.content();
    const forged = await page.request.post(`${fx.srv.base}/review/items/${id}/decision`, {
      form: { _csrf: String(hiddenValue(html, '_csrf')), fromStatus: 'in_review', fromAssignee: SARI, fromUpdatedAt: String(hiddenValue(html, 'fromUpdatedAt')), outcome: 'dismissed', reason: 'tetap' },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(409);
    expect(await forged.text()).toContain(`Tidak diubah: item ini dipegang oleh ${SARI.replace('&', '&amp;')}; ambil alih dulu untuk memutuskan`);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    expect((await fx.store.get(id))?.assignee).toBe(SARI);
    // Taking it over explicitly makes the buttons act; the reason typed before comes along.
    await page.click(`#take button`);
    await page.locator('p.flash', { hasText: 'Ditugaskan' }).waitFor();
    await page.waitForLoadState('load');
    await expect(page.locator('#held-notice').count()).resolves.toBe(0);
    await expect(page.locator('#reason').inputValue()).resolves.toBe('bukan ajakan');
    await expect(page.locator('button.b-dismiss').isDisabled()).resolves.toBe(false);
    await context.close();
  }, 30_000);

  it('after an explicit take-over, the one it was taken from gets the same refusal and notice', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 1, diambil alih', 'held-2');
    await page.click('#take button');
    await page.locator('p.flash', { hasText: 'Ditugaskan' }).waitFor();
    const me = String((await fx.store.get(id))?.assignee);
    await fx.store.assign(id, SARI, SARI, { fromAssignee: me });
    await page.fill('#reason', 'ajakan jelas');
    await clickDecision(page, 'button.b-confirm');
    await page.locator('p.flash.refused').waitFor();
    await expect(page.locator('p.flash').textContent()).resolves.toMatch(wibAfter(`Tidak diubah: item ini sudah berubah — ${SARI} mengambil alih item ini dari ${me}`));
    await expect(page.locator('#held-notice').count()).resolves.toBe(1);
    await expect(page.locator('button.b-confirm').isDisabled()).resolves.toBe(true);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    await context.close();
  }, 30_000);
});
