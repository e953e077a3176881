// The queue's pages both ways and its order: a "sebelumnya" link back to the previous page (there was
// only "berikutnya" and "« awal"), and a choice of order (highest risk, newest or oldest queued first)
// kept across pages, into the item pages (j/k, "« antrean") and back. Pages are keyset pages, so items
// queued while a reviewer pages neither repeat nor skip an item on the next or previous page.
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Item } from '../../src/review/store/index.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const unescape = (s: string) => s.replaceAll('&amp;', '&');
const get = async (path: string) => {
  const res = await fetch(fx.srv.base + path, { headers: { cookie }, redirect: 'manual' });
  return { status: res.status, text: await res.text(), location: res.headers.get('location') };
};
const idsOf = (page: string) => [...page.matchAll(/<tr class="row" data-href="[^"]*" data-id="([^"]*)">/g)].map((m) => m[1]);
const linkOf = (page: string, id: string) => {
  const href = new RegExp(`<a id="${id}"[^>]* href="([^"]*)"`).exec(page)?.[1];
  return href === undefined ? undefined : unescape(href);
};

let cookie: string;
let n = 0;
/** `count` new items of `election`, one transaction each `batch`, with risks from `top` down. */
async function queue(election: string, count: number, top: number, batch = count): Promise<Item[]> {
  const made: Item[] = [];
  for (let start = 0; start < count; start += batch) {
    const entries = Array.from({ length: Math.min(batch, count - start) }, (_, i) => {
      const risk = top - (start + i) * 0.001;
      n++;
      return { post: { text: `Rapat warga RT ${n} membahas kerja bakti`, source: 'pages', externalId: `p${n}`, author: 'uji', election }, result: fakeResult(risk, 'dukungan', 'tinggi', election) };
    });
    made.push(...(await fx.store.addMany(entries, 'batch')).map((r) => r.item));
    await new Promise((r) => setTimeout(r, 3)); // the next batch is queued later
  }
  return made;
}
const byRisk = (items: Item[]) => [...items].sort((a, b) => b.risk - a.risk || (a.id < b.id ? -1 : 1)).map((i) => i.id);
const byTime = (items: Item[], newest: boolean) => [...items].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : (a.createdAt < b.createdAt) === newest ? 1 : -1)).map((i) => i.id);

beforeAll(async () => {
  cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
});

describe('the queue pages back and forth', () => {
  it('links the previous page, which stays the page before even after items are queued above it', async () => {
    const items = await queue('pages-risk', 120, 0.95);
    const order = byRisk(items);
    const first = await get('/review?election=pages-risk');
    expect(idsOf(first.text)).toEqual(order.slice(0, 50));
    expect(linkOf(first.text, 'prev-page')).toBeUndefined();
    const second = await get(String(linkOf(first.text, 'next-page')));
    expect(idsOf(second.text)).toEqual(order.slice(50, 100));
    const prev = String(linkOf(second.text, 'prev-page'));
    expect(prev).toMatch(/^\/review\?election=pages-risk&before=[\w-]+$/);
    expect(second.text).toContain('<a href="/review?election=pages-risk">« awal</a>');
    // Ten items queued above everything while the reviewer reads page 2.
    const above = await queue('pages-risk', 10, 0.999);
    const back = await get(prev);
    expect(idsOf(back.text)).toEqual(order.slice(0, 50));
    // Before that page now lie the ten new ones: fewer than a page, so its previous page is the first one, whole.
    const top = await get(String(linkOf(back.text, 'prev-page')));
    expect(idsOf(top.text)).toEqual([...byRisk(above), ...order.slice(0, 40)]);
    expect(linkOf(top.text, 'prev-page')).toBeUndefined();
    // Forward from page 2 still goes on after its last item, nothing repeated or skipped.
    const third = await get(String(linkOf(second.text, 'next-page')));
    expect(idsOf(third.text)).toEqual(order.slice(100));
    expect(linkOf(third.text, 'next-page')).toBeUndefined();
    expect(linkOf(third.text, 'prev-page')).toBeDefined();
  });
});

describe('the queue order', () => {
  it('newest first is kept across pages and survives items queued meanwhile; oldest first is its reverse', async () => {
    const items = await queue('pages-time', 70, 0.6, 10);
    const newest = byTime(items, true);
    const first = await get('/review?election=pages-time&sort=newest');
    expect(first.text).toContain('<option value="newest" selected>terbaru dahulu</option>');
    expect(idsOf(first.text)).toEqual(newest.slice(0, 50));
    const next = String(linkOf(first.text, 'next-page'));
    expect(next).toMatch(/^\/review\?election=pages-time&sort=newest&cursor=[\w-]+$/);
    const fresh = await queue('pages-time', 5, 0.99);
    const second = await get(next);
    expect(idsOf(second.text)).toEqual(newest.slice(50));
    const back = await get(String(linkOf(second.text, 'prev-page')));
    expect(idsOf(back.text)).toEqual(newest.slice(0, 50));
    expect(idsOf((await get('/review?election=pages-time&sort=newest')).text).slice(0, 5)).toEqual(byTime(fresh, true));
    const all = [...items, ...fresh];
    const oldest = await get('/review?election=pages-time&sort=oldest');
    expect(idsOf(oldest.text)).toEqual(byTime(all, false).slice(0, 50));
    // The risk order is still the default (no `sort` in its links).
    expect(idsOf((await get('/review?election=pages-time')).text)).toEqual(byRisk(all).slice(0, 50));
  });

  it('carries the order into the item page: its neighbours, forms and the way back to the page holding it', async () => {
    const newest = byTime(await fx.store.list({ election: 'pages-time' }, { limit: 500 }).then((p) => p.items), true);
    const id = newest[60];
    const item = await get(`/review/items/${id}?election=pages-time&sort=newest`);
    expect(unescape(item.text)).toContain(`href="/review/items/${newest[61]}?election=pages-time&sort=newest" id="next"`);
    expect(unescape(item.text)).toContain(`href="/review/items/${newest[59]}?election=pages-time&sort=newest" id="prev"`);
    expect(unescape(item.text)).toContain(`action="/review/items/${id}/decision?election=pages-time&sort=newest"`);
    const back = await get(`/review?election=pages-time&sort=newest&at=${id}`);
    expect(back.status).toBe(303);
    const page = await get(String(back.location));
    expect(idsOf(page.text)).toEqual(newest.slice(50));
  });

  it('refuses an order it does not have, naming it in the page\'s words', async () => {
    const res = await get('/review?sort=acak');
    expect(res.status).toBe(400);
    expect(res.text).toContain('Urutan: pilihan tidak dikenal.');
  });
});
