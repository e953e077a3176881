// POST /review/items/:id/assign: take, take over or give back an item from its page.
import type { Request, Response } from 'express';
import { actorOf, hasRole } from '../roles.js';
import { backToItem } from './flash.js';
import { str } from './params.js';
import type { PageContext } from './page-context.js';
import { refuseRole } from './role-refusal.js';
import { sessionOf } from './session.js';

export async function assign(ctx: PageContext, req: Request, res: Response): Promise<void> {
  const s = sessionOf(req);
  if (!hasRole(s.principal.role, 'supervisor')) return refuseRole(ctx, req, res, 'supervisor', 'Penugasan memerlukan peran supervisor.');
  // The page sends whom it showed the item held by ('' = nobody): taking it over is then meant, and a
  // change made meanwhile by someone else is a conflict, not silently overridden.
  const from = str(req.body?.fromAssignee);
  // "Lepaskan" sends `assignee` empty (the API's null): the item is given back, never to someone else.
  const release = req.body?.assignee === '';
  await ctx.store.assign(String(req.params.id), release ? null : actorOf(s.principal), actorOf(s.principal), { fromAssignee: from === '' ? null : from });
  backToItem(req, res, String(req.params.id), release ? 'released' : 'assigned');
}
