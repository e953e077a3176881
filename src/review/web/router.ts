// The /review web page. Login exchanges an API key for a session: a random token in an HttpOnly,
// SameSite=Strict cookie scoped to /review (Secure over HTTPS). Every POST carries the session's
// CSRF token (the login form uses a double-submit cookie). Pages are server-rendered; one small
// script adds keyboard shortcuts. A strict Content-Security-Policy allows only same-origin assets.
import { countStoreError } from '../http/store-errors.js';
import { reviewProblem } from '../http/problem.js';
import { errorCode, loggedError } from '../../service/error-log.js';
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import type { ReviewStore } from '../store/index.js';
import type { ItemRecord } from '../store/retention.js';
import type { RetentionSettings } from '../retention-run.js';
import { purgeDueOf } from '../purge-due.js';
import { checkKeyThrottled } from '../keys.js';
import { FailedKeyAudit, loginFailedAudit } from '../http/failed-key-audit.js';
import { clientAddress, FailedAuthThrottle } from '../../service/throttle.js';
import { createSession, endSession, readSession, sessionKeyEnded, SESSION_HOURS } from '../sessions.js';
import { actorOf, hasRole, type Principal, type Role } from '../roles.js';
import type { z } from 'zod';
import { auditItemsQuery, auditQuery, decisionSchema, exportQuery, givenParams, noteSchema } from '../http/validate.js';
import { pageExportChoices } from './export-choices.js';
import { exportCsvOptions, isExportFormat, sendDecisionsExport, type ExportOptionProblem } from '../http/export.js';
import { fieldErrors } from '../../service/validation.js';
import { isParamDecodeError, ProblemError, refuseOtherMethods } from '../../service/problem.js';
import { BadCursorError, ConflictError, NotExportError, NotFoundError, PurgedError, UnchangedCorrectionError, type AuditEntry } from '../store/index.js';
import { latestSuggestionOf } from '../store/suggestions.js';
import { OPEN_STATUSES } from '../store/workflow.js';
import type { Status } from '../db/schema.js';
import { auditPage, type AuditQuery } from './audit-page.js';
import { itemPage } from './item-page.js';
import { loginPage } from './login-page.js';
import { queuePage } from './queue-page.js';
import { filterQuery } from './filter-query.js';
import type { ItemMessage, ItemPageExtras } from './item-message.js';
import { outcomeText } from './words.js';
import { wibTime } from './format.js';
import { formErrorText, queueFilterErrorText } from './form-errors.js';
import { formPagePath, reviewNextPath } from './next-path.js';
import { changesSince } from './changes.js';
import { page, html } from './html.js';
import { cookies, same, setCookie } from './cookies.js';
import { cursorOf, filtersOf, formFields, itemIdOf, queueFiltersOf, withPageTimes } from './params.js';
import { formBody } from './form-body.js';
import { formNotSavedPage, NOT_SAVED, str, typedOf } from './form-failure.js';
import { typedAfterConflict } from './conflict-typed.js';
import { PURGED_CORRECTION_REFUSED, unchangedCorrectionText } from './correction-form.js';
import { entryItemsPage } from './entry-items-page.js';
import { errorTextOf, headingOf } from './error-words.js';
import { auditSeqOf } from '../audit-seq.js';

const SESSION_COOKIE = 'netra_review';
const LOGIN_CSRF_COOKIE = 'netra_review_login';
const FLASH_COOKIE = 'netra_review_flash';
const STATIC: Record<string, { type: string; body: string }> = {
  'review.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(fileURLToPath(new URL('./static/review.js', import.meta.url)), 'utf8') },
  'review.css': { type: 'text/css; charset=utf-8', body: readFileSync(fileURLToPath(new URL('./static/review.css', import.meta.url)), 'utf8') },
};
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

/** Items on one page of the queue. */
const QUEUE_PAGE_SIZE = 50;

interface Session {
  principal: Principal;
  csrf: string;
  token: string;
}
type SessionRequest = Request & { reviewSession?: Session };

