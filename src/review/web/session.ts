// The pages' session: a random token in an HttpOnly, SameSite=Strict cookie scoped to /review (Secure
// over HTTPS), read for every page after the login's; a POST must carry the session's CSRF token.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ReviewStore } from '../store/index.js';
import type { Principal } from '../roles.js';
import { readSession, sessionKeyEnded } from '../sessions.js';
import { cookies, same } from './cookies.js';
import { sentCsrf } from './csrf.js';
import { KEY_ENDED } from './key-ended.js';
import { formPagePath, loginUrl } from './next-path.js';
import { html, page } from './html.js';

export const SESSION_COOKIE = 'netra_review';

export interface Session {
  principal: Principal;
  csrf: string;
  token: string;
}
export type SessionRequest = Request & { reviewSession?: Session };

/** The session a route behind requireSession runs in. */
export const sessionOf = (req: Request): Session => (req as SessionRequest).reviewSession as Session;

/**
 * Every page below it needs a session. A form refused here (#form-refused) saved nothing; review.js
 * takes what was typed on its page back to the item once the reviewer returns there (through the login form).
 */
export function requireSession(store: ReviewStore): RequestHandler {
  return async (req: SessionRequest, res: Response, next: NextFunction) => {
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
    // Most often a page left open from an earlier session (logged out and in again in another tab).
    if (req.method === 'POST' && !same(sentCsrf(req), s.csrf)) {
      return res.status(403).type('html').send(page('Formulir tidak disimpan', html`<h1>Formulir tidak disimpan</h1><p class="error" role="alert" id="form-refused">Formulir tidak disimpan: halaman itu dibuka pada sesi sebelumnya (token CSRF tidak cocok). <a href="${formPagePath(req.originalUrl)}">Buka lagi halamannya</a> lalu kirim ulang.</p>`, { user: s.principal, csrf: s.csrf }));
    }
    next();
  };
}
