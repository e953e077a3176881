// The audit log page (/review/audit) in Chromium: what a queue page's `read` (an entry of no item)
// says in the item column, and the log on a 375 px phone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fakeResult } from './helpers/fixtures.js';
import { ARTIFACTS, chromiumSuite, haveChromium, pageWidths, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();
  const addItems = async (election: string, n: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const text = `Ayo coblos nomor ${i + 1}, ${election}`;
      ids.push((await fx.store.add({ text, source: 'web-test', externalId: `${election}-${i}`, author: 'uji', election }, fakeResult(0.9 - i / 100, 'ajakan', 'tinggi', election), 'setup')).item.id);
    }
    return ids;
  };
  /** The item cell of each row of the log, with the row's actor and action: the cell's text, its item link and its link to the item's log (if any). */
  const itemCells = (page: Page) =>
    page.locator('#audit-log tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = tr.querySelector('td:nth-child(5)');
        return { actor: tr.querySelector('td:nth-child(3)')?.textContent ?? '', action: tr.querySelector('td:nth-child(4)')?.textContent ?? '', text: (cell?.textContent ?? '').replace(/\s+/g, ' ').trim(), href: cell?.querySelector('a')?.getAttribute('href') ?? null, log: cell?.querySelector('a.item-log')?.getAttribute('href') ?? null };
      }),
    );

  // The admin's own login showed the queue too: only Ana's entries and the items' creation are looked at.
  const notAdmins = <T extends { actor: string }>(cells: T[]) => cells.filter((c) => !c.actor.startsWith('Adi Admin#'));

  it("a queue page's read names the filtered item it showed, else how many items it showed; other entries of no item keep '–'", async () => {
    const ids = await addItems('audit-shown', 3);
    await fx.store.readPage({ election: 'audit-shown' }, { limit: 50 }, 'Ana Analis#k1');
    await fx.store.readItem(ids[1], 'Ana Analis#k1');
    const { context, page } = await fx.loggedIn('admin');

    // Filtered by the second item: the page's read shows that item (linked to it as other item cells are) and the page's size;
    // no "log" link, the log being filtered by it already.
    await page.goto(`${fx.srv.base}/review/audit?item=${ids[1]}`);
    const filtered = notAdmins(await itemCells(page));
    expect(filtered.map((c) => [c.action, c.text, c.href, c.log])).toEqual([
      ['read', ids[1], `/review/items/${ids[1]}`, null], // its own read
      ['read', `${ids[1]} dari 3 item`, `/review/items/${ids[1]}`, null], // the queue page that showed it
      ['create', ids[1], `/review/items/${ids[1]}`, null],
    ]);

    // Unfiltered: the page's read says how many items it showed, unlinked (it names no one item); an
    // item's id opens the item, and "log" beside it filters the log by the item.
    await page.goto(`${fx.srv.base}/review/audit?action=read`);
    const reads = notAdmins(await itemCells(page));
    expect(reads.map((c) => [c.text, c.href, c.log])).toEqual([[`${ids[1]} log`, `/review/items/${ids[1]}`, `/review/audit?item=${ids[1]}`], ['3 item', null, null]]);
    // Filtered by an actor, not an item: the same.
    await page.goto(`${fx.srv.base}/review/audit?actor=${encodeURIComponent('Ana Analis#k1')}&action=read`);
    expect((await itemCells(page)).map((c) => c.text)).toEqual([`${ids[1]} log`, '3 item']);
    // Clicked, the id opens the item page; "log", the item's log.
    await page.click(`#audit-log td.item a:text-is("${ids[1]}")`);
    await page.waitForURL(`${fx.srv.base}/review/items/${ids[1]}`);
    await expect(page.locator('#item').getAttribute('data-id')).resolves.toBe(ids[1]);
    await page.goBack();
    await page.click('#audit-log td.item a.item-log');
    await page.waitForURL(`${fx.srv.base}/review/audit?item=${ids[1]}`);

    // An entry of no item that lists no ids (a key's creation) keeps "–".
    await page.goto(`${fx.srv.base}/review/audit?action=key_create`);
    const keys = await itemCells(page);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys.map((c) => [c.text, c.href].join()))).toEqual(new Set(['–,']));
    await context.close();
  }, 30_000);

  it('reads on a 375 px phone: the page never scrolls sideways and each entry shows every field at a readable width', async () => {
    const ids = await addItems('audit-phone', 12);
    const actor = `Supervisor ${'Panjang'.repeat(12)}#0123456789abcdef`; // a 95-character key name (at most 100) in one word
    await fx.store.decide(ids[0], { outcome: 'dismissed', reason: 'bukan dukungan, hanya berita '.repeat(4).trim() }, actor);
    await fx.store.readPage({ election: 'audit-phone' }, { limit: 50 }, actor);
    const { context, page } = await fx.loggedIn('admin', { width: 375, height: 800 });
    for (const path of ['/review/audit', `/review/audit?item=${ids[0]}`]) {
      await page.goto(fx.srv.base + path);
      if (path === '/review/audit') await page.screenshot({ path: `${ARTIFACTS}review-audit-375.png`, fullPage: true });
      const { scroll, view } = await pageWidths(page);
      expect(scroll, `${path} at 375px`).toBeLessThanOrEqual(view);
      // Every cell is seen without scrolling the table sideways, and none is squeezed to a sliver:
      // each is inside the window and at least 10rem (160 px) wide.
      const cells = await page.locator('#audit-log tbody tr[data-seq] td').evaluateAll((tds) =>
        tds.map((td) => {
          const r = td.getBoundingClientRect();
          return { text: (td.textContent ?? '').slice(0, 30), left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width), height: Math.round(r.height) };
        }),
      );
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter((c) => c.left < 0 || c.right > view), `${path}: cells outside the window`).toEqual([]);
      expect(cells.filter((c) => c.width < 160), `${path}: cells narrower than 160 px`).toEqual([]);
      // An empty value (no "before") still takes its line: its name does not print over the next one's.
      expect(cells.filter((c) => c.height < 18), `${path}: cells lower than a line`).toEqual([]);
      // Each field is named next to its value (the table's header row is not where the values are).
      const labels = await page.locator('#audit-log tbody tr[data-seq]').first().locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
      expect(labels).toEqual(['"#"', '"Waktu"', '"Oleh"', '"Aksi"', '"Item"', '"Sebelum"', '"Sesudah"']);
    }
    // At 1280 px it stays a table: one row per entry, the header row shown.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.locator('#audit-log thead').isVisible()).resolves.toBe(true);
    const tops = await page.locator('#audit-log tbody tr[data-seq]').first().locator('td').evaluateAll((tds) => new Set(tds.map((td) => Math.round(td.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
    expect(await page.locator('#audit-log tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
    // The 95-character key name wraps inside its column instead of widening the table past its box
    // (a cell sizes to its longest word, and the before/after columns were squeezed to make room).
    const box = await page.locator('#audit-log').evaluate((t) => ({ table: t.scrollWidth, box: (t.parentElement as HTMLElement).clientWidth }));
    expect(box.table, 'audit table width at 1280 px').toBeLessThanOrEqual(box.box);
    await page.screenshot({ path: `${ARTIFACTS}review-audit-1280.png`, fullPage: true });
    await context.close();
  }, 30_000);

  it("an item's audit trail reads on a 375 px phone as the audit log does: cards, each value beside its field's name", async () => {
    const [id] = await addItems('trail-phone', 1);
    const actor = `Supervisor ${'Panjang'.repeat(12)}#0123456789abcdef`;
    await fx.store.decide(id, { outcome: 'dismissed', reason: 'bukan dukungan, hanya berita '.repeat(4).trim() }, actor);
    const { context, page } = await fx.loggedIn('supervisor', { width: 375, height: 800 });
    await page.goto(`${fx.srv.base}/review/items/${id}`);
    await page.locator('#audit').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}review-item-audit-375.png`, fullPage: true });
    const { scroll, view } = await pageWidths(page);
    expect(scroll).toBeLessThanOrEqual(view);
    const cells = await page.locator('#audit tbody tr td').evaluateAll((tds) =>
      tds.map((td) => {
        const r = td.getBoundingClientRect();
        return { text: (td.textContent ?? '').slice(0, 30), left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width), height: Math.round(r.height) };
      }),
    );
    expect(cells.length).toBe(8); // create and decision, four fields each
    expect(cells.filter((c) => c.left < 0 || c.right > view), 'cells outside the window').toEqual([]);
    expect(cells.filter((c) => c.width < 160), 'cells narrower than 160 px').toEqual([]);
    expect(cells.filter((c) => c.height < 18), 'cells lower than a line').toEqual([]);
    const labels = await page.locator('#audit tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Waktu"', '"Oleh"', '"Aksi"', '"Perubahan"']);
    // At 1280 px it stays a table.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.locator('#audit thead').isVisible()).resolves.toBe(true);
    expect(await page.locator('#audit tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
    await context.close();
  }, 30_000);
});
