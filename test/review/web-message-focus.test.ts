// After a form, the result is in the new page's HTML, which screen readers do not reliably announce on
// load: the title says it ("Catatan tersimpan · Item · netra review", "Tidak diubah · …") and focus
// is on the message, which is no field, so the shortcuts still work from there.
import { describe, expect, it } from 'vitest';
import { wibTime } from '../../src/review/web/format.js';
import { clickDecision, ARTIFACTS, chromiumSuite, flashShown, haveChromium, pressDecision, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();
  const focused = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.id ?? '');

  it('puts a success in the title and focus on its message; c c then decides from there', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, judul dan fokus', 'focus-1');
    expect(await page.title()).toBe('Item · netra review');
    await page.fill('#note-text', 'catatan');
    await page.click('form.note button[type=submit]');
    await flashShown(page, 'Catatan tersimpan');
    expect(await page.title()).toBe('Catatan tersimpan · Item · netra review');
    expect(await focused(page)).toBe('flash');
    await page.fill('#reason', 'ajakan');
    await page.locator('#reason').press('Escape');
    await page.locator('#flash').focus();
    await pressDecision(page, 'c');
    await flashShown(page, 'Tersimpan: dikonfirmasi');
    expect(await page.title()).toBe('Tersimpan: dikonfirmasi · Item · netra review');
    expect((await fx.store.record(id))?.decisions.map((d) => d.outcome)).toEqual(['confirmed']);
    await context.close();
  }, 30_000);

  it('says a refusal (409) and a refused form (400) in the title, focus on the message; j still moves on', async () => {
    await fx.addPost('Dukung nomor 1, tetangga fokus', 'focus-2a');
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, ditolak dan fokus', 'focus-2');
    await page.reload();
    await page.selectOption('#label', 'netral');
    await page.fill('#reason', 'bukan partisan');
    await clickDecision(page, 'button.b-confirm');
    await page.locator('#form-error').waitFor();
    expect(await page.title()).toBe('Formulir tidak disimpan · Item · netra review');
    expect(await focused(page)).toBe('form-error');
    // Decided elsewhere meanwhile: the form sent from this page is refused.
    const item = (await fx.store.get(id))!;
    const escalated = await fx.store.decide(id, { outcome: 'escalated', fromStatus: item.status, fromAssignee: item.assignee, fromUpdatedAt: item.updatedAt }, 'Lain#x');
    await page.selectOption('#label', '');
    await clickDecision(page, 'button.b-dismiss');
    await flashShown(page, `Tidak diubah: item ini sudah berubah — Lain#x mengeskalasi item ini (${escalated.reviewerLabel ? `label ${escalated.reviewerLabel}, ` : ''}status dieskalasi) pada ${wibTime(escalated.createdAt)}`);
    expect(await page.title()).toBe('Tidak diubah · Item · netra review');
    expect(await focused(page)).toBe('flash');
    await page.screenshot({ path: `${ARTIFACTS}review-refused-focus.png` });
    const url = page.url();
    await page.keyboard.press(await page.locator('#next').count() ? 'j' : 'k');
    await page.waitForURL((u) => u.href !== url && !u.pathname.endsWith('/decision'));
    await context.close();
  }, 30_000);
});
