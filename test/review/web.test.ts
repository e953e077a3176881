// The /review page in a real headless Chromium (Debian `chromium` + playwright-core): log in with a
// key, filter, open an item, decide with the keyboard, see the audit entry; saves a screenshot.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKey, revokeKey } from '../../src/review/keys.js';
import { clickDecision, ARTIFACTS, chromiumSuite, haveChromium, linesOf, pageWidths, pressDecision, reviewBrowser } from './helpers/browser.js';

describe.skipIf(!haveChromium)(chromiumSuite, () => {
  const fx = reviewBrowser();
  const posts = [
    { text: 'Ayo coblos nomor 2 tanggal 14 Februari, jangan sampai golput ya bapak ibu!', election: 'pilpres-2024', postedAt: '2024-01-20T09:00:00+07:00', author: 'guru-1', externalId: 'w1' },
    { text: 'Saya dukung penuh pasangan nomor 1, semoga menang!', election: 'pilpres-2024', postedAt: '2024-01-25T09:00:00+07:00', author: 'guru-2', externalId: 'w2' },
    { text: 'Rapat koordinasi penanganan banjir di kantor camat besok pagi.', election: 'pilpres-2019', author: 'staf-3', externalId: 'w3' },
    { text: 'Jangan pilih calon yang suka bohong dan ingkar janji', election: 'pilpres-2019', author: 'staf-4', externalId: 'w4' },
  ];

  beforeAll(async () => {
    for (const p of posts) await fx.store.add({ ...p, source: 'web-test' }, fx.scorer.score({ text: p.text, election: p.election, postedAt: p.postedAt }), 'setup');
  });

  it('redirects to login, rejects a bad key, and refuses a form without CSRF token', async () => {
    const page = await fx.browser.newPage();
    await page.goto(`${fx.srv.base}/review`);
    expect(new URL(page.url()).pathname).toBe('/review/login');
    await page.fill('#key', 'nrk_0000000000000000_' + 'c'.repeat(43));
    await page.click('button[type=submit]');
    await expect(page.locator('.error').textContent()).resolves.toContain('tidak valid');
    const forged = await fetch(`${fx.srv.base}/review/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `key=${fx.keys.supervisor}` });
    expect(forged.status).toBe(403);
    await page.close();
  }, 30_000);

  it('logs in, filters, opens an item, decides with the keyboard and shows the audit entry', async () => {
    const context = await fx.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${fx.srv.base}/review/login`);
    await page.fill('#key', fx.keys.supervisor);
    await page.click('button[type=submit]');
    await page.waitForURL(`${fx.srv.base}/review`);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'netra_review');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    expect(await page.evaluate(() => document.cookie)).not.toContain('netra_review=');
    await expect(page.locator('svg.chart rect').count()).resolves.toBeGreaterThan(0);
    // The chart's accessible name carries the numbers its bars show (role="img" hides their titles).
    const axis = await page.locator('svg.chart text.axis').allTextContents(); // level, total, level, total, …
    const chartName = await page.locator('svg.chart').ariaSnapshot();
    for (let i = 0; i < axis.length; i += 2) expect(chartName).toContain(`${axis[i]} ${axis[i + 1]}`);
    for (const t of await page.locator('svg.chart rect title').allTextContents()) expect(chartName).toContain(t.replace(/^\S+ · (.+): (\d+)$/, '$1 $2'));

    // Queue sorted by risk.
    const risks = (await page.locator('#queue tr.row td.num').allTextContents()).map(Number);
    expect(risks.length).toBe(4);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));

    // Filter by election.
    await page.selectOption('#f-election', 'pilpres-2024');
    await page.click('#filters button[type=submit]');
    await page.waitForURL(/election=pilpres-2024/);
    await expect(page.locator('#queue tr.row').count()).resolves.toBe(2);

    // j moves the selection, Enter opens the selected item.
    await page.keyboard.press('j');
    await expect(page.locator('#queue tr.row.selected').getAttribute('data-id')).resolves.toBe(await page.locator('#queue tr.row').nth(1).getAttribute('data-id'));
    await page.keyboard.press('k');
    const firstId = await page.locator('#queue tr.row').nth(0).getAttribute('data-id');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/review/items/${firstId}`));
    await expect(page.locator('#post-text mark.evidence').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('dl.facts').textContent()).resolves.toMatch(/pilpres-2024 · (kampanye|sebelum tahapan)/);

    // Decide with the keyboard: c confirms.
    await page.fill('#reason', 'ajakan memilih di masa kampanye');
    await page.locator('#reason').press('Escape');
    await pressDecision(page, 'c');
    await page.waitForSelector('p.flash');
    await expect(page.locator('#status').textContent()).resolves.toBe('dikonfirmasi');
    await expect(page.locator('p.flash').textContent()).resolves.toBe('Tersimpan: dikonfirmasi');
    const auditRows = page.locator('#audit tbody tr');
    await expect(auditRows.count()).resolves.toBe(2);
    await expect(auditRows.nth(1).textContent()).resolves.toMatch(/Sari Supervisor#.*keputusan.*Keputusan: Konfirmasi/s);
    await page.screenshot({ path: `${ARTIFACTS}review-item.png`, fullPage: true });

    // j goes to the next item in the filtered queue; e escalates it.
    await page.keyboard.press('j');
    await page.waitForURL((u) => !u.pathname.endsWith(String(firstId)));
    await page.fill('#reason', 'perlu dilihat atasan');
    await page.locator('#reason').press('Escape');
    await pressDecision(page, 'e');
    await page.waitForSelector('p.flash');
    await expect(page.locator('#status').textContent()).resolves.toBe('dieskalasi');

    const decided = await fx.store.list({ status: 'confirmed' });
    expect(decided.items.map((i) => i.id)).toEqual([firstId]);
    expect((await fx.store.record(String(firstId)))?.decisions[0].reason).toBe('ajakan memilih di masa kampanye');

    await page.goto(`${fx.srv.base}/review`);
    await page.screenshot({ path: `${ARTIFACTS}review-queue.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('a supervisor downloads the decisions export from the queue page; analysts have no export links', async () => {
    const { context, page } = await fx.loggedIn('supervisor');
    const links = [
      ['Ekspor CSV', 'csv', 'format=csv'],
      ['Ekspor CSV (Excel)', 'csv', 'format=csv&bom=1'],
      ['Ekspor CSV (Excel Indonesia, pemisah titik koma)', 'csv', 'format=csv&bom=1&delimiter=%3B&decimal=%2C'],
      ['Ekspor JSONL', 'jsonl', 'format=jsonl'],
    ];
    for (const [link, format, query] of links) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link, exact: true }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^netra-decisions-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      const file = readFileSync(await download.path());
      const api = await fetch(`${fx.srv.base}/v1/review/export?${query}`, { headers: { authorization: `Bearer ${fx.keys.supervisor}` } });
      expect(file.equals(Buffer.from(await api.arrayBuffer())), query).toBe(true);
      expect(file[0] === 0xef, query).toBe(query.includes('bom=1'));
      expect(file.toString('utf8').split('\n')[0].startsWith('\ufeffitem_id;'), query).toBe(query.includes('delimiter'));
      if (query.includes('decimal')) {
        // The Indonesian-locale file's risk is a number there: a decimal comma (on the rows of the item the
        // test before decides; run alone, the export has none and the file is its header).
        const [header, ...rows] = parse(file.toString('utf8').slice(1), { delimiter: ';' }) as string[][];
        for (const row of rows) expect(row[header.indexOf('risk')]).toMatch(/^(0|1|0,\d+)$/);
      }
    }
    await context.close();
    // On a phone the links wrap inside the window, and the Indonesian-locale one still downloads its file.
    const phone = await fx.loggedIn('supervisor', { width: 375, height: 800 });
    const fit = await pageWidths(phone.page);
    expect(fit.scroll, 'queue page at 375px').toBeLessThanOrEqual(fit.view);
    for (const [link] of links) {
      const box = await phone.page.getByRole('link', { name: link, exact: true }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= fit.view, link).toBe(true);
    }
    const [download] = await Promise.all([phone.page.waitForEvent('download'), phone.page.getByRole('link', { name: links[2][0], exact: true }).click()]);
    expect(readFileSync(await download.path()).toString('utf8').startsWith('\ufeffitem_id;')).toBe(true);
    await phone.context.close();
    const analyst = await fx.loggedIn('analyst');
    await expect(analyst.page.locator('a[href^="/review/export"]').count()).resolves.toBe(0);
    await analyst.context.close();
  }, 30_000);

  it('an analyst sees no decision buttons and cannot post a decision', async () => {
    const context = await fx.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${fx.srv.base}/review/login`);
    await page.fill('#key', fx.keys.analyst);
    await page.click('button[type=submit]');
    await page.waitForURL(`${fx.srv.base}/review`);
    await page.locator('#queue tr.row a').first().click();
    await expect(page.locator('#decide').count()).resolves.toBe(0);
    const csrf = await page.locator('form.note input[name=_csrf]').inputValue();
    const action = await page.locator('form.note').getAttribute('action');
    const res = await page.request.post(`${fx.srv.base}${String(action).replace('/notes', '/decision')}`, { form: { _csrf: csrf, outcome: 'confirmed' }, maxRedirects: 0 });
    expect(res.status()).toBe(403);
    await context.close();
  }, 30_000);

  it('opening an item while logged out lands on that item after logging in', async () => {
    const id = await fx.addPost('Pilih nomor 1 ya, tautan langsung', 'next-1');
    const context = await fx.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${fx.srv.base}/review/items/${id}?status=new`);
    expect(new URL(page.url()).pathname).toBe('/review/login');
    await page.fill('#key', fx.keys.analyst);
    await page.click('button[type=submit]');
    await page.waitForURL(`${fx.srv.base}/review/items/${id}?status=new`);
    await expect(page.locator('#post-text').textContent()).resolves.toContain('tautan langsung');
    await context.close();
  }, 30_000);

  it('Enter on a focused link or button activates it instead of opening the selected row', async () => {
    const { context, page } = await fx.loggedIn('analyst');
    const second = await page.locator('#queue tr.row').nth(1).getAttribute('data-id');
    await page.focus('#queue tr.row:nth-child(2) td.snippet a');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/review/items/${second}`));
    await page.goto(`${fx.srv.base}/review`);
    await page.focus('#filters button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/review\?/);
    expect(new URL(page.url()).pathname).toBe('/review');
    await page.focus('header.top button');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${fx.srv.base}/review/login`);
    await context.close();
  }, 30_000);

  it('j/k selection reaches screen readers: the selected row is aria-current and a polite status region names it', async () => {
    const { context, page } = await fx.loggedIn('analyst');
    const rows = page.locator('#queue tr.row');
    const n = await rows.count();
    expect(n).toBeGreaterThan(1);
    const current = () => page.locator('#queue tr.row[aria-current="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    const status = page.getByRole('status');
    await expect(status.count()).resolves.toBe(1);
    await expect(status.getAttribute('aria-live')).resolves.toBeNull(); // role=status is polite by itself
    expect(await current()).toEqual([await rows.nth(0).getAttribute('data-id')]);
    await expect(status.textContent()).resolves.toBe(''); // nothing said on load
    await expect(page.locator('#queue tr.row[aria-selected]').count()).resolves.toBe(0);
    /** What the status region should say for row i, from the row's own cells. */
    const spoken = async (i: number) => {
      const [, risk, level, label, st] = await rows.nth(i).locator('td').allTextContents();
      return `Item ${i + 1} dari ${n}: ${label.trim()}, risiko ${risk.trim()}, ${level.trim()}, ${st.trim()}`;
    };
    await page.keyboard.press('j');
    expect(await current()).toEqual([await rows.nth(1).getAttribute('data-id')]);
    await expect(status.textContent()).resolves.toBe(await spoken(1));
    await expect(rows.nth(1).getAttribute('class')).resolves.toMatch(/\bselected\b/); // the visible highlight stays
    await page.keyboard.press('k');
    expect(await current()).toEqual([await rows.nth(0).getAttribute('data-id')]);
    await expect(status.textContent()).resolves.toBe(await spoken(0));
    // The region is hidden from sight but not from the accessibility tree.
    await expect(status.evaluate((e) => e.getBoundingClientRect().width)).resolves.toBeLessThanOrEqual(1);
    await expect(page.locator('main').ariaSnapshot()).resolves.toContain(`- status: ${JSON.stringify(await spoken(0))}`);
    await context.close();
  }, 30_000);

  it('long unbroken text (post, note URL, reason) wraps instead of making the item page scroll sideways', async () => {
    const id = await fx.addPost(`${'a'.repeat(10_000)}`, 'wide-1');
    await fx.store.note(id, { text: `lihat https://contoh.example/${'p'.repeat(1500)}` }, 'uji');
    await fx.store.decide(id, { outcome: 'escalated', reason: 'r'.repeat(2000) }, 'uji');
    for (const viewport of [{ width: 1200, height: 900 }, { width: 420, height: 800 }]) {
      const { context, page } = await fx.loggedIn('supervisor', viewport);
      await page.goto(`${fx.srv.base}/review/items/${id}`);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
      expect(widths.scroll, `${viewport.width}px`).toBeLessThanOrEqual(widths.view);
      if (viewport.width === 420) await page.screenshot({ path: `${ARTIFACTS}review-item-narrow.png` });
      await context.close();
    }
  }, 30_000);

  it('never cuts typed text silently: an emoji reason within the limit is kept whole, an over-long note is an error on the page', async () => {
    const { id, context, page } = await fx.openNewItem('Ayo dukung nomor 2, alasan panjang', 'cut-1');
    // 4,500 characters pasted into the note: the server's 4,000 limit answers with a visible error.
    await page.fill('#note-text', 'n'.repeat(4500));
    await page.click('form.note button[type=submit]');
    await page.waitForSelector('#form-error');
    await expect(page.locator('#form-error').textContent()).resolves.toContain('Catatan: terlalu panjang (4.500 karakter; batasnya 4.000)');
    await expect(page.locator('#note-text').inputValue()).resolves.toHaveLength(4500);
    expect((await fx.store.record(id))?.notes).toEqual([]);
    // 1,500 emoji are 1,500 characters (3,000 UTF-16 units): within the 2,000 limit, stored whole.
    const reason = '😀'.repeat(1500);
    await page.fill('#reason', reason);
    await clickDecision(page, 'button.b-escalate');
    await page.waitForSelector('p.flash');
    expect((await fx.store.record(id))?.decisions[0].reason).toBe(reason);
    await context.close();
  }, 30_000);

  it('queue and item pages fit 375, 420 and 1280 px with a long assignee; the audit table breaks no short word', async () => {
    const holder = `Supervisor${'x'.repeat(190)}`; // 200 characters, the longest valid assignee
    const id = (await fx.store.add({ text: 'Coblos nomor 2 ya, lebar halaman', source: 'web-test', externalId: 'fit-1', author: 'uji' }, fx.scorer.score({ text: 'Coblos nomor 2 ya, lebar halaman' }), 'batch')).item.id;
    await fx.store.assign(id, holder, 'uji');
    for (const width of [375, 420, 1280]) {
      const { context, page } = await fx.loggedIn('supervisor', { width, height: 800 });
      for (const path of ['/review', `/review/items/${id}`]) {
        await page.goto(fx.srv.base + path);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
        expect(widths.scroll, `${path} at ${width}px`).toBeLessThanOrEqual(widths.view);
      }
      await expect(page.locator('#take button').textContent()).resolves.toBe(`Ambil alih dari ${holder}`);
      if (width === 375) await page.screenshot({ path: `${ARTIFACTS}review-item-375.png`, fullPage: true });
      if (width === 1280) {
        // Short words in the audit table stay whole: each of these cells' text is on one line.
        const lines = (await linesOf(page, '#audit tbody td:nth-child(2), #audit tbody td:nth-child(3)')).filter(([text]) => text.length <= 20);
        expect(lines).toContainEqual(['batch', 1]);
        expect(lines.filter(([, n]) => n !== 1)).toEqual([]);
      }
      await context.close();
    }
    const { context, page } = await fx.loggedIn('supervisor', { width: 375, height: 800 });
    await page.screenshot({ path: `${ARTIFACTS}review-queue-375.png`, fullPage: true });
    await context.close();
  }, 60_000);

  it('Enter in the reason field makes no decision (implicit submission is off in the decide form)', async () => {
    const { id, context, page } = await fx.openNewItem('Dukung terus pasangan nomor 1 sampai menang', 'enter-1');
    await page.fill('#reason', 'cek dulu');
    await page.locator('#reason').press('Enter');
    await page.locator('#label').press('Enter');
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe(`/review/items/${id}`);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    // A click still decides.
    await clickDecision(page, 'button.b-dismiss');
    await page.waitForSelector('p.flash');
    await expect(page.locator('p.flash').textContent()).resolves.toBe('Tersimpan: ditolak');
    expect(new URL(page.url()).search).toBe(''); // nothing in the URL a link could copy
    // Shown once: not again on reload, nor when coming back to the page.
    await page.reload();
    await expect(page.locator('#status').textContent()).resolves.toBe('ditolak');
    await expect(page.locator('p.flash').count()).resolves.toBe(0);
    await page.goto(`${fx.srv.base}/review`);
    await page.goBack();
    await page.waitForURL(`${fx.srv.base}/review/items/${id}`);
    await expect(page.locator('#status').textContent()).resolves.toBe('ditolak');
    await expect(page.locator('p.flash').count()).resolves.toBe(0);
    await context.close();
  }, 30_000);

  it('reloading the 409 conflict page sends the refused form again and still saves nothing, though the item came back as it was', async () => {
    const { id, context, page } = await fx.openNewItem('Coblos nomor 2 ya, muat ulang', 'reload-409');
    await page.fill('#reason', 'ajakan');
    await fx.store.assign(id, 'Budi', 'Budi'); // taken meanwhile
    await clickDecision(page, 'button.b-confirm');
    await expect(page.locator('p.flash').textContent()).resolves.toMatch(/^Tidak diubah/);
    await expect(page.locator('#reason').inputValue()).resolves.toBe('ajakan');
    await fx.store.assign(id, null, 'Budi', { fromAssignee: 'Budi' }); // handed back: new and unassigned again
    const audit = (await fx.store.record(id))?.audit.length;
    const again = await page.reload();
    expect([again?.request().method(), again?.status()]).toEqual(['POST', 409]);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
    expect((await fx.store.record(id))?.audit.length).toBe(audit);
    await context.close();
  }, 30_000);

  it('asks for no favicon: no /favicon.ico request (a 404 in the console) from the login, queue, item and error pages', async () => {
    // Chromium fetches the icon itself (Playwright reports no request for it): count what reaches the server.
    const asked: string[] = [];
    const count = (req: { url?: string }) => asked.push(String(req.url));
    fx.srv.server.prependListener('request', count); // before Express, which strips /review from req.url
    const context = await fx.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${fx.srv.base}/review/login`);
    await page.fill('#key', fx.keys.supervisor);
    await page.click('button[type=submit]');
    await page.waitForURL(`${fx.srv.base}/review`);
    await page.locator('#queue tr.row a').first().click();
    await page.waitForURL(/\/review\/items\//);
    await page.waitForTimeout(500); // the icon is asked for after the page loaded
    expect(errors).toEqual([]); // neither a 404 nor the CSP refusing the icon
    await page.goto(`${fx.srv.base}/review/nothing-here`);
    await page.waitForTimeout(500);
    fx.srv.server.off('request', count);
    expect(asked.filter((u) => u.includes('favicon'))).toEqual([]);
    expect(asked).toContain('/review/nothing-here');
    await context.close();
  }, 30_000);

  it('admins read the whole audit log on /review/audit: keys, deleted items, filters, pages; others may not', async () => {
    const made = await createKey(fx.store.rdb, { name: 'Tamu Web', role: 'analyst' }, 'cli:uji');
    await revokeKey(fx.store.rdb, made.info.id, 'cli:uji');
    const gone = await fx.addPost('Coblos nomor 3 ya, teks-audit-web-unik', 'audit-web-1');
    await fx.store.delete(gone, 'cli:uji', 'permintaan subjek');
    for (let i = 0; i < 50; i++) await fx.addPost(`Rapat dinas audit web ${i}`, `audit-web-page-${i}`);

    const { context, page } = await fx.loggedIn('admin');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.click('#nav-audit');
    await page.waitForURL(`${fx.srv.base}/review/audit`);
    const rows = page.locator('#audit-log tbody tr');
    expect(await rows.count()).toBe(50);
    expect(await page.content()).not.toContain('teks-audit-web-unik');
    // The next page continues where the first ended: seqs keep falling, none twice.
    const seqs = async () => (await page.locator('#audit-log tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-seq')))));
    const first = await seqs();
    await page.click('#next-page');
    const second = await seqs();
    expect(second.length).toBeGreaterThan(0);
    expect(Math.min(...first)).toBeGreaterThan(Math.max(...second));
    expect([...first, ...second]).toEqual([...first, ...second].sort((a, b) => b - a));

    await page.goto(`${fx.srv.base}/review/audit`);
    await page.selectOption('#f-action', 'key_revoke');
    await page.click('#audit-filters button[type=submit]');
    await page.waitForURL(/action=key_revoke/);
    await expect(page.locator('#audit-log tbody').textContent()).resolves.toContain(made.info.id);
    expect(new Set(await page.locator('#audit-log tbody tr td:nth-child(4)').allTextContents())).toEqual(new Set(['key_revoke']));

    // A deleted item's history, reached from its delete entry ("log" beside the id, which links nowhere: its page is gone).
    await page.selectOption('#f-action', 'delete');
    await page.click('#audit-filters button[type=submit]');
    await expect(page.locator(`#audit-log a:text-is("${gone}")`).count()).resolves.toBe(0);
    await expect(page.locator(`#audit-log span.gone:text-is("${gone}")`).count()).resolves.toBe(1);
    await page.click(`#audit-log a.item-log[href$="item=${gone}"]`);
    await page.waitForURL(new RegExp(`item=${gone}`));
    expect(await page.locator('#audit-log tbody tr td:nth-child(4)').allTextContents()).toEqual(['delete', 'create']);
    await expect(page.locator('#audit-log tbody').textContent()).resolves.toContain('permintaan subjek');
    await page.screenshot({ path: `${ARTIFACTS}review-audit.png`, fullPage: true });
    // On a phone the log's entries stack as cards (web-audit-page.test.ts); the page (header, filters) stays as wide as the window.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${fx.srv.base}/review/audit`);
    const fit = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: innerWidth })); // innerWidth: `window` names a response below
    expect(fit.scroll, 'audit log at 375px').toBeLessThanOrEqual(fit.view);
    await page.setViewportSize({ width: 1200, height: 900 });

    // The API's rules for the filters: a bad time is a 400 page naming it, the filter kept as typed.
    const bad = await page.goto(`${fx.srv.base}/review/audit?since=kemarin`);
    expect(bad?.status()).toBe(400);
    await expect(page.locator('#form-error').textContent()).resolves.toContain('Sejak: harus tanggal dan jam, mis. 2024-01-10T09:30 (tanpa zona dibaca sebagai WIB)');
    await expect(page.getByLabel('Sejak').inputValue()).resolves.toBe('kemarin');
    const window = await page.goto(`${fx.srv.base}/review/audit?since=${encodeURIComponent('2999-01-01T07:00:00+07:00')}`);
    expect(window?.status()).toBe(200);
    await expect(page.locator('#audit-log tbody').textContent()).resolves.toContain('Tidak ada entri');
    // A time typed as the page shows times, without a zone: WIB.
    await page.getByLabel('Sejak').fill('2999-01-01T07:00');
    await page.click('#audit-filters button[type=submit]');
    await page.waitForURL(/since=2999-01-01T07%3A00(&|$)/);
    expect(await page.locator('#form-error').count()).toBe(0);
    await expect(page.locator('#audit-log tbody').textContent()).resolves.toContain('Tidak ada entri');
    expect(errors).toEqual([]);
    await context.close();

    for (const role of ['analyst', 'supervisor'] as const) {
      const other = await fx.loggedIn(role);
      expect(await other.page.locator('#nav-audit').count()).toBe(0);
      const refused = await other.page.goto(`${fx.srv.base}/review/audit`);
      expect(refused?.status(), role).toBe(403);
      await other.context.close();
    }
  }, 60_000);
});

