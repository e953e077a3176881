// "Alasan" is a multi-line field (it takes 2,000 characters) with a warning beside it: retention purges
// the post's text and author but keeps every decision's reason, so a reason quoting the post or naming
// the account kept what the purge was meant to remove.
import { describe, expect, it } from 'vitest';
import { clickDecision, chromiumSuite, haveChromium, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('is a textarea described by the warning; a multi-line reason is saved, and comes back whole when the form is refused', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, alasan beberapa baris', 'reason-field-1');
    await expect(page.locator('#reason').evaluate((el) => el.tagName)).resolves.toBe('TEXTAREA');
    const hint = page.locator('#reason-hint');
    await expect(hint.textContent()).resolves.toBe('Jangan menyalin teks unggahan atau menyebut nama akun di sini: alasan tetap disimpan (juga di ekspor dan log audit) setelah teks unggahan dihapus oleh retensi.');
    await expect(page.locator('#reason').getAttribute('aria-describedby')).resolves.toBe('reason-hint');
    // Enter makes a new line, never a decision.
    await page.locator('#reason').fill('baris satu');
    await page.locator('#reason').press('End');
    await page.locator('#reason').press('Enter');
    await page.locator('#reason').pressSequentially('baris dua');
    await expect(page.locator('#reason').inputValue()).resolves.toBe('baris satu\nbaris dua');
    // Refused (a label contradicting the outcome): the two lines come back.
    await page.selectOption('#label', 'netral');
    await clickDecision(page, 'button.b-confirm');
    await page.locator('#form-error').waitFor();
    await expect(page.locator('#reason').inputValue()).resolves.toBe('baris satu\nbaris dua');
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    await context.close();
  }, 30_000);
});
