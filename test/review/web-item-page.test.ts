// The queue and item pages in Chromium as reviewers use them: opening an item on a phone, taking and
// giving back an item, typed text kept when another form on the item page is sent and asked about
// before leaving by a link, times and election ids kept on one line (queue and item page).
import { describe, expect, it } from 'vitest';
import { clickDecision, ARTIFACTS, chromiumSuite, dialogsOf, fieldValues, flashShown, haveChromium, linesOf, pageWidths, pressDecision, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();

  it('on a 375 px phone, tapping a queue row where it shows opens the item; j/k and the live region still work', async () => {
    for (let i = 0; i < 3; i++) await fx.addPost(`Coblos nomor ${i + 1} ya, buka dari ponsel`, `phone-${i}`);
    const { context, page } = await fx.loggedIn('supervisor', { width: 375, height: 800 }, { hasTouch: true, isMobile: true });
    const row = page.locator('#queue tr.row').nth(1);
    const id = String(await row.getAttribute('data-id'));
    // The row's link where the row shows without scrolling the table sideways.
    const box = await row.locator('a').evaluate((a) => {
      const r = a.getBoundingClientRect();
      return { left: r.left, right: Math.min(r.right, innerWidth), top: r.top, bottom: r.bottom };
    });
    expect(box.left, 'the link starts inside the window').toBeGreaterThanOrEqual(0);
    expect(box.right - box.left, 'and shows some of itself').toBeGreaterThan(40);
    await page.screenshot({ path: `${ARTIFACTS}review-queue-375-open.png` });
    // j selects and announces as before.
    await page.keyboard.press('j');
    await expect(page.locator('#queue tr.row[aria-current="true"]').getAttribute('data-id')).resolves.toBe(id);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^Item 2 dari \d+: \w+, risiko 0\.\d{3}, \w+, \w+$/);
    await page.touchscreen.tap((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    await page.waitForURL(new RegExp(`/review/items/${id}$`));
    await context.close();
  }, 30_000);

  it('keeps what was typed in the other form when "Ambil", "Simpan catatan" or a decision is sent', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo dukung nomor 2, isian tetap ada', 'typed-1');
    // A reason and label typed, then the item taken: both are still in the decision form.
    await page.selectOption('#label', 'dukungan');
    await page.fill('#reason', 'dukungan terbuka');
    await page.click('#take button');
    await flashShown(page, 'Ditugaskan');
    expect(await fieldValues(page, ['reason', 'label'])).toEqual({ reason: 'dukungan terbuka', label: 'dukungan' });
    // A note saved meanwhile: the reason is kept, the note's own field is empty again (it was saved).
    await page.fill('#note-text', 'cek akun lain');
    await page.click('form.note button[type=submit]');
    await flashShown(page, 'Catatan tersimpan');
    expect(await fieldValues(page, ['reason', 'note-text'])).toEqual({ reason: 'dukungan terbuka', 'note-text': '' });
    // A half-typed note and suggestion survive the decision.
    await page.fill('#note-text', 'setengah diketik');
    await page.selectOption('#suggested-label', 'ajakan');
    await clickDecision(page, 'button.b-confirm');
    await flashShown(page, 'Tersimpan: dikonfirmasi');
    expect(await fieldValues(page, ['note-text', 'suggested-label'])).toEqual({ 'note-text': 'setengah diketik', 'suggested-label': 'ajakan' });
    const rec = await fx.store.record(id);
    expect(rec?.decisions.map((d) => [d.reason, d.reviewerLabel])).toEqual([['dukungan terbuka', 'dukungan']]);
    expect(rec?.notes.map((n) => n.text)).toEqual(['cek akun lain']);
    // Kept for that one round trip: a reload shows the page as stored.
    await page.reload();
    expect(await fieldValues(page, ['note-text', 'suggested-label'])).toEqual({ 'note-text': '', 'suggested-label': '' });
    await context.close();
  }, 30_000);

  it('"Lepaskan" gives back an item the reviewer took, keeping what was typed in the decision form', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo dukung nomor 3, ambil lalu lepas', 'release-1');
    await expect(page.locator('#release').count()).resolves.toBe(0);
    await page.click('#take button');
    await flashShown(page, 'Ditugaskan');
    await expect(page.locator('#take').count()).resolves.toBe(0);
    await page.fill('#reason', 'belum yakin');
    await page.click('#release button');
    await flashShown(page, 'Dilepaskan');
    await expect(page.locator('#status').textContent()).resolves.toBe('baru');
    await expect(page.locator('#take button').textContent()).resolves.toBe('Ambil (tugaskan ke saya)');
    expect(await fieldValues(page, ['reason'])).toEqual({ reason: 'belum yakin' });
    const item = await fx.store.get(id);
    expect([item?.status, item?.assignee]).toEqual(['new', null]);
    await context.close();
  }, 30_000);

  it('asks before leaving by a link or j/k with a reason or note typed, never with nothing typed nor when a form is sent', async () => {
    await fx.addPost('Ayo dukung nomor 1, tetangga isian belum disimpan', 'unsaved-0');
    const { id, context, page } = await fx.openNewItem('Ayo dukung nomor 2, isian belum disimpan', 'unsaved-1');
    const itemUrl = page.url();
    const dialogs = dialogsOf(page);
    const { asked } = dialogs;
    const leave = page.locator('nav.crumbs a').first(); // « antrean
    const neighbour = (await page.locator('#next').count()) ? 'j' : 'k';
    // Nothing typed (spaces alone are nothing): the link leaves without asking.
    await page.fill('#note-text', '   ');
    await leave.click();
    await page.waitForURL(`${fx.srv.base}/review`);
    expect(asked).toEqual([]);
    // A note typed: the link, j/k and the header's link ask; staying keeps the page and the note.
    await page.goto(itemUrl);
    await page.fill('#note-text', 'belum disimpan');
    await page.keyboard.press('Escape');
    for (const go of [() => leave.click(), () => page.keyboard.press(neighbour), () => page.click('header a.brand')]) {
      await go();
      await expect.poll(() => asked.length).toBe(1);
      asked.length = 0;
      expect(page.url()).toBe(itemUrl);
    }
    expect(await fieldValues(page, ['note-text'])).toEqual({ 'note-text': 'belum disimpan' });
    // A reason typed, then the note form sent: no question, the reason comes back (kept for the round trip);
    // the decision sent with c: no question either.
    await page.fill('#reason', 'alasan tertunda');
    await page.click('form.note button[type=submit]');
    await flashShown(page, 'Catatan tersimpan');
    expect(await fieldValues(page, ['reason', 'note-text'])).toEqual({ reason: 'alasan tertunda', 'note-text': '' });
    await pressDecision(page, 'c');
    await flashShown(page, 'Tersimpan: dikonfirmasi');
    expect(asked).toEqual([]);
    // Leaving anyway when asked loses the text, as the reviewer chose.
    await page.fill('#note-text', 'dibuang');
    dialogs.answer = 'accept';
    await leave.click();
    await page.waitForURL(`${fx.srv.base}/review`);
    expect(asked).toEqual(['beforeunload']);
    expect((await fx.store.record(id))?.decisions.map((d) => d.reason)).toEqual(['alasan tertunda']);
    await context.close();
  }, 30_000);

  it('shows each time of the audit trail on one line at 1280 px ("WIB" never on a line of its own)', async () => {
    const id = await fx.addPost('Pilih nomor 1 ya, jam audit', 'wib-1');
    await fx.store.assign(id, 'Sari Supervisor#0123456789abcdef', 'Sari Supervisor#0123456789abcdef');
    await fx.store.decide(id, { outcome: 'escalated', reason: 'perlu dicek' }, 'Sari Supervisor#0123456789abcdef');
    const { context, page } = await fx.loggedIn('supervisor', { width: 1280, height: 800 });
    await page.goto(`${fx.srv.base}/review/items/${id}`);
    const lines = await linesOf(page, '#audit time');
    expect(lines.length).toBe(3);
    expect(lines.filter(([, n]) => n !== 1)).toEqual([]);
    await context.close();
  }, 30_000);

  it('keeps each election id in the queue on one line at 1200 px (never "pilpres-" above "2019")', async () => {
    // A full row squeezes the column: a post longer than the excerpt, a suggestion and an assignee.
    const id = await fx.addPost('Pilih nomor 2 ya bapak ibu, kolom pemilu tetap utuh walau cuplikan unggahan ini panjang sekali dan memenuhi baris', 'election-1');
    await fx.store.note(id, { text: 'usul', suggestedLabel: 'ajakan' }, 'Ani Analis#0123456789abcdef');
    await fx.store.assign(id, 'Sari Supervisor#0123456789abcdef', 'Sari Supervisor#0123456789abcdef');
    const { context, page } = await fx.loggedIn('supervisor', { width: 1200, height: 800 });
    const lines = await linesOf(page, '#queue td.election');
    await page.screenshot({ path: `${ARTIFACTS}review-queue-1200-election.png` });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter(([, n]) => n !== 1)).toEqual([]);
    await context.close();
  }, 30_000);

  it('keeps a long election id whole on the item page at 375 px ("Pemilu · tahap"), the page still fitting', async () => {
    // Valid ids ([a-z0-9-]+): a long one of a real region, seen whole, and the API's longest (100), whole in a box that scrolls.
    const ids = [['pilkada-kabupaten-kepulauan-talaud-2024', true], [`pilkada-${'x'.repeat(87)}-2024`, false]] as const;
    for (const [election, inView] of ids) {
      const text = 'Pilih nomor 2 ya, id pemilu panjang';
      const id = (await fx.store.add({ text, source: 'web-test', externalId: election, author: 'uji', election }, fx.scorer.score({ text }), 'setup')).item.id;
      const { context, page } = await fx.loggedIn('supervisor', { width: 375, height: 800 });
      await page.goto(`${fx.srv.base}/review/items/${id}`);
      expect(await linesOf(page, 'dl.facts .election')).toEqual([[election, 1]]);
      const widths = await pageWidths(page);
      expect(widths.scroll, election).toBeLessThanOrEqual(widths.view);
      if (inView) {
        await page.screenshot({ path: `${ARTIFACTS}review-item-375-election.png` });
        const shown = await page.locator('dl.facts .election').evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return { right: range.getBoundingClientRect().right, box: el.getBoundingClientRect().right };
        });
        expect(shown.right, 'seen without scrolling its box').toBeLessThanOrEqual(shown.box);
      }
      await context.close();
    }
  }, 30_000);

  it('fits a 375 px phone with the longest reviewer-label default ("(bawaan: serangan bila Konfirmasi, …)")', async () => {
    const text = 'Capres nomor 1 cuma omong kosong, janji manis doang';
    const result = fx.scorer.score({ text });
    expect(result.label).toBe('serangan');
    const id = (await fx.store.add({ text, source: 'web-test', externalId: 'label-default-375', author: 'uji' }, result, 'setup')).item.id;
    const { context, page } = await fx.loggedIn('supervisor', { width: 375, height: 800 });
    await page.goto(`${fx.srv.base}/review/items/${id}`);
    expect(await page.locator('#label option').first().textContent()).toContain('serangan bila Konfirmasi');
    const widths = await pageWidths(page);
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);
    await context.close();
  }, 30_000);
});
