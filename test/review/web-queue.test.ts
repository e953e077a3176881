// The /review queue and item pages over real HTTP: the page's words for the API's codes, the way
// back from an item to the queue page holding it (also after j/k), and analysts' label suggestions
// shown before deciding.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { encodeCursor } from '../../src/review/store/cursor.js';
import { STAGE_TEXT, STATUS_TEXT } from '../../src/review/web/words.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, postForm, hiddenValue, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const unescape = (s: string) => s.replaceAll('&amp;', '&');
const get = async (cookie: string, path: string) => {
  const res = await fetch(fx.srv.base + path, { headers: { cookie } });
  return { status: res.status, text: await res.text() };
};
/** The queue rows of a page: id, the link it opens and its HTML. */
const rowsOf = (page: string) =>
  [...page.matchAll(/<tr class="row" data-href="([^"]*)" data-id="([^"]*)">([\s\S]*?)<\/tr>/g)].map((m) => ({ href: unescape(m[1]), id: m[2], html: m[3] }));
const backLink = (page: string) => unescape(/<nav class="crumbs"[^>]*><a href="([^"]*)">« antrean<\/a>/.exec(page)?.[1] ?? '');
/** Where "« antrean" of an item page leads: it names the item, and the queue redirects to the page holding it. */
const backTo = async (cookie: string, page: string) => {
  const link = backLink(page);
  const res = await fetch(fx.srv.base + link, { headers: { cookie }, redirect: 'manual' });
  expect(res.status, link).toBe(303);
  return String(res.headers.get('location'));
};

let supervisor: string;
let analyst: string;
beforeAll(async () => {
  supervisor = await webLogin(fx.srv.base, fx.keys.supervisor);
  analyst = await webLogin(fx.srv.base, fx.keys.analyst);
  // 55 posts of one election: two queue pages of 50.
  const items = Array.from({ length: 55 }, (_, i) => ({ text: `Rapat warga RT ${i + 1} membahas jadwal kerja bakti dan nomor ${i + 1}`, author: `warga-${i}`, election: 'pilpres-2019', externalId: `q${i}` }));
  for (const part of [items.slice(0, 30), items.slice(30)]) {
    const made = await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { items: part });
    expect(made.status, made.text).toBe(201);
  }
}, 60_000);

describe('the page shows Indonesian words for the API codes', () => {
  it('in the status filter, the chart, the stage and the decisions; forms and URLs keep the codes', async () => {
    const made = await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2 tanggal 14 Februari, jangan golput!', election: 'pilpres-2024', postedAt: '2024-01-20T09:00:00+07:00', author: 'kata-1' });
    const id = made.json.id as string;
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'escalated', reason: 'alasan uji' })).status).toBe(201);

    const queue = await get(supervisor, '/review?status=escalated');
    expect(queue.status).toBe(200);
    for (const [code, word] of [['new', 'baru'], ['in_review', 'ditinjau'], ['confirmed', 'dikonfirmasi'], ['dismissed', 'ditolak'], ['escalated', 'dieskalasi']]) {
      expect(queue.text).toMatch(new RegExp(`<option value="${code}"( selected)?>${word}</option>`));
      expect(queue.text).toContain(`class="legend">${word}</text>`);
      // The code is never the visible text of an element (only attribute values and class names).
      expect(queue.text).not.toContain(`>${code}<`);
    }
    expect(queue.text).toContain('<option value="escalated" selected>dieskalasi</option>');
    expect(queue.text).toContain('<span class="status st-escalated">dieskalasi</span>');

    const item = await get(supervisor, `/review/items/${id}`);
    expect(item.text).toContain(`<span class="election">pilpres-2024</span> · ${STAGE_TEXT.campaign}</dd>`);
    expect(item.text).toContain('<b>dieskalasi</b>');
    expect(item.text).not.toMatch(/>(campaign|escalated|new)</);
    // The decision form still sends the API's codes.
    expect(item.text).toContain('name="outcome" value="confirmed"');
    expect(hiddenValue(item.text, 'fromStatus')).toBe('escalated');
  });
});

