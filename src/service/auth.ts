// Optional API-key auth. Keys come from NETRA_API_KEYS; a request presents one as
// `Authorization: Bearer KEY` or `X-API-Key: KEY`. Keys are compared as SHA-256 digests with
// crypto.timingSafeEqual against every configured key (no early exit), so neither the key's content
// nor its length leaks through timing.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ProblemError, PROBLEM_TYPES } from './problem.js';
import { keyOf, type ScoringKey } from './config.js';
import { clientAddress, FailedAuthThrottle } from './throttle.js';

/**
 * - `optional`: enforced only when keys are configured (scoring routes).
 * - `required`: always enforced; with no keys configured the route is unavailable (routes that read or
 *   write stored posts).
 * - `none`: open.
 */
export type AuthMode = 'optional' | 'required' | 'none';

const digest = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The key a request presents, if any (the review API reads keys the same way). */
export function presentedKey(req: Request): string | undefined {
  const auth = req.get('authorization');
  if (auth) {
    const m = BEARER.exec(auth);
    if (m) return m[1];
  }
  const apiKey = req.get('x-api-key')?.trim();
  return apiKey && !sentTwice(apiKey) ? apiKey : undefined;
}

/**
 * A comma is never in a key (NETRA_API_KEYS is split at commas; review keys are base64url): it is the
 * X-API-Key header sent more than once, which Node joins ("k, k"). No key, so nothing compared or counted.
 */
const sentTwice = (apiKey: string | undefined): boolean => apiKey?.includes(',') ?? false;

/**
 * Why the key headers give no key, when one is sent: an Authorization that is not "Bearer KEY" (a bare
 * key or another scheme, Basic, Token), or X-API-Key sent more than once. Either would otherwise be
 * answered as if no key had been sent at all.
 */
export function authorizationProblem(req: Request): string | undefined {
  const auth = req.get('authorization')?.trim();
  if (!auth) return sentTwice(req.get('x-api-key')) ? 'X-API-Key header must hold one key: it was sent more than once ("X-API-Key: KEY" once)' : undefined;
  if (BEARER.test(auth)) return undefined;
  if (/^Bearer(?:\s|$)/i.test(auth)) return 'Authorization header must hold one key after "Bearer": "Authorization: Bearer KEY"';
  return 'Authorization header must use the Bearer scheme: "Authorization: Bearer KEY"';
}

export class ApiKeys {
  private readonly digests: Buffer[];
  /** Per key, when it stops working (ms since the epoch); undefined: never. */
  private readonly expiries: (number | undefined)[];
  constructor(keys: readonly ScoringKey[]) {
    this.digests = keys.map((k) => digest(keyOf(k)));
    this.expiries = keys.map((k) => (typeof k === 'string' ? undefined : Date.parse(k.expiresAt)));
  }

  /** Whether the key at `index` (as match() gives it) has expired at `now`. */
  expired(index: number, now: number = Date.now()): boolean {
    const at = this.expiries[index];
    return at !== undefined && at <= now;
  }

  get configured(): boolean {
    return this.digests.length > 0;
  }

  /** Index of the matching key, or -1. Compares against every key to keep timing independent of which matched. */
  match(key: string): number {
    const d = digest(key);
    let found = -1;
    for (let i = 0; i < this.digests.length; i++) if (timingSafeEqual(d, this.digests[i]) && found < 0) found = i;
    return found;
  }
}

/** What a 401 says, on the scoring routes and the review API alike: one wording for each case. */
export const KEY_MESSAGES = {
  required: 'an API key is required: send "Authorization: Bearer KEY" or "X-API-Key: KEY"',
  invalid: 'the API key is not valid',
  /** Told only for a key whose secret matched, so it says nothing to whoever lacks the key. */
  expired: 'the API key has expired; ask for a new one',
} as const;

/**
 * The 401 problem (the review API's realm is netra-review).
 * @param invalidKey a key was given and is wrong: RFC 6750's `invalid_token`, so a client knows to replace it
 */
export function unauthorizedProblem(detail: string, invalidKey = false, realm = 'netra'): ProblemError {
  return new ProblemError(
    { type: PROBLEM_TYPES.unauthorized, title: 'Unauthorized', status: 401, detail, errors: [{ field: '(header) Authorization', message: detail }] },
    { 'WWW-Authenticate': bearerChallenge(realm, invalidKey) },
  );
}

/** The WWW-Authenticate challenge of a 401 (the review API's realm is netra-review). */
export function bearerChallenge(realm: string, invalidKey: boolean): string {
  return `Bearer realm="${realm}"${invalidKey ? ', error="invalid_token"' : ''}`;
}

/** 429 for an address the failed-key throttle blocks, in the scoring routes' and the review API's words. */
export function tooManyFailures(seconds: number): ProblemError {
  const detail = `too many invalid API keys from this address; try again in ${seconds} s`;
  return new ProblemError({ type: PROBLEM_TYPES.tooManyRequests, title: 'Too many requests', status: 429, detail, errors: [{ field: '(header) Authorization', message: detail }] }, { 'Retry-After': String(seconds) });
}

/**
 * `throttle`: failed keys per client address, as the review API counts them; past its limit the
 * address gets 429 before any key is compared, valid ones included, until its window ends. A missing
 * key is no failed attempt (nothing is compared). The check here is synchronous, so unlike the review
 * API's scrypt no burst can slip between reading the block and counting a failure.
 */
export function apiKeyAuth(keys: ApiKeys, mode: AuthMode, throttle: FailedAuthThrottle = new FailedAuthThrottle()): RequestHandler {
  return (req, _res, next) => {
    if (mode === 'none' || (mode === 'optional' && !keys.configured)) return next();
    if (!keys.configured) {
      return next(new ProblemError({ type: PROBLEM_TYPES.unavailable, title: 'Service unavailable', status: 503, detail: 'this route needs API keys and none are configured (set NETRA_API_KEYS)' }));
    }
    const key = presentedKey(req);
    if (!key) return next(unauthorizedProblem(authorizationProblem(req) ?? KEY_MESSAGES.required));
    const client = clientAddress(req);
    const wait = throttle.retryAfter(client);
    if (wait > 0) return next(tooManyFailures(wait));
    const index = keys.match(key);
    if (index < 0 || keys.expired(index)) throttle.fail(client);
    if (index < 0) return next(unauthorizedProblem(KEY_MESSAGES.invalid, true));
    // Only a caller presenting the whole key learns it expired: nothing about any other key.
    if (keys.expired(index)) return next(unauthorizedProblem(KEY_MESSAGES.expired, true));
    req.log = req.log.child({ apiKey: index });
    next();
  };
}
