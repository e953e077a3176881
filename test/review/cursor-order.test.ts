// A queue cursor belongs to the order it was handed out for: a risk cursor given with `sort=newest` (an
// old link, an edited URL) read the risk as a time in 1970 and showed an empty page with a "sebelumnya"
// link, a "terbaru" cursor under "terlama" listed the items after that place the other way round, and a
// time cursor under risk the whole queue as if it were the page asked for. Now such a cursor is a 400
// naming `cursor` in the API, and the page shows the first page of the chosen order with a note.
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { BadCursorError, type QueueSort } from '../../src/review/store/index.js';
import { describeOnStores, sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import type { ReviewServerFixture } from './helpers/app.js';

/** Five items of `election`, queued one after another, the later ones at lower risk. */
async function queue(fx: ReviewServerFixture, election: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await fx.store.add({ text: `Rapat warga RT ${i} ${election}`, author: 'uji', election }, fakeResult(0.9 - i * 0.01, 'dukungan', 'tinggi', election), 'batch');
    await new Promise((r) => setTimeout(r, 3)); // a later queue time
  }
}
/** The cursor of the second page of `election` (pages of two) in `sort`. */
const cursorIn = async (fx: ReviewServerFixture, election: string, sort: QueueSort) => (await fx.store.listTwoWay({ election, sort }, { limit: 2 })).nextCursor as string;

describeOnStores('a cursor of another order on $name', (kind) => {
  const fx = reviewServer(kind, () => createScorer());
  beforeAll(() => queue(fx, 'urutan'));

  it('the store refuses it, and takes its own order\'s cursors', async () => {
    const election = 'urutan';
    for (const made of ['risk', 'newest', 'oldest'] as const) {
      const cursor = await cursorIn(fx, election, made);
      for (const sort of ['risk', 'newest', 'oldest'] as const) {
        const listing = fx.store.listTwoWay({ election, sort }, { cursor, limit: 2 });
        if (sort === made) expect((await listing).items, `${made} cursor, ${sort}`).toHaveLength(2);
        else await expect(listing, `${made} cursor, ${sort}`).rejects.toBeInstanceOf(BadCursorError);
        if (sort !== made) await expect(fx.store.listTwoWay({ election, sort }, { before: cursor, limit: 2 })).rejects.toBeInstanceOf(BadCursorError);
      }
    }
  });

  it('GET /items answers 400 naming cursor for a cursor of a time order', async () => {
    for (const sort of ['newest', 'oldest'] as const) {
      const res = await apiCall(fx.srv.base, 'GET', `/v1/review/items?election=urutan&limit=2&cursor=${await cursorIn(fx, 'urutan', sort)}`, fx.keys.analyst);
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([{ field: 'cursor', message: expect.stringMatching(/another order/) }]);
    }
    const own = await apiCall(fx.srv.base, 'GET', `/v1/review/items?election=urutan&limit=2&cursor=${await cursorIn(fx, 'urutan', 'risk')}`, fx.keys.analyst);
    expect(own.status).toBe(200);
  });
});

describe('the queue page, given a cursor of another order', () => {
  const fx = reviewServer(sqliteKind(), () => createScorer());
  let cookie: string;
  beforeAll(async () => {
    cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    await queue(fx, 'urutan-halaman');
  });
  const idsOf = (page: string) => [...page.matchAll(/<tr class="row" data-href="[^"]*" data-id="([^"]*)">/g)].map((m) => m[1]);
  const noteOf = (page: string) => /<p class="flash refused" role="status" id="cursor-note"[^>]*>([^<]*)<\/p>/.exec(page)?.[1];

  it('shows the first page of the chosen order with a note, for `cursor` and `before` alike', async () => {
    const first = async (sort: QueueSort) => idsOf(await (await fetch(`${fx.srv.base}/review?election=urutan-halaman${sort === 'risk' ? '' : `&sort=${sort}`}`, { headers: { cookie } })).text());
    for (const [made, sort] of [['risk', 'newest'], ['newest', 'oldest'], ['oldest', 'risk'], ['newest', 'risk']] as const) {
      const cursor = await cursorIn(fx, 'urutan-halaman', made);
      for (const param of ['cursor', 'before']) {
        const res = await fetch(`${fx.srv.base}/review?election=urutan-halaman${sort === 'risk' ? '' : `&sort=${sort}`}&${param}=${cursor}`, { headers: { cookie } });
        const page = await res.text();
        expect(res.status, `${made} ${param} under ${sort}`).toBe(200);
        expect(idsOf(page), `${made} ${param} under ${sort}`).toEqual(await first(sort));
        expect(noteOf(page), `${made} ${param} under ${sort}`).toBe('Tautan halaman itu dibuat untuk urutan lain; ini halaman pertama menurut urutan yang dipilih.');
      }
    }
    // Its own order's cursor: the page asked for, no note.
    const own = await (await fetch(`${fx.srv.base}/review?election=urutan-halaman&sort=newest&cursor=${await cursorIn(fx, 'urutan-halaman', 'newest')}`, { headers: { cookie } })).text();
    expect(noteOf(own)).toBeUndefined();
  });
});