describe('"« antrean" returns to the queue page holding the item shown', () => {
  it('carries the filters through item links, neighbours and forms, and leads to the item\'s page', async () => {
    const first = await get(supervisor, '/review?election=pilpres-2019');
    const next = unescape(/<a id="next-page" href="([^"]*)">/.exec(first.text)?.[1] ?? '');
    expect(next).toMatch(/^\/review\?election=pilpres-2019&cursor=[\w-]+$/);
    // Rows carry the filters; the page an item sits on is found when it is shown.
    expect(rowsOf(first.text)[0].href).toBe(`/review/items/${rowsOf(first.text)[0].id}?election=pilpres-2019`);
    const second = await get(supervisor, next);
    const rows = rowsOf(second.text);
    expect(rows.length).toBe(5);
    expect(rows[0].href).toBe(`/review/items/${rows[0].id}?election=pilpres-2019`);

    // Showing an item runs no paging queries: the link names the item, the queue finds its page.
    const paging = vi.spyOn(fx.store, 'pageCursorAt');
    const item = await get(supervisor, rows[0].href);
    expect(paging).not.toHaveBeenCalled();
    expect(backLink(item.text)).toBe(`/review?election=pilpres-2019&at=${rows[0].id}`);
    expect(await backTo(supervisor, item.text)).toBe(next);
    expect(paging).toHaveBeenCalledTimes(1);
    paging.mockRestore();
    expect(unescape(/data-next="([^"]*)"/.exec(item.text)?.[1] ?? '')).toBe(`/review/items/${rows[1].id}?election=pilpres-2019`);
    expect(item.text).toContain(`action="/review/items/${rows[0].id}/decision?election=pilpres-2019"`);
    // Back at the queue page the item is on: the same rows.
    expect(rowsOf((await get(supervisor, await backTo(supervisor, item.text))).text).map((r) => r.id)).toEqual(rows.map((r) => r.id));

    // After a form the item page still leads back there.
    const csrf = String(hiddenValue(item.text, '_csrf'));
    const saved = await postForm(fx.srv.base, supervisor, `/review/items/${rows[0].id}/notes?election=pilpres-2019`, { _csrf: csrf, text: 'dicek' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/review/items/${rows[0].id}?election=pilpres-2019`);
    expect(await backTo(supervisor, (await get(supervisor, String(saved.headers.get('location')))).text)).toBe(next);
  });

  it('after moving with j/k (the next/previous links) across a page boundary, leads to the page of the item now shown', async () => {
    const firstPage = await get(supervisor, '/review?election=pilpres-2019');
    const secondUrl = unescape(/<a id="next-page" href="([^"]*)">/.exec(firstPage.text)?.[1] ?? '');
    const onPage = async (url: string) => rowsOf((await get(supervisor, url)).text).map((r) => r.id);
    const [page1, page2] = [await onPage('/review?election=pilpres-2019'), await onPage(secondUrl)];
    const last = await get(supervisor, rowsOf(firstPage.text)[49].href);
    expect(await backTo(supervisor, last.text)).toBe('/review?election=pilpres-2019');
    // j (data-next, the same as the "berikutnya" link): the first item of page 2.
    const nextHref = unescape(/data-next="([^"]*)"/.exec(last.text)?.[1] ?? '');
    expect(unescape(/<a href="([^"]*)" id="next">/.exec(last.text)?.[1] ?? '')).toBe(nextHref);
    const moved = await get(supervisor, nextHref);
    expect(nextHref).toContain(page2[0]);
    expect(await backTo(supervisor, moved.text)).toBe(secondUrl);
    expect(await onPage(await backTo(supervisor, moved.text))).toContain(page2[0]);
    // k (data-prev) from there: page 1 again.
    const back = await get(supervisor, unescape(/data-prev="([^"]*)"/.exec(moved.text)?.[1] ?? ''));
    expect(await backTo(supervisor, back.text)).toBe('/review?election=pilpres-2019');
    expect(await onPage(await backTo(supervisor, back.text))).toContain(page1[49]);

    // Decided under a status filter, the item leaves the filtered queue: "« antrean" leads to the page
    // it was listed on (every pilpres-2019 item is still new here, so the same page 2).
    const filtered = `?status=new&election=pilpres-2019`;
    const shown = await get(supervisor, `/review/items/${page2[0]}${filtered}`);
    const decided = await postForm(fx.srv.base, supervisor, `/review/items/${page2[0]}/decision${filtered}`, { _csrf: String(hiddenValue(shown.text, '_csrf')), outcome: 'dismissed', reason: 'bukan ajakan', fromStatus: 'new', fromAssignee: '' });
    expect(decided.headers.get('location')).toBe(`/review/items/${page2[0]}${filtered}`);
    const after = await get(supervisor, String(decided.headers.get('location')));
    expect(after.text).toContain('<span class="status st-dismissed" id="status">ditolak</span>');
    expect(backLink(after.text)).toBe(`/review${filtered}&at=${page2[0]}`);
    expect(await backTo(supervisor, after.text)).toBe(`/review${filtered}&cursor=${new URL(secondUrl, fx.srv.base).searchParams.get('cursor')}`);
    expect(await onPage(await backTo(supervisor, after.text))).toEqual(page2.slice(1));

    // An item not in the store (deleted), or an `at` that is no item id, leads to the first page of the filters.
    for (const at of ['0b1c2d3e-0000-4000-8000-000000000000', 'nonsense"<', '']) {
      const res = await fetch(`${fx.srv.base}/review${filtered}&at=${encodeURIComponent(at)}`, { headers: { cookie: supervisor }, redirect: 'manual' });
      expect(res.status, at).toBe(303);
      expect(res.headers.get('location'), at).toBe(`/review${filtered}`);
    }
  });

  it('drops a cursor the queue did not hand out (the first page of the same filters), as an item page drops a bad filter', async () => {
    const id = rowsOf((await get(supervisor, '/review?election=pilpres-2019')).text)[0].id;
    const bad = [
      'garbage',
      encodeCursor(12, 'audit'), // the audit log's cursor
      encodeCursor(0.5, '"><script>alert(1)</script>'),
      Buffer.from('[0.5, "abc"]').toString('base64url'), // not the queue's own encoding
      Buffer.from('[null,"abc"]').toString('base64url'),
      `${encodeCursor(0.5, 'a'.repeat(40))}${'x'.repeat(300)}`,
    ];
    for (const c of bad) {
      const item = await get(supervisor, `/review/items/${id}?election=pilpres-2019&status=nonsense&cursor=${encodeURIComponent(c)}`);
      expect(item.status, c).toBe(200);
      expect(backLink(item.text), c).toBe(`/review?election=pilpres-2019&at=${id}`);
      expect(item.text, c).not.toContain('cursor=');
      const queue = await get(supervisor, `/review?election=pilpres-2019&cursor=${encodeURIComponent(c)}`);
      expect(queue.status, c).toBe(200);
      expect(rowsOf(queue.text).length, c).toBe(50); // the first page
      expect(queue.text, c).not.toContain('« awal');
      expect(rowsOf(queue.text)[0].href, c).toBe(`/review/items/${rowsOf(queue.text)[0].id}?election=pilpres-2019`);
    }
  });
});

describe('analysts\' label suggestions are shown before deciding', () => {
  it('the latest suggestion and the number of suggestions, in the queue row and beside the decision form', async () => {
    const mk = async (text: string, author: string) => (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text, author, election: 'pilpres-2024' })).json.id as string;
    const suggested = await mk('Jangan pilih calon yang suka bohong dan ingkar janji', 'usul-1');
    const plain = await mk('Saya dukung penuh pasangan nomor 1, semoga menang!', 'usul-2');
    const note = (id: string, body: Record<string, string>) => apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, body);
    expect((await note(suggested, { suggestedLabel: 'dukungan' })).status).toBe(201);
    expect((await note(suggested, { text: 'menyerang calon', suggestedLabel: 'serangan' })).status).toBe(201);
    expect((await note(suggested, { text: 'catatan tanpa usulan' })).status).toBe(201);
    expect((await note(plain, { text: 'hanya catatan' })).status).toBe(201);

    const queue = (await get(supervisor, '/review?election=pilpres-2024')).text;
    const row = (id: string) => rowsOf(queue).find((r) => r.id === id)?.html ?? '';
    // One analyst's two suggestions are one analyst: no count beside the label (it read "serangan ×2").
    expect(row(suggested)).toMatch(/<td class="suggested"><span class="suggestion" title="usulan terakhir oleh Ani Analis#[0-9a-f]+, [^"]* WIB; 2 usulan dari 1 analis">serangan<\/span><\/td>/);
    expect(row(plain)).toContain('<td class="suggested">–</td>');

    for (const cookie of [supervisor, analyst]) {
      const page = (await get(cookie, `/review/items/${suggested}`)).text;
      expect(page).toMatch(/<p class="suggestion" id="suggestion">Usulan analis terakhir: <b>serangan<\/b> oleh [^<]*, <time datetime="[^"]+">[^<]+<\/time> \(2 usulan dari 1 analis; lihat Catatan\)<\/p>/);
    }
    const page = (await get(supervisor, `/review/items/${suggested}`)).text;
    // Shown before the decision form, and read-only: the reviewer label still defaults to (bawaan: …), never the suggestion.
    expect(page.indexOf('id="suggestion"')).toBeLessThan(page.indexOf('id="decide"'));
    const labelSelect = /<select name="label" id="label">([\s\S]*?)<\/select>/.exec(page)?.[1] ?? '';
    expect(labelSelect).toMatch(/<option value="">\(bawaan: (ajakan|dukungan|serangan) bila Konfirmasi, netral bila Tolak\)<\/option>/);
    expect(labelSelect).not.toContain('selected');
    expect((await get(supervisor, `/review/items/${plain}`)).text).not.toContain('id="suggestion"');
  });
});

describe('the queue page shows the queue\'s counts', () => {
  it('its chart gives the items by level and status, and its election filter the elections items name, as /stats counts them', async () => {
    // Items of another election and of none, in every level the scorer gives, assigned and decided.
    const posts = [
      { text: 'Ayo coblos nomor 1 tanggal 27 November, ajak tetangga!', election: 'pilgub-jatim-2024', author: 'hitung-1' },
      { text: 'Calon nomor 2 cuma bisa janji, jangan dipilih', election: 'pilgub-jatim-2024', author: 'hitung-2' },
      { text: 'Jadwal posyandu bulan ini pindah ke hari Rabu', author: 'hitung-3' },
      { text: 'Dukung terus pasangan nomor 3, pasti menang', author: 'hitung-4' },
    ];
    const made = await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { items: posts });
    expect(made.status, made.text).toBe(201);
    const [a, b] = made.json.items.map((it: { id: string }) => it.id);
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${a}/assign`, fx.keys.supervisor, {})).status).toBe(200);
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${b}/decision`, fx.keys.supervisor, { outcome: 'dismissed', reason: 'alasan uji' })).status).toBe(201);

    const queue = await get(supervisor, '/review');
    const stats = (await apiCall(fx.srv.base, 'GET', '/v1/review/stats', fx.keys.analyst)).json;
    // The chart's segments (their titles: "level · status: n") back to codes and numbers.
    const code = Object.fromEntries(Object.entries(STATUS_TEXT).map(([c, word]) => [word, c]));
    const chart: Record<string, Record<string, number>> = {};
    for (const m of queue.text.matchAll(/<title>(\w+) · ([^:<]+): (\d+)<\/title>/g)) (chart[m[1]] ??= {})[code[m[2]]] = Number(m[3]);
    expect(chart).toEqual(stats.byLevelStatus);
    expect(Object.values(chart).flatMap((by) => Object.values(by)).reduce((x, y) => x + y, 0)).toBe(stats.total);
    expect(Object.keys(chart).length).toBeGreaterThan(1);
    // The chart's accessible name gives the same numbers: each level's total and its statuses.
    const name = /<svg class="chart" role="img" aria-label="([^"]*)"/.exec(queue.text)?.[1] ?? '';
    expect(name).toMatch(/^Antrean menurut level dan status: /);
    const spoken: Record<string, Record<string, number>> = {};
    for (const m of name.slice(name.indexOf(': ') + 2).matchAll(/(\w+) (\d+)(?: \(([^)]*)\))?/g)) {
      const by: Record<string, number> = {};
      for (const part of m[3]?.split(', ') ?? []) by[code[part.replace(/ \d+$/, '')]] = Number(/\d+$/.exec(part)?.[0]);
      expect(Object.values(by).reduce((x, y) => x + y, 0), m[1]).toBe(Number(m[2]));
      if (m[3]) spoken[m[1]] = by;
    }
    expect(spoken).toEqual(chart);
    // Each bar ends with its level's total.
    for (const [level, by] of Object.entries(chart)) {
      expect(queue.text).toMatch(new RegExp(`class="axis">${level}</text>(<rect[^>]*><title>[^<]*</title></rect>)+<text [^>]*class="axis">${Object.values(by).reduce((x, y) => x + y, 0)}</text>`));
    }
    const electionSelect = /<select name="election"[\s\S]*?<\/select>/.exec(queue.text)?.[0] ?? '';
    const options = [...electionSelect.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
    expect(stats.byElection['(none)']).toBeGreaterThan(0);
    expect(options).toEqual(['', ...Object.keys(stats.byElection).filter((e) => e !== '(none)').sort()]);
    expect(options).toEqual(['', 'pilgub-jatim-2024', 'pilpres-2019', 'pilpres-2024']);
  });
});

describe('a bad or misspelt queue filter', () => {
  /** The messages of the page's error box. */
  const errorsOf = (page: string): string[] => [...(/id="form-error"[^>]*>([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '').matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
  const reads = async () => (await fx.store.auditLog({ action: 'read' }, { limit: 500 })).entries.length;

  it('is a 400 page naming the parameter in Indonesian, listing nothing (the API\'s rules, as the audit page)', async () => {
    const before = await reads();
    const cases: [string, string[]][] = [
      ['status=bogus', ['Status: pilihan tidak dikenal.']],
      ['levl=tinggi', ['levl: saringan tidak dikenal.']],
      ['level=TINGGI', ['Level: pilihan tidak dikenal.']],
      ['label=partisan', ['Label: pilihan tidak dikenal.']],
      ['status=new&status=escalated', ['Status: hanya boleh diberikan sekali.']],
      [`election=${'x'.repeat(101)}`, ['Pemilu: paling banyak 100 karakter.']],
      ['limit=10', ['limit: saringan tidak dikenal.']], // the page's pages are 50 items; a limit it ignored would look applied
      ['election=pilpres-2019&statuss=new&level=sedang', ['statuss: saringan tidak dikenal.']],
    ];
    for (const [query, errors] of cases) {
      for (const method of ['GET', 'HEAD']) {
        const res = await fetch(`${fx.srv.base}/review?${query}`, { method, headers: { cookie: supervisor } });
        expect(res.status, `${method} ${query}`).toBe(400);
        expect(res.headers.get('content-type'), query).toMatch(/^text\/html/);
        if (method === 'HEAD') continue;
        const page = await res.text();
        expect(errorsOf(page), query).toEqual(errors);
        expect(page, query).toContain('Saringan tidak diterapkan:');
        expect(rowsOf(page), query).toEqual([]); // not the whole queue
        expect(page, query).not.toContain('id="queue"');
        expect(page, query).not.toMatch(/Invalid|must be|expected/);
        // The filter form is there to correct it, with the filters that were fine still chosen.
        expect(page, query).toContain('<form method="get" action="/review" class="filters" id="filters">');
      }
    }
    const kept = await get(supervisor, '/review?election=pilpres-2019&statuss=new&level=sedang');
    expect(kept.text).toContain('<option value="pilpres-2019" selected>pilpres-2019</option>');
    expect(kept.text).toContain('<option value="sedang" selected>sedang</option>');
    // "« antrean" with a bad filter is refused too, not led to the unfiltered queue.
    const at = await fetch(`${fx.srv.base}/review?levl=tinggi&at=0b1c2d3e-0000-4000-8000-000000000000`, { headers: { cookie: supervisor }, redirect: 'manual' });
    expect(at.status).toBe(400);
    // A refused query shows no text, so it writes no `read`.
    expect(await reads()).toBe(before);
  });

  it('takes what the page itself sends: the filter form\'s empty selects, its own paging, "« antrean" and error links', async () => {
    // The form sends every select, "semua" as an empty value: no filter, as in the API.
    const all = await get(supervisor, '/review?status=&level=&label=&election=');
    expect(all.status).toBe(200);
    expect(rowsOf(all.text).length).toBe(50);
    const some = await get(supervisor, '/review?status=new&level=&label=&election=pilpres-2019');
    expect(some.status).toBe(200);
    // `assignee` (the API's filter, carried by item links) and its "none".
    expect((await get(supervisor, '/review?assignee=none')).status).toBe(200);
    expect((await get(supervisor, `/review?assignee=${'a'.repeat(200)}`)).status).toBe(200);
    // Every /review link of the queue, an item and an error page answers.
    const links = (page: string) => [...page.matchAll(/href="(\/review(?:\?[^"]*)?)"/g)].map((m) => unescape(m[1]));
    const first = await get(supervisor, '/review?status=new&election=pilpres-2019');
    const item = await get(supervisor, rowsOf(first.text)[0].href);
    const missing = await get(supervisor, '/review/items/0b1c2d3e-0000-4000-8000-000000000000?status=new&election=pilpres-2019');
    expect(missing.status).toBe(404);
    const seen = [...links(first.text), ...links(item.text), ...links(missing.text)];
    expect(seen).toContain('/review?status=new&election=pilpres-2019');
    expect(seen.some((l) => l.includes('cursor='))).toBe(true);
    expect(seen.some((l) => l.includes('at='))).toBe(true);
    for (const link of seen) {
      const res = await fetch(fx.srv.base + link, { headers: { cookie: supervisor }, redirect: 'manual' });
      expect([200, 303], link).toContain(res.status);
      if (res.status === 303) expect((await get(supervisor, String(res.headers.get('location')))).status, link).toBe(200);
    }
    // After logging in, `next` leads back to the queue with its filters.
    const login = await fetch(`${fx.srv.base}/review?status=new&level=tinggi`, { redirect: 'manual' });
    expect(login.headers.get('location')).toBe(`/review/login?next=${encodeURIComponent('/review?status=new&level=tinggi')}`);
  });
});