// What a redirect after a form may say on the item page, once. The code travels in a short-lived
// cookie (HttpOnly, SameSite=Strict, /review) signed with the session's secret CSRF token and bound to
// the item, never in the URL: a crafted link (`?done=saved-confirmed`) or another session's cookie
// announces nothing, and the page clears the cookie when it shows the message, so a reload or going
// back (pages are no-store) does not repeat it.
// A refusal (nothing saved or changed) is shown and announced as one, not as a success.
const FLASH: Record<string, ItemMessage> = {
  'saved-confirmed': { text: `Tersimpan: ${outcomeText('confirmed')}` },
  'saved-dismissed': { text: `Tersimpan: ${outcomeText('dismissed')}` },
  'saved-escalated': { text: `Tersimpan: ${outcomeText('escalated')}` },
  'corrected-confirmed': { text: `Tersimpan: koreksi, ${outcomeText('confirmed')}` },
  'corrected-dismissed': { text: `Tersimpan: koreksi, ${outcomeText('dismissed')}` },
  'corrected-escalated': { text: `Tersimpan: koreksi, ${outcomeText('escalated')}` },
  'corrected-reopened': { text: `Tersimpan: koreksi, ${outcomeText('reopened')} (kembali ke antrean)` },
  assigned: { text: 'Ditugaskan' },
  released: { text: 'Dilepaskan' },
  'note-saved': { text: 'Catatan tersimpan' },
  'note-empty': { text: 'Catatan tidak disimpan: isi teks catatan atau pilih usulan label.', refused: true },
  conflict: { text: 'Tidak diubah: item ini sudah berubah (lihat status dan riwayatnya)', refused: true },
  purged: { text: 'Tidak diubah: teks item ini sudah dihapus oleh retensi; catatan tidak diterima lagi', refused: true },
};

/** "Not changed: the item has changed — who changed it and how" since the version a refused form showed, from its trail. */
function changedFlash(rec: ItemRecord, since: string | undefined): ItemMessage {
  const what = changesSince(rec.audit, since);
  return what ? { text: `Tidak diubah: item ini sudah berubah — ${what}`, refused: true } : FLASH.conflict;
}

/** The item page's forms by their action path, as "… tidak disimpan" names them. */
const FORM_NAME: Record<string, string> = { decision: 'Keputusan', notes: 'Catatan', assign: 'Penugasan' };

/** The queue page's note when its cursor was made for another order (the first page is shown instead). */
const OTHER_ORDER_NOTICE = 'Tautan halaman itu dibuat untuk urutan lain; ini halaman pertama menurut urutan yang dipilih.';

/** A session's key that stopped working since the login, as a refused form's page says it. */
const KEY_ENDED: Record<'revoked' | 'expired', { heading: string; text: string }> = {
  revoked: { heading: 'Kunci API dicabut', text: 'Kunci API ini sudah dicabut' },
  expired: { heading: 'Kunci API kedaluwarsa', text: 'Kunci API ini sudah kedaluwarsa' },
};

/** The login form's words for a key that stopped working. */
const keyEndedAtLogin = (ended: 'revoked' | 'expired'): string => (ended === 'expired' ? 'Kunci API sudah kedaluwarsa; minta kunci baru ke admin.' : `${KEY_ENDED.revoked.text}; minta kunci baru ke admin.`);

const REASON_REQUIRED = 'Alasan: wajib diisi untuk setiap keputusan (Konfirmasi, Tolak, Eskalasi); tulis singkat mengapa.';
const CORRECTION_REASON_REQUIRED = 'Alasan: wajib diisi untuk koreksi; tulis singkat mengapa keputusan dikoreksi.';

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

/** What the page says of an export parameter the API would refuse. */
const EXPORT_OPTION_WORDS: Record<ExportOptionProblem['field'], string> = {
  bom: 'bom harus 0 atau 1, dan hanya untuk format csv.',
  delimiter: 'delimiter harus , ; atau tab, dan hanya untuk format csv.',
  decimal: 'decimal harus , atau ., hanya untuk format csv, dan desimal koma memerlukan delimiter ; atau tab.',
};

