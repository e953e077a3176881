// The /review web page. Login exchanges an API key for a session (session.ts); every POST carries the
// session's CSRF token (the login form uses a double-submit cookie: csrf.ts). Pages are
// server-rendered; one small script adds keyboard shortcuts. A strict Content-Security-Policy allows
// only same-origin assets. This file only wires the routes: each page or action has its own file.
import express, { type Router } from 'express';
import type { ReviewStore } from '../store/index.js';
import type { RetentionSettings } from '../retention-run.js';
import { FailedKeyAudit, loginFailedAudit } from '../http/failed-key-audit.js';
import { FailedAuthThrottle } from '../../service/throttle.js';
import { refuseOtherMethods } from '../../service/problem.js';
import { formBody } from './form-body.js';
import { formPagePath } from './next-path.js';
import { requireSession } from './session.js';
import { takeFlash } from './flash.js';
import { errorPage, htmlErrorPage } from './page-errors.js';
import type { PageContext } from './page-context.js';
import { itemForm } from './item-form.js';
import { sendStatic } from './static-files.js';
import { logIn, logOut, showLogin } from './login-routes.js';
import { showQueue } from './queue-route.js';
import { showItem } from './show-item.js';
import { showAuditLog } from './audit-route.js';
import { showEntryItems } from './entry-items-route.js';
import { exportDecisions } from './export-route.js';
import { decide } from './decision-route.js';
import { assign } from './assign-route.js';
import { addNote } from './notes-route.js';

export { htmlErrorPage } from './page-errors.js';

// Every page path and the methods it serves (HEAD with GET): another method is a 405 page with Allow,
// as the API answers, not a 404. The login and static paths answer without a session.
const OPEN_PAGES: [string, string][] = [
  ['/static/:file', 'GET, HEAD'],
  ['/login', 'GET, HEAD, POST'],
];
// The paths the pages' forms post to. A refused form (400, 403, 409) leaves the browser at its action
// URL; opening that again (pasted, from the history) is a GET, which leads to the page the form is on.
const FORM_ACTIONS = ['/logout', '/items/:id/decision', '/items/:id/assign', '/items/:id/notes'];
const SESSION_PAGES: [string, string][] = [
  ['/', 'GET, HEAD'],
  ['/items/:id', 'GET, HEAD'],
  ...FORM_ACTIONS.map((path): [string, string] => [path, 'GET, HEAD, POST']),
  ['/audit', 'GET, HEAD'],
  ['/audit/:seq/items', 'GET, HEAD'],
  ['/export', 'GET, HEAD'],
];
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * `loginAudit`: where refused logins are written (aggregated); `roleAudit`: where a page refused for the
 * session's role is written (`role_refused`, the API's own log, so both count together). The service
 * passes its own to flush at shutdown.
 */
export interface ReviewWebOptions {
  store: ReviewStore;
  throttle?: FailedAuthThrottle;
  loginAudit?: FailedKeyAudit;
  roleAudit?: FailedKeyAudit;
  /** The service's retention settings, for the item page's purge date; unset: none shown. */
  retention?: RetentionSettings;
}

export function createReviewWebRouter(opts: ReviewWebOptions): Router {
  const { store } = opts;
  const ctx: PageContext = { store, retention: opts.retention, roleAudit: opts.roleAudit ?? new FailedKeyAudit(store.rdb) };
  const login = { store, throttle: opts.throttle ?? new FailedAuthThrottle(), loginAudit: opts.loginAudit ?? loginFailedAudit(store.rdb) };
  const r = express.Router();
  r.use((_req, res, next) => {
    res.set({ 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin', 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY' });
    next();
  });
  r.use(formBody());

  r.get('/static/:file', sendStatic);
  r.get('/login', (req, res) => showLogin(store, req, res));
  r.post('/login', (req, res) => logIn(login, req, res));
  refuseOtherMethods(r, OPEN_PAGES);

  // A form's action URL opened as a page: the page the form is on (the item, with its queue filters;
  // else the queue), which asks for a login itself when needed. Nothing is done, so no session is read.
  r.get(FORM_ACTIONS, (req, res) => res.redirect(303, formPagePath(req.originalUrl)));

  // Everything below needs a session.
  r.use(requireSession(store));
  r.post('/logout', (req, res) => logOut(store, req, res));
  r.get('/', (req, res) => showQueue(ctx, req, res));
  r.get('/items/:id', (req, res) => showItem(ctx, req, res, String(req.params.id), { flash: takeFlash(req, res, String(req.params.id)) }));
  r.get('/audit', (req, res) => showAuditLog(ctx, req, res));
  r.get('/audit/:seq/items', (req, res) => showEntryItems(ctx, req, res));
  r.get('/export', (req, res) => exportDecisions(ctx, req, res));
  r.post('/items/:id/decision', itemForm(ctx, decide));
  r.post('/items/:id/assign', itemForm(ctx, assign));
  r.post('/items/:id/notes', itemForm(ctx, addNote));

  refuseOtherMethods(r, SESSION_PAGES);
  r.use((req, res) => errorPage(req, res, 404, 'Tidak ada', 'Halaman tidak ditemukan.'));
  r.use(htmlErrorPage);
  return r;
}
