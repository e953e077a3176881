// Authentication for the review API: every route needs an API key (Authorization: Bearer KEY or
// X-API-Key: KEY); a missing or unknown key → 401, a key whose role is too low → 403.
import type { Request, RequestHandler } from 'express';
import type { ReviewDb } from '../db/open.js';
import { checkKey, type KeyCheck } from '../keys.js';
import { hasRole, type Principal, type Role } from '../roles.js';
import { forbidden, tooManyFailures, unauthorized } from './problem.js';
import { clientAddress, type FailedAuthThrottle } from '../../service/throttle.js';
import { authorizationProblem, KEY_MESSAGES, presentedKey } from '../../service/auth.js';

const PRINCIPAL = Symbol('review-principal');
type WithPrincipal = Request & { [PRINCIPAL]?: Principal };

export function principalOf(req: Request): Principal {
  const p = (req as WithPrincipal)[PRINCIPAL];
  if (!p) throw unauthorized();
  return p;
}

export function setPrincipal(req: Request, p: Principal): void {
  (req as WithPrincipal)[PRINCIPAL] = p;
}

/** Resolves the key once per request; addresses that keep presenting unknown keys are throttled. */
export function authenticate(rdb: ReviewDb, throttle: FailedAuthThrottle): RequestHandler {
  return async (req, _res, next) => {
    try {
      const key = presentedKey(req);
      if (!key) return next(unauthorized(authorizationProblem(req) ?? KEY_MESSAGES.required));
      let refused: Exclude<KeyCheck, { principal: Principal }> | undefined;
      const { retryAfter, result: p } = await throttle.attempt(clientAddress(req), async () => {
        const check = await checkKey(rdb, key);
        if ('principal' in check) return check.principal;
        refused = check;
        return undefined;
      });
      if (retryAfter > 0) return next(tooManyFailures(retryAfter));
      if (!p) return next(unauthorized(refused?.failure === 'expired' ? KEY_MESSAGES.expired : KEY_MESSAGES.invalid, true));
      setPrincipal(req, p);
      next();
    } catch (err) {
      next(err);
    }
  };
}

export function requireRole(role: Role): RequestHandler {
  return (req, _res, next) => {
    const p = (req as WithPrincipal)[PRINCIPAL];
    if (!p) return next(unauthorized());
    if (!hasRole(p.role, role)) return next(forbidden(`this route needs the ${role} role; the key has ${p.role}`));
    next();
  };
}
