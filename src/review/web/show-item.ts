// The item page for an id (with the queue position of the URL), or the 404 page: after a GET, and
// when a refused form brings the page back with its message and what was typed.
import type { Request, Response } from 'express';
import { actorOf } from '../roles.js';
import { purgeDueOf } from '../purge-due.js';
import { latestSuggestionOf } from '../store/suggestions.js';
import { itemPage } from './item-page.js';
import type { ItemPageExtras } from './item-message.js';
import { filtersOf } from './params.js';
import { missingItem } from './missing-item.js';
import type { PageContext } from './page-context.js';
import { sessionOf } from './session.js';

export async function showItem(ctx: PageContext, req: Request, res: Response, id: string, extras: ItemPageExtras, status = 200): Promise<void> {
  const { store } = ctx;
  const s = sessionOf(req);
  // Showing the post is audited (`read`) as in the API, also when a refused form brings the page back; HEAD shows nothing.
  const rec = req.method === 'HEAD' ? await store.record(id) : await store.readItem(id, actorOf(s.principal));
  if (!rec) return missingItem(store, req, res, id);
  const filters = filtersOf(req.query);
  // "« antrean" names this item (`at`); GET /review finds its page only when the link is followed.
  const nav = await store.neighbors(filters, rec.item);
  const suggestion = latestSuggestionOf(rec.notes); // the record holds every note: no second query
  // When its text goes, by the purge's rule.
  const purgeDue = ctx.retention ? purgeDueOf(rec, ctx.retention) : undefined;
  res.status(status).type('html').send(itemPage(s.principal, s.csrf, rec, filters, nav, { ...extras, purgeDue }, suggestion));
}
