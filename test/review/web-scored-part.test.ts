// A long post's item page in Chromium: the part the result is about (the item's `part`) is marked as
// one block labelled "Bagian yang dinilai", named so for a screen reader, holding exactly that part
// of the text as written (escaped), with the evidence and mentions inside it still marked, and the
// evidence (the part's) marked nowhere else.
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumSuite, haveChromium, reviewBrowser } from './helpers/browser.js';

const REPORT = 'Rapat koordinasi persiapan pemilu di kantor kecamatan bersama relawan <tim> & warga. '.repeat(12);
const CALL = 'Ayo coblos nomor 02 besok, jangan golput!';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it("marks a long post's scored part, labelled and named, with its evidence marked inside", async () => {
    // The closing paragraph writes "jangan" too, evidence of the call only.
    const text = `${REPORT.trim()}\n\n${CALL}\n\nSalam sehat selalu untuk semua <b>warga</b>, besok jangan golput ya.`;
    const { id, context, page } = await fx.openNewItem(text, 'part-1');
    const part = (await fx.store.get(id))?.part;
    expect(part && text.slice(part.start, part.end)).toContain(CALL);
    const scored = page.getByRole('group', { name: 'Bagian yang dinilai' });
    await expect(scored.count()).resolves.toBe(1);
    await expect(scored.evaluate((el) => el.closest('#post-text') !== null)).resolves.toBe(true);
    await expect(scored.textContent()).resolves.toBe(text.slice(part!.start, part!.end));
    await expect(page.locator('#post-text').textContent()).resolves.toBe(text); // the label is not in the post's text
    await expect(scored.locator('mark.evidence').count()).resolves.toBeGreaterThan(0);
    // The evidence is the part's: none of it is marked in the report around it.
    await expect(page.locator('#post-text mark.evidence').count()).resolves.toBe(await scored.locator('mark.evidence').count());
    await expect(scored.locator('mark.mention').allTextContents()).resolves.toContain('nomor 02');
    // Visible: a border around the part and its label before it.
    const look = await scored.evaluate((el) => ({ border: getComputedStyle(el).borderTopStyle, label: getComputedStyle(el, '::before').content }));
    expect(look.border).toBe('solid');
    expect(look.label).toMatch(/Bagian yang dinilai/);
    // The facts say what the marked part means and lead to it.
    await expect(page.locator('#scored-part-fact a[href="#scored-part"]').count()).resolves.toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}review-item-scored-part.png`, fullPage: true });
    await context.close();
  }, 30_000);

  it('marks no part on a short post', async () => {
    const { context, page } = await fx.openNewItem('Ayo coblos nomor 02 besok!', 'part-2');
    await expect(page.locator('mark.part').count()).resolves.toBe(0);
    await expect(page.locator('#scored-part-fact').count()).resolves.toBe(0);
    await context.close();
  }, 30_000);
});
