// An item page form's handler, guarded: the item deleted meanwhile is its 404 page, a conflict goes
// back to the item saying so, and a store failure (a full disk, a lost connection) saved nothing and
// loses nothing typed.
import type { NextFunction, Request, Response } from 'express';
import { ConflictError, NotFoundError, PurgedError } from '../store/index.js';
import { formNotSavedPage, NOT_SAVED, typedOf } from './form-failure.js';
import { backToItem } from './flash.js';
import { missingItem } from './missing-item.js';
import type { PageContext } from './page-context.js';
import { logPageError, statusOf } from './page-errors.js';
import { sessionOf } from './session.js';
import { showItem } from './show-item.js';

export type ItemFormHandler = (ctx: PageContext, req: Request, res: Response) => Promise<void>;

export const itemForm = (ctx: PageContext, fn: ItemFormHandler) => async (req: Request, res: Response, next: NextFunction) => {
  try {
    await fn(ctx, req, res);
  } catch (err) {
    if (err instanceof NotFoundError) return missingItem(ctx.store, req, res, String(req.params.id)); // deleted meanwhile
    if (err instanceof ConflictError) return backToItem(req, res, String(req.params.id), err instanceof PurgedError ? 'purged' : 'conflict');
    if (statusOf(err) !== 500 || res.headersSent) return next(err);
    // The store failed: nothing was saved, and what was typed must not be lost either. The item page
    // comes back with it and says so; when the item cannot be read either, the refusal page links back
    // to it and review.js brings the typed values back there.
    logPageError(req, err);
    await showItem(ctx, req, res, String(req.params.id), { flash: NOT_SAVED, typed: typedOf(req.body) }, 500).catch(() => formNotSavedPage(req, res, sessionOf(req)));
  }
};