export function createReviewWebRouter(opts: ReviewWebOptions): Router {
  const throttle = opts.throttle ?? new FailedAuthThrottle();
  const loginAudit = opts.loginAudit ?? loginFailedAudit(opts.store.rdb);
  const roleAudit = opts.roleAudit ?? new FailedKeyAudit(opts.store.rdb);
  const { store } = opts;
  const r = express.Router();
  r.use((_req, res, next) => {
    res.set({ 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin', 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY' });
    next();
  });
  r.use(formBody());

  r.get('/static/:file', (req, res) => {
    const name = String(req.params.file);
    const f = Object.hasOwn(STATIC, name) ? STATIC[name] : undefined; // not `constructor`, `__proto__`, …
    if (!f) return res.status(404).end();
    res.set('Cache-Control', 'public, max-age=300').type(f.type).send(f.body);
  });

  /** The login form, remembering the page asked for (the queue itself needs no reminder). */
  const loginUrl = (wanted: string): string => {
    const next = reviewNextPath(wanted);
    return next && next !== '/review' && next !== '/review/' ? `/review/login?next=${encodeURIComponent(next)}` : '/review/login';
  };

  // A page opened after this browser's session key was revoked or expired leads here: say why, or the
  // reviewer tries the same key again. Read from the browser's own session cookie, so no link can claim it.
  r.get('/login', async (req, res) => {
    const csrf = randomBytes(18).toString('base64url');
    setCookie(res, req, LOGIN_CSRF_COOKIE, csrf, 3600);
    const token = cookies(req)[SESSION_COOKIE];
    const ended = token ? await sessionKeyEnded(store.rdb, token) : undefined;
    res.type('html').send(loginPage(csrf, ended ? keyEndedAtLogin(ended) : undefined, reviewNextPath(req.query.next)));
  });

  r.post('/login', async (req, res) => {
    const csrf = typeof req.body?._csrf === 'string' ? req.body._csrf : '';
    const fresh = randomBytes(18).toString('base64url');
    setCookie(res, req, LOGIN_CSRF_COOKIE, fresh, 3600);
    const next = reviewNextPath(req.body?.next);
    const again = (error: string) => loginPage(fresh, error, next); // the form again, still remembering `next`
    if (!same(csrf, cookies(req)[LOGIN_CSRF_COOKIE] ?? '')) return res.status(403).type('html').send(again('Formulir kedaluwarsa; coba lagi.'));
    const key = typeof req.body?.key === 'string' ? req.body.key : '';
    const { retryAfter, principal, refused } = await checkKeyThrottled(store.rdb, throttle, clientAddress(req), key);
    if (retryAfter > 0) {
      return res.status(429).set('Retry-After', String(retryAfter)).type('html').send(again(`Terlalu banyak percobaan gagal; coba lagi dalam ${Math.ceil(retryAfter / 60)} menit.`));
    }
    if (!principal) {
      // The reason, and the key id only when it is a stored key's; never the secret.
      await loginAudit.record({ reason: refused?.failure ?? 'no_key', keyId: refused?.keyId ?? null });
      // "Expired" only for a key whose secret matched (checkKey), so it tells nothing to a guesser.
      const failure = refused?.failure;
      return res.status(401).type('html').send(again(failure === 'expired' || failure === 'revoked' ? keyEndedAtLogin(failure) : 'Kunci API tidak valid.'));
    }
    // The session this browser was in (another reviewer's, or the same one's) ends: its cookie is
    // replaced below, and left in the database it would open /review for hours with no way to end it.
    const old = cookies(req)[SESSION_COOKIE];
    if (old) await endSession(store.rdb, old, 'replaced');
    const s = await createSession(store.rdb, principal.keyId);
    setCookie(res, req, SESSION_COOKIE, s.token, SESSION_HOURS * 3600);
    res.redirect(303, next ?? '/review');
  });
  refuseOtherMethods(r, OPEN_PAGES);

  // A form's action URL opened as a page: the page the form is on (the item, with its queue filters;
  // else the queue), which asks for a login itself when needed. Nothing is done, so no session is read.
  r.get(FORM_ACTIONS, (req, res) => res.redirect(303, formPagePath(req.originalUrl)));

  // Everything below needs a session.
  // A form refused here (#form-refused) saved nothing; review.js takes what was typed on its page back
  // to the item once the reviewer returns there (through the login form).
  r.use(async (req: SessionRequest, res, next) => {
    const token = cookies(req)[SESSION_COOKIE];
    const s = token ? await readSession(store.rdb, token) : undefined;
    if (!s || !token) {
      if (req.method === 'GET' || req.method === 'HEAD') return res.redirect(303, loginUrl(req.originalUrl));
      // A form sent after the session ended: logging in again leads back to the page it was on. A key
      // revoked or expired since the login is named as such: logging in again with it cannot work.
      const ended = token ? await sessionKeyEnded(store.rdb, token) : undefined;
      const again = loginUrl(formPagePath(req.originalUrl));
      if (ended) {
        const { heading, text } = KEY_ENDED[ended];
        return res.status(401).type('html').send(page('Masuk', html`<h1>${heading}</h1><p class="error" role="alert" id="form-refused">${text}; formulir tidak disimpan. Minta kunci baru ke admin, lalu <a href="${again}">masuk lagi</a> untuk kembali ke halaman tadi.</p>`));
      }
      return res.status(401).type('html').send(page('Masuk', html`<h1>Sesi berakhir</h1><p class="error" role="alert" id="form-refused">Sesi berakhir; formulir tidak disimpan. <a href="${again}">Masuk lagi</a> untuk kembali ke halaman tadi.</p>`));
    }
    req.reviewSession = { ...s, token };
    if (req.method === 'POST') {
      const csrf = typeof req.body?._csrf === 'string' ? req.body._csrf : '';
      // Most often a page left open from an earlier session (logged out and in again in another tab).
      if (!same(csrf, s.csrf)) return res.status(403).type('html').send(page('Formulir tidak disimpan', html`<h1>Formulir tidak disimpan</h1><p class="error" role="alert" id="form-refused">Formulir tidak disimpan: halaman itu dibuka pada sesi sebelumnya (token CSRF tidak cocok). <a href="${formPagePath(req.originalUrl)}">Buka lagi halamannya</a> lalu kirim ulang.</p>`, { user: s.principal, csrf: s.csrf }));
    }
    next();
  });

  const session = (req: Request): Session => (req as SessionRequest).reviewSession as Session;

  const flashMac = (s: Session, code: string, id: string): string => createHmac('sha256', s.csrf).update(`flash\n${code}\n${id}`).digest('base64url');
  /** Leaves `code` for the next display of item `id` in this session. */
  const setFlash = (req: Request, res: Response, id: string, code: string): void => {
    setCookie(res, req, FLASH_COOKIE, `${code}.${id}.${flashMac(session(req), code, id)}`, 120);
  };
  /**
   * The message left for this item by this session's last form, if any; it is shown once: a GET clears
   * it. A HEAD (a link checker, a prefetch) shows nothing, so it leaves the message for the GET.
   */
  const takeFlash = (req: Request, res: Response, id: string): ItemMessage | undefined => {
    const raw = cookies(req)[FLASH_COOKIE];
    if (raw === undefined) return undefined;
    if (req.method !== 'HEAD') setCookie(res, req, FLASH_COOKIE, '', 0);
    const [code, itemId, mac, ...rest] = raw.split('.');
    if (rest.length || !code || itemId !== id || !Object.hasOwn(FLASH, code) || !same(mac ?? '', flashMac(session(req), code, id))) return undefined;
    return FLASH[code];
  };

  /** An error page with the header and a way back to the queue, keeping the queue filters the request carried. */
  /** `heading` where the status's own (headingOf) would not say what happened: a 409 is no one thing. */
  const errorPage = (req: Request, res: Response, status: number, title: string, text: string, heading = headingOf(status)): void => {
    const s = session(req);
    res.status(status).type('html').send(page(title, html`<h1>${heading}</h1><p class="error">${text}</p><p><a href="/review${filterQuery(filtersOf(req.query))}">Antrean</a></p>`, { user: s.principal, csrf: s.csrf }));
  };
  /**
   * A page or form refused for the session's role (403), audited as the API's are (`role_refused`,
   * aggregated): the key's actor and id, the role needed and the page's route template
   * (`POST /review/items/:id/decision`), never the body or the query. The answer is a 403 either way.
   */
  const refuseRole = async (req: Request, res: Response, needs: Role, text: string): Promise<void> => {
    const p = session(req).principal;
    const route = `${req.method} ${req.baseUrl}${String(req.route?.path ?? '')}`;
    await roleAudit.recordRole({ actor: actorOf(p), keyId: p.keyId, needs, route }).catch((err: Error) => req.log?.warn({ err: { name: err.name } }, 'role_refused audit row not written'));
    errorPage(req, res, 403, 'Tidak diizinkan', text);
  };

  /**
   * The 404 page for an item that is not there: "not found", or, for one an admin deleted (its audit
   * trail outlives it), that it was deleted and when; after a form sent from its page (the admin deleted
   * it while the page was open), also that the form saved nothing. It used to say "Item tidak
   * ditemukan." alone, as for a mistyped link. The deletion's reason stays in the audit log, for admins.
   */
  const missingItem = async (req: Request, res: Response, id: string): Promise<void> => {
    const deleted = (await store.auditLog({ action: 'delete', itemId: id }, { limit: 1 })).entries[0];
    if (!deleted) return errorPage(req, res, 404, 'Tidak ada', 'Item tidak ditemukan.');
    const form = /\/(decision|notes|assign)\/?$/.exec(req.path)?.[1];
    const when = wibTime(deleted.at);
    const text = form ? `${FORM_NAME[form]} tidak disimpan: item ini dihapus pada ${when}, saat halamannya masih terbuka. Tidak ada yang diubah.` : `Item ini dihapus pada ${when}.`;
    const s = session(req);
    res
      .status(404)
      .type('html')
      .send(page('Item dihapus', html`<h1>Item sudah dihapus</h1><p class="error" role="alert">${text}</p><p><a href="/review${filterQuery(filtersOf(req.query))}" id="back-to-queue">« Kembali ke antrean</a></p>`, { user: s.principal, csrf: s.csrf }));
  };

  /** The item page for `id` (with the queue position of the URL), or the 404 page. */
  const showItem = async (req: Request, res: Response, id: string, extras: ItemPageExtras, status = 200): Promise<void> => {
    const s = session(req);
    // Showing the post is audited (`read`) as in the API, also when a refused form brings the page back; HEAD shows nothing.
    const rec = req.method === 'HEAD' ? await store.record(id) : await store.readItem(id, actorOf(s.principal));
    if (!rec) return missingItem(req, res, id);
    const filters = filtersOf(req.query);
    // "« antrean" names this item (`at`); GET /review finds its page only when the link is followed.
    const nav = await store.neighbors(filters, rec.item);
    const suggestion = latestSuggestionOf(rec.notes); // the record holds every note: no second query
    // When its text goes, by the purge's rule.
    const purgeDue = opts.retention ? purgeDueOf(rec, opts.retention) : undefined;
    res.status(status).type('html').send(itemPage(s.principal, s.csrf, rec, filters, nav, { ...extras, purgeDue }, suggestion));
  };

  r.post('/logout', async (req, res) => {
    await endSession(store.rdb, session(req).token);
    setCookie(res, req, SESSION_COOKIE, '', 0);
    res.redirect(303, '/review/login');
  });

  r.get('/', async (req, res) => {
    const s = session(req);
    // The API's rules for the filters (GET /items): a misspelt or bad one (`levl=tinggi`,
    // `status=bogus`) is a 400 naming it in the page's words, above the filter form, not the whole
    // queue listed as if filtered. Nothing shows text, so nothing is audited.
    const query = queueFiltersOf(req.query);
    if ('errors' in query) {
      const summary = await store.queueSummary();
      const errors = query.errors.map(queueFilterErrorText);
      return res.status(400).type('html').send(queuePage(s.principal, s.csrf, filtersOf(req.query), { errors }, summary.byLevelStatus, summary.elections));
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
  });

  r.get('/items/:id', async (req, res) => {
    const id = String(req.params.id);
    await showItem(req, res, id, { flash: takeFlash(req, res, id) });
  });

  // Web forms are held to the API's schemas and limits; a bad form is refused, never saved cut down.
  // The item page comes back (400) with the errors in the page's language and what was typed.
  const invalid = async (req: Request, res: Response, error: z.ZodError, typed: ItemPageExtras['typed']): Promise<void> => {
    const formErrors = fieldErrors(error).map(formErrorText);
    await showItem(req, res, String(req.params.id), { formErrors, typed }, 400);
  };

  // The audit log, for admins: the API's GET /audit with the same filters (and the same rules for them).
  r.get('/audit', async (req, res) => {
    const s = session(req);
    if (!hasRole(s.principal.role, 'admin')) return refuseRole(req, res, 'admin', 'Log audit hanya untuk admin.');
    const given = givenParams(req.query);
    // The filters as typed, for the form: a refused one comes back in it to be corrected, not retyped.
    const typed = (k: string) => (typeof given[k] === 'string' ? (given[k] as string) : undefined);
    const shown: AuditQuery = { action: typed('action'), actor: typed('actor'), item: typed('item'), since: typed('since'), until: typed('until') };
    // The API's rules for the filters; the messages in the page's language.
    const refuse = (errors: { field: string; message: string }[]) => res.status(400).type('html').send(auditPage(s.principal, s.csrf, shown, { errors: errors.map(formErrorText) }));
    // Times as the page shows them (WIB, no zone, to the minute) are taken too: the API requires a zone.
    const parsed = auditQuery.safeParse(withPageTimes(given));
    if (!parsed.success) return refuse(fieldErrors(parsed.error));
    const q = parsed.data;
    try {
      const listing = await store.auditLog({ action: q.action, actor: q.actor, itemId: q.item, since: q.since, until: q.until }, { cursor: q.cursor, limit: q.limit ?? 50 });
      // A deleted item's page is a 404: its id is shown without a link to it (auditItem).
      const named = listing.entries.flatMap((a) => (a.itemId ? [a.itemId] : []));
      const existing = await store.existing(q.item ? [...named, q.item] : named);
      res.type('html').send(auditPage(s.principal, s.csrf, shown, { ...listing, existing }, q.cursor));
    } catch (err) {
      if (!(err instanceof BadCursorError)) throw err;
      refuse([{ field: 'cursor', message: 'is not valid' }]);
    }
  });

  // The items one export entry held (the API's GET /audit/:seq/items), linked from the entry in the log:
  // ids and what became of each, never text; paged as the log. Not audited, as the log is not.
  r.get('/audit/:seq/items', async (req, res) => {
    const s = session(req);
    if (!hasRole(s.principal.role, 'admin')) return refuseRole(req, res, 'admin', 'Log audit hanya untuk admin.');
    const seq = auditSeqOf(String(req.params.seq));
    const notFound = () => errorPage(req, res, 404, 'Tidak ada', 'Entri audit itu tidak ada.');
    if (seq === undefined) return notFound();
    // The store's check, as the API's: the entry read here is the one listed (read once).
    let entry: AuditEntry;
    try {
      entry = await store.exportEntry(seq);
    } catch (err) {
      if (err instanceof NotFoundError) return notFound();
      if (err instanceof NotExportError) return errorPage(req, res, 409, 'Bukan ekspor', `Entri audit #${seq} adalah ${err.action}, bukan ekspor: hanya item sebuah ekspor yang didaftar.`, 'Bukan entri ekspor');
      throw err;
    }
    const q = auditItemsQuery.safeParse(givenParams(req.query));
    if (!q.success) return errorPage(req, res, 400, 'Salah', fieldErrors(q.error).map(formErrorText).join(' '));
    try {
      const listing = await store.entryItems(entry, { cursor: q.data.cursor, limit: q.data.limit ?? 50 });
      res.type('html').send(entryItemsPage(s.principal, s.csrf, entry, listing, q.data.cursor));
    } catch (err) {
      if (!(err instanceof BadCursorError)) throw err;
      errorPage(req, res, 400, 'Salah', 'Tautan halaman itu tidak berlaku untuk ekspor ini; buka halaman pertamanya.');
    }
  });

  // The decisions export for supervisors logged in here: the API's GET /export (same file, audit row
  // and streaming), so exporting needs no API key in a script. The router's Cache-Control is no-store.
  r.get('/export', async (req, res) => {
    const s = session(req);
    if (!hasRole(s.principal.role, 'supervisor')) return refuseRole(req, res, 'supervisor', 'Ekspor memerlukan peran supervisor.');
    const format = req.query.format ?? 'jsonl';
    if (!isExportFormat(format)) return errorPage(req, res, 400, 'Salah', 'Format ekspor harus csv atau jsonl.');
    // An empty value is none, as a form sends a field left at its default (the time window's delimiter: the comma);
    // CSV-only choices the form sends with JSONL are left out, and its Excel Indonesia file gets its BOM (export-choices.ts).
    const given = pageExportChoices(format, givenParams(req.query));
    const csv = exportCsvOptions(format, given);
    if ('problem' in csv) return errorPage(req, res, 400, 'Salah', EXPORT_OPTION_WORDS[csv.field]);
    // The window of decision times, read as the audit log's filters are (WIB without a zone; empty: no bound).
    const window = exportQuery.safeParse(withPageTimes(given));
    if (!window.success) return errorPage(req, res, 400, 'Salah', fieldErrors(window.error).map(formErrorText).join(' '));
    await sendDecisionsExport(store, res, format, actorOf(s.principal), { ...csv, window: { since: window.data.since, until: window.data.until } });
  });

  /** Back to the item page (keeping the queue filters), with `done` shown there once. */
  const back = (req: Request, res: Response, id: string, done: string) => {
    setFlash(req, res, id, done);
    res.redirect(303, `/review/items/${encodeURIComponent(id)}${filterQuery(filtersOf(req.query))}`);
  };

  const guard = (fn: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      await fn(req, res);
    } catch (err) {
      if (err instanceof NotFoundError) return missingItem(req, res, String(req.params.id)); // deleted meanwhile
      if (err instanceof ConflictError) return back(req, res, String(req.params.id), err instanceof PurgedError ? 'purged' : 'conflict');
      if (statusOf(err) !== 500 || res.headersSent) return next(err);
      // The store failed (a full disk, a lost connection): nothing was saved, and what was typed must not
      // be lost either. The item page comes back with it and says so; when the item cannot be read
      // either, the refusal page links back to it and review.js brings the typed values back there.
      logPageError(req, err);
      await showItem(req, res, String(req.params.id), { flash: NOT_SAVED, typed: typedOf(req.body) }, 500).catch(() => formNotSavedPage(req, res, session(req)));
    }
  };

  r.post('/items/:id/decision', guard(async (req, res) => {
    const s = session(req);
    if (!hasRole(s.principal.role, 'supervisor')) return refuseRole(req, res, 'supervisor', 'Keputusan memerlukan peran supervisor.');
    // The page sends the status and the holder it showed ('' = nobody), so a decision made on a stale
    // page (decided, escalated or taken over meanwhile) is a conflict.
    const fromAssignee = typeof req.body?.fromAssignee === 'string' ? req.body.fromAssignee : undefined;
    // And the item's version it showed (fromUpdatedAt): a form resent by reloading the 409 page carries
    // the version it was refused for, so it cannot decide once the item is back to the same status and holder.
    const input = decisionSchema.safeParse({ ...formFields(req.body, ['outcome', 'label', 'reason', 'fromStatus', 'fromUpdatedAt', 'corrects']), fromAssignee: fromAssignee === '' ? null : fromAssignee });
    const corrects = str(req.body?.corrects);
    // A correction's typed values go back into the correction form, never the decision form.
    const typed = { ...typedOf(req.body), ...(corrects ? { corrects, outcome: str(req.body?.outcome) } : {}) };
    const id = String(req.params.id);
    // Every decision needs a reason (the schema's rule, the API's too): a final decision with no reason
    // could not be understood later. Spaces alone are no reason (formFields). Said in the page's words.
    if (!input.success) {
      const formErrors = fieldErrors(input.error).map((e) => (e.field === 'reason' && e.message.startsWith('is required') ? (corrects ? CORRECTION_REASON_REQUIRED : REASON_REQUIRED) : formErrorText(e)));
      return showItem(req, res, id, { formErrors, typed }, 400);
    }
    // On the page an item someone else holds is taken over first ("Ambil alih dari …"), never decided
    // by a plain click; the page shows no working buttons then, so this is an old page or a forged form.
    // (The API still lets a supervisor decide it, naming the holder in fromAssignee.)
    // The message names the holder and version as they are now, not as the form has them: a form sent
    // again (the 409 page reloaded) after the holder released or decided the item said "dipegang oleh"
    // someone who no longer held it.
    const holder = input.data.fromAssignee;
    if (holder && holder !== actorOf(s.principal)) {
      const rec = await store.record(id);
      if (!rec) throw new NotFoundError(id);
      const unchanged = input.data.fromUpdatedAt === undefined || Date.parse(input.data.fromUpdatedAt) === Date.parse(rec.item.updatedAt);
      const stillHeld = unchanged && rec.item.assignee === holder && OPEN_STATUSES.includes(rec.item.status as Status);
      const flash = stillHeld ? { text: `Tidak diubah: item ini dipegang oleh ${holder}; ambil alih dulu untuk memutuskan`, refused: true } : changedFlash(rec, input.data.fromUpdatedAt);
      return showItem(req, res, id, { flash, typed: typedAfterConflict(rec, typed) }, 409);
    }
    try {
      await store.decide(id, input.data, actorOf(s.principal));
    } catch (err) {
      // Changed meanwhile (decided, escalated, taken over): nothing was saved. The item comes back as it
      // is now (409) with the message naming who changed it and how, and, while it is still open, what
      // was typed, so it need not be typed again; the form's fromStatus/fromAssignee are now the current ones.
      if (!(err instanceof ConflictError)) throw err;
      const rec = await store.record(id);
      if (!rec) throw new NotFoundError(id);
      // Purged since the page was opened: nothing to type again, the correction cannot be made.
      if (err instanceof PurgedError) return showItem(req, res, id, { flash: { text: PURGED_CORRECTION_REFUSED, refused: true } }, 409);
      // Nothing changed meanwhile: the correction itself would change nothing. Said so, with what was typed kept.
      if (err instanceof UnchangedCorrectionError) return showItem(req, res, id, { flash: { text: unchangedCorrectionText(err.inForce), refused: true }, typed }, 409);
      return showItem(req, res, id, { flash: changedFlash(rec, input.data.fromUpdatedAt), typed: typedAfterConflict(rec, typed) }, 409);
    }
    back(req, res, String(req.params.id), `${input.data.corrects ? 'corrected' : 'saved'}-${input.data.outcome}`);
  }));

  r.post('/items/:id/assign', guard(async (req, res) => {
    const s = session(req);
    if (!hasRole(s.principal.role, 'supervisor')) return refuseRole(req, res, 'supervisor', 'Penugasan memerlukan peran supervisor.');
    // The page sends whom it showed the item held by ('' = nobody): taking it over is then meant, and a
    // change made meanwhile by someone else is a conflict, not silently overridden.
    const from = typeof req.body?.fromAssignee === 'string' ? req.body.fromAssignee : undefined;
    // "Lepaskan" sends `assignee` empty (the API's null): the item is given back, never to someone else.
    const release = req.body?.assignee === '';
    await store.assign(String(req.params.id), release ? null : actorOf(s.principal), actorOf(s.principal), { fromAssignee: from === '' ? null : from });
    back(req, res, String(req.params.id), release ? 'released' : 'assigned');
  }));

  r.post('/items/:id/notes', guard(async (req, res) => {
    const s = session(req);
    const fields = formFields(req.body, ['text', 'suggestedLabel']);
    if (!fields.suggestedLabel && fields.text === undefined) return back(req, res, String(req.params.id), 'note-empty');
    // Spaces alone are absent (formFields); invisible characters only (`\u200b\u200b`) are refused by the schema, naming the field.
    const input = noteSchema.safeParse(fields);
    if (!input.success) return invalid(req, res, input.error, typedOf(req.body));
    await store.note(String(req.params.id), input.data, actorOf(s.principal));
    back(req, res, String(req.params.id), 'note-saved');
  }));

  refuseOtherMethods(r, SESSION_PAGES);
  r.use((req, res) => errorPage(req, res, 404, 'Tidak ada', 'Halaman tidak ditemukan.'));
  r.use(htmlErrorPage);
  return r;
}

