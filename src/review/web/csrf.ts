// CSRF tokens of the pages' forms: every POST carries the session's token (session.ts); the login form,
// sent before there is a session, a double-submit cookie's.
import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { cookies, same, setCookie } from './cookies.js';
import { str } from './params.js';

const LOGIN_CSRF_COOKIE = 'netra_review_login';

/** The token a form sent ('' for none). */
export const sentCsrf = (req: Request): string => str(req.body?._csrf) ?? '';

/** A fresh token for the login form, left in its cookie for an hour. */
export function issueLoginCsrf(req: Request, res: Response): string {
  const csrf = randomBytes(18).toString('base64url');
  setCookie(res, req, LOGIN_CSRF_COOKIE, csrf, 3600);
  return csrf;
}

/** Whether the login form sent back the token of this browser's cookie. */
export const loginCsrfMatches = (req: Request, sent: string): boolean => same(sent, cookies(req)[LOGIN_CSRF_COOKIE] ?? '');
