// Error pages. People reach the /review routes with a browser: every error is an HTML page with an h1
// saying what happened, never the API's JSON problem document.
import type { NextFunction, Request, Response } from 'express';
import { countStoreError } from '../http/store-errors.js';
import { reviewProblem } from '../http/problem.js';
import { errorCode, loggedError } from '../../service/error-log.js';
import { isParamDecodeError, ProblemError } from '../../service/problem.js';
import { page, html } from './html.js';
import { filterQuery } from './filter-query.js';
import { filtersOf } from './params.js';
import { formPagePath } from './next-path.js';
import { formNotSavedPage } from './form-failure.js';
import { errorTextOf, headingOf } from './error-words.js';
import { sessionOf, type SessionRequest } from './session.js';

/**
 * An error page with the header and a way back to the queue, keeping the queue filters the request carried.
 * `heading` where the status's own (headingOf) would not say what happened: a 409 is no one thing.
 */
export const errorPage = (req: Request, res: Response, status: number, title: string, text: string, heading = headingOf(status)): void => {
  const s = sessionOf(req);
  res.status(status).type('html').send(page(title, html`<h1>${heading}</h1><p class="error">${text}</p><p><a href="/review${filterQuery(filtersOf(req.query))}">Antrean</a></p>`, { user: s.principal, csrf: s.csrf }));
};

/**
 * An error's HTTP status: its own when it is a client error (4xx), else 500. A store error has the
 * API's status for it (reviewProblem): a conflict escaping a page handler is the 409 page, not a 500.
 */
export function statusOf(err: unknown): number {
  const e = err as { status?: number; statusCode?: number };
  const raw = err instanceof ProblemError ? err.problem.status : isParamDecodeError(err) ? 400 : (reviewProblem(err)?.problem.status ?? e?.status ?? e?.statusCode);
  return typeof raw === 'number' && raw >= 400 && raw < 500 ? raw : 500;
}

/** An unexpected failure, logged by class and code (error-log.ts) and counted as the store's (/metrics). */
export function logPageError(req: Request, err: unknown): void {
  countStoreError(req, err);
  if (req.log) req.log.error({ err: loggedError(err) }, 'review page error');
  else process.stderr.write(`review page: internal error ${(err as { name?: string })?.name ?? typeof err}${errorCode(err) ? ` ${errorCode(err)}` : ''}\n`);
}

/**
 * A bad path (/review/items/%ZZ), a method a page does not take, an oversized form or an unexpected
 * failure gets an HTML page; a problem's headers (Allow) still go out. 5xx are logged by class and code (error-log.ts).
 */
export const htmlErrorPage = (err: unknown, req: Request, res: Response, next: NextFunction): void => {
  if (res.headersSent) return next(err);
  if (err instanceof ProblemError) res.set(err.headers);
  const status = statusOf(err);
  if (status === 500) logPageError(req, err);
  // An item form that failed before its handler ran (the session could not be read: the database is
  // gone) saved nothing: the way back to the item, where review.js puts what was typed back.
  if (status === 500 && req.method === 'POST' && formPagePath(req.originalUrl) !== '/review') return formNotSavedPage(req, res, (req as SessionRequest).reviewSession);
  const text = errorTextOf(status);
  res.status(status).type('html').send(page('Galat', html`<h1>${headingOf(status)}</h1><p class="error">${text}</p><p><a href="/review">Antrean</a></p>`));
};
