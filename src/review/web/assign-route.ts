// POST /review/items/:id/assign: take, take over or give back an item from its page.
import type { Request, Response } from 'express';
import { actorOf, hasRole } from '../roles.js';
import { ConflictError, NotFoundError, PurgedError } from '../store/index.js';
import { backToItem, changedFlash } from './flash.js';
import { str } from './params.js';
import type { PageContext } from './page-context.js';
import { refuseRole } from './role-refusal.js';
import { sessionOf } from './session.js';
import { showItem } from './show-item.js';

export async function assign(ctx: PageContext, req: Request, res: Response): Promise<void> {
  const s = sessionOf(req);
  if (!hasRole(s.principal.role, 'supervisor')) return refuseRole(ctx, req, res, 'supervisor', 'Penugasan memerlukan peran supervisor.');
  const id = String(req.params.id);
  // The page sends whom it showed the item held by ('' = nobody): taking it over is then meant, and a
  // change made meanwhile by someone else is a conflict, not silently overridden.
  const from = str(req.body?.fromAssignee);
  // "Lepaskan" sends `assignee` empty (the API's null): the item is given back, never to someone else.
  const release = req.body?.assignee === '';
  try {
    await ctx.store.assign(id, release ? null : actorOf(s.principal), actorOf(s.principal), { fromAssignee: from === '' ? null : from });
  } catch (err) {
    if (!(err instanceof ConflictError) || err instanceof PurgedError) throw err; // item-form.ts answers these
    // Taken, taken over, given back or decided meanwhile: the item as it is now (409), saying who did
    // what and when, as a refused decision does (it said only "sudah berubah (lihat status dan riwayatnya)").
    const rec = await ctx.store.record(id);
    if (!rec) throw new NotFoundError(id);
    return showItem(ctx, req, res, id, { flash: changedFlash(rec, undefined) }, 409);
  }
  backToItem(req, res, id, release ? 'released' : 'assigned');
}