/**
 * An error's HTTP status: its own when it is a client error (4xx), else 500. A store error has the
 * API's status for it (reviewProblem): a conflict escaping a page handler is the 409 page, not a 500.
 */
function statusOf(err: unknown): number {
  const e = err as { status?: number; statusCode?: number };
  const raw = err instanceof ProblemError ? err.problem.status : isParamDecodeError(err) ? 400 : (reviewProblem(err)?.problem.status ?? e?.status ?? e?.statusCode);
  return typeof raw === 'number' && raw >= 400 && raw < 500 ? raw : 500;
}

/** An unexpected failure, logged by class and code (error-log.ts) and counted as the store's (/metrics). */
function logPageError(req: Request, err: unknown): void {
  countStoreError(req, err);
  if (req.log) req.log.error({ err: loggedError(err) }, 'review page error');
  else process.stderr.write(`review page: internal error ${(err as { name?: string })?.name ?? typeof err}${errorCode(err) ? ` ${errorCode(err)}` : ''}\n`);
}

/**
 * People reach these routes with a browser: a bad path (/review/items/%ZZ), a method a page does not
 * take, an oversized form or an unexpected failure gets an HTML page, not the API's JSON problem
 * document; a problem's headers (Allow) still go out. 5xx are logged by class and code (error-log.ts).
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
