// Login exchanges an API key for a session; logout ends it. The login form is checked with a
// double-submit cookie (csrf.ts), as there is no session yet.
import type { Request, Response } from 'express';
import type { ReviewStore } from '../store/index.js';
import { checkKeyThrottled } from '../keys.js';
import type { FailedKeyAudit } from '../http/failed-key-audit.js';
import { clientAddress, type FailedAuthThrottle } from '../../service/throttle.js';
import { createSession, endSession, sessionKeyEnded, SESSION_HOURS } from '../sessions.js';
import { cookies, setCookie } from './cookies.js';
import { issueLoginCsrf, loginCsrfMatches, sentCsrf } from './csrf.js';
import { keyEndedAtLogin } from './key-ended.js';
import { str } from './params.js';
import { loginPage } from './login-page.js';
import { reviewNextPath } from './next-path.js';
import { SESSION_COOKIE, sessionOf } from './session.js';

/**
 * The login form. A page opened after this browser's session key was revoked or expired leads here:
 * say why, or the reviewer tries the same key again. Read from the browser's own session cookie, so
 * no link can claim it.
 */
export async function showLogin(store: ReviewStore, req: Request, res: Response): Promise<void> {
  const csrf = issueLoginCsrf(req, res);
  const token = cookies(req)[SESSION_COOKIE];
  const ended = token ? await sessionKeyEnded(store.rdb, token) : undefined;
  res.type('html').send(loginPage(csrf, ended ? keyEndedAtLogin(ended) : undefined, reviewNextPath(req.query.next)));
}

/** `loginAudit`: where refused logins are written (aggregated). */
export async function logIn(opts: { store: ReviewStore; throttle: FailedAuthThrottle; loginAudit: FailedKeyAudit }, req: Request, res: Response): Promise<void> {
  const { store } = opts;
  const csrf = sentCsrf(req);
  const fresh = issueLoginCsrf(req, res);
  const next = reviewNextPath(req.body?.next);
  const again = (error: string) => loginPage(fresh, error, next); // the form again, still remembering `next`
  if (!loginCsrfMatches(req, csrf)) return void res.status(403).type('html').send(again('Formulir kedaluwarsa; coba lagi.'));
  const key = str(req.body?.key) ?? '';
  const { retryAfter, principal, refused } = await checkKeyThrottled(store.rdb, opts.throttle, clientAddress(req), key);
  if (retryAfter > 0) {
    return void res.status(429).set('Retry-After', String(retryAfter)).type('html').send(again(`Terlalu banyak percobaan gagal; coba lagi dalam ${Math.ceil(retryAfter / 60)} menit.`));
  }
  if (!principal) {
    // The reason, and the key id only when it is a stored key's; never the secret.
    await opts.loginAudit.record({ reason: refused?.failure ?? 'no_key', keyId: refused?.keyId ?? null });
    // "Expired" only for a key whose secret matched (checkKey), so it tells nothing to a guesser.
    const failure = refused?.failure;
    return void res.status(401).type('html').send(again(failure === 'expired' || failure === 'revoked' ? keyEndedAtLogin(failure) : 'Kunci API tidak valid.'));
  }
  // The session this browser was in (another reviewer's, or the same one's) ends: its cookie is
  // replaced below, and left in the database it would open /review for hours with no way to end it.
  const old = cookies(req)[SESSION_COOKIE];
  if (old) await endSession(store.rdb, old, 'replaced');
  const s = await createSession(store.rdb, principal.keyId);
  setCookie(res, req, SESSION_COOKIE, s.token, SESSION_HOURS * 3600);
  res.redirect(303, next ?? '/review');
}

export async function logOut(store: ReviewStore, req: Request, res: Response): Promise<void> {
  await endSession(store.rdb, sessionOf(req).token);
  setCookie(res, req, SESSION_COOKIE, '', 0);
  res.redirect(303, '/review/login');
}
