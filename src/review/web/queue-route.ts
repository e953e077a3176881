// GET /review: the queue, one page of it, with its filters and order.
import type { Request, Response } from 'express';
import { actorOf } from '../roles.js';
import { BadCursorError } from '../store/index.js';
import { queueFilterErrorText } from './form-errors.js';
import { cursorOf, filtersOf, itemIdOf, queueFiltersOf } from './params.js';
import { queuePage } from './queue-page.js';
import { filterQuery } from './filter-query.js';
import type { PageContext } from './page-context.js';
import { sessionOf } from './session.js';

/** Items on one page of the queue. */
const QUEUE_PAGE_SIZE = 50;

/** The queue page's note when its cursor was made for another order (the first page is shown instead). */
const OTHER_ORDER_NOTICE = 'Tautan halaman itu dibuat untuk urutan lain; ini halaman pertama menurut urutan yang dipilih.';

export async function showQueue(ctx: PageContext, req: Request, res: Response): Promise<void> {
  const { store } = ctx;
  const s = sessionOf(req);
  // The API's rules for the filters (GET /items): a misspelt or bad one (`levl=tinggi`,
  // `status=bogus`) is a 400 naming it in the page's words, above the filter form, not the whole
  // queue listed as if filtered. Nothing shows text, so nothing is audited.
  const query = queueFiltersOf(req.query);
  if ('errors' in query) {
    const summary = await store.queueSummary();
    const errors = query.errors.map(queueFilterErrorText);
    return void res.status(400).type('html').send(queuePage(s.principal, s.csrf, filtersOf(req.query), { errors }, summary.byLevelStatus, summary.elections));
  }
  const { filters } = query;
  // "« antrean" from an item page: on to the queue page (of these filters) holding that item now. An
  // item the filters no longer list (decided under status=new) counts where it would sort; an
  // unknown or deleted item, or a bad id, leads to the first page.
  if (req.query.at !== undefined) {
    const at = itemIdOf(req.query.at);
    const item = at === undefined ? undefined : await store.get(at);
    const cursor = item ? await store.pageCursorAt(filters, item, QUEUE_PAGE_SIZE) : undefined;
    return res.redirect(303, `/review${filterQuery(filters, { cursor })}`);
  }
  // A cursor the queue did not hand out shows the first page. `before` (the previous page's link)
  // lists the page just before a place, as `cursor` lists the one after it.
  const before = cursorOf(req.query, 'before');
  const opts = { cursor: before ? undefined : cursorOf(req.query), before, limit: QUEUE_PAGE_SIZE };
  // The rows show the posts' text, so a page listing any is audited (`read`) as the API's GET /items; HEAD shows nothing.
  const list = (o: { cursor?: string; before?: string; limit: number }) => (req.method === 'HEAD' ? store.listTwoWay(filters, o) : store.readTwoWayPage(filters, o, actorOf(s.principal)));
  // A cursor of another order (an old link, `sort` changed in the URL) names no place in this one: the
  // first page of this order, saying so, rather than a wrong or empty page.
  let notice: string | undefined;
  const listing = await list(opts).catch((err: unknown) => {
    if (!(err instanceof BadCursorError)) throw err;
    notice = OTHER_ORDER_NOTICE;
    return list({ limit: QUEUE_PAGE_SIZE });
  });
  // Only the chart's and the election filter's counts: the full stats() (agreement, suggestions) is the API's /stats.
  const ids = listing.items.map((it) => it.id);
  const [summary, suggestions] = await Promise.all([store.queueSummary(), store.suggestions(ids)]);
  res.type('html').send(queuePage(s.principal, s.csrf, filters, listing, summary.byLevelStatus, summary.elections, suggestions, notice));
}
