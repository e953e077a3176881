// Back (the browser's history) to an item page after one of its forms was sent: Chromium restores the
// state of form fields it saved for that history entry into the freshly loaded page, so the reason and
// label of a decision made (or a note saved) came back into a page showing the item as it is now, and
// `c` then sent them with a final decision. The item's forms keep no state for history.
import { describe, expect, it } from 'vitest';
import { clickDecision, chromiumSuite, dialogsOf, fieldValues, flashShown, haveChromium, reviewBrowser, ARTIFACTS } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('shows empty decision fields after Back from an escalation, and c sends nothing of what was typed for it', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, kembali setelah eskalasi', 'back-decision-1');
    await page.fill('#reason', 'perlu dilihat atasan');
    await page.selectOption('#label', 'serangan');
    await clickDecision(page, 'button.b-escalate');
    await flashShown(page, 'Tersimpan: dieskalasi');
    await page.goBack();
    await page.waitForLoadState('load');
    expect(await page.locator('#status').textContent()).toBe('dieskalasi');
    await page.screenshot({ path: `${ARTIFACTS}review-back-after-decision.png` });
    expect(await fieldValues(page, ['reason', 'label', 'note-text', 'suggested-label'])).toEqual({ reason: '', label: '', 'note-text': '', 'suggested-label': '' });
    expect((await fx.store.record(id))?.decisions.map((d) => [d.outcome, d.reason])).toEqual([['escalated', 'perlu dilihat atasan']]);
    await context.close();
  }, 30_000);

  it('shows an empty note field after Back from a saved note', async () => {
    const { context, page } = await fx.openNewItem('Ayo coblos nomor 2, kembali setelah catatan', 'back-note-1');
    await page.fill('#note-text', 'catatan sudah disimpan');
    await page.selectOption('#suggested-label', 'ajakan');
    await page.click('form.note button[type=submit]');
    await flashShown(page, 'Catatan tersimpan');
    await page.goBack();
    await page.waitForLoadState('load');
    expect(await fieldValues(page, ['note-text', 'suggested-label', 'reason', 'label'])).toEqual({ 'note-text': '', 'suggested-label': '', reason: '', label: '' });
    await context.close();
  }, 30_000);

  it('shows an empty reason after Back to an item whose draft was dropped at the leave prompt while someone else decided it', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo coblos nomor 2, draf ditinggalkan', 'back-dropped-1');
    const dialogs = dialogsOf(page);
    dialogs.answer = 'accept';
    await page.fill('#reason', 'draf yang ditinggalkan');
    await page.selectOption('#label', 'dukungan');
    await page.locator('nav.crumbs a').first().click();
    await page.waitForURL(/\/review(\?|$)/);
    expect(dialogs.asked).toEqual(['beforeunload']);
    const item = (await fx.store.get(id))!;
    await fx.store.decide(id, { outcome: 'escalated', fromStatus: item.status, fromAssignee: item.assignee, fromUpdatedAt: item.updatedAt }, 'Lain#x');
    await page.goBack();
    await page.waitForLoadState('load');
    expect(await page.locator('#status').textContent()).toBe('dieskalasi');
    expect(await fieldValues(page, ['reason', 'label'])).toEqual({ reason: '', label: '' });
    await context.close();
  }, 30_000);
});
