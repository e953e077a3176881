// Authentication for the review API: every route needs an API key (Authorization: Bearer KEY or
// X-API-Key: KEY); a missing or unknown key → 401, a key whose role is too low → 403.
import type { Request, RequestHandler } from 'express';
import type { ReviewDb } from '../db/open.js';
import { checkKeyThrottled, type KeyFailure } from '../keys.js';
import { actorOf, hasRole, type Principal, type Role } from '../roles.js';
import { forbidden, tooManyFailures, unauthorized } from './problem.js';
import { clientAddress, type FailedAuthThrottle } from '../../service/throttle.js';
import type { FailedKeyAudit } from './failed-key-audit.js';
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

/** Where refusals are audited (aggregated there), and the route template a request is for. */
export interface RefusalAudit {
  log: FailedKeyAudit;
  routeOf: (req: Request) => string;
}

/**
 * A refused key's 401 detail. Expired and revoked are told only for a key whose secret matched
 * (checkKey), so they say nothing to whoever lacks the key; a revoked key's holder (a script running
 * when an admin revoked it) learns why, as the login form tells it, instead of "not valid" as for a typo.
 */
const refusalDetail = (failure: KeyFailure | undefined): string =>
  failure === 'expired' ? KEY_MESSAGES.expired : failure === 'revoked' ? KEY_REVOKED : KEY_MESSAGES.invalid;

const KEY_REVOKED = 'the API key has been revoked; ask an admin for a new one';

/**
 * Resolves the key once per request; addresses that keep presenting unknown keys are throttled. A key
 * refused is audited through `audit` (aggregated there) with `routeOf`'s route template; a request
 * with no key, or one the throttle refuses (no key checked), writes nothing.
 */
export function authenticate(rdb: ReviewDb, throttle: FailedAuthThrottle, audit?: RefusalAudit): RequestHandler {
  return async (req, _res, next) => {
    try {
      const key = presentedKey(req);
      if (!key) return next(unauthorized(authorizationProblem(req) ?? KEY_MESSAGES.required));
      const { retryAfter, principal: p, refused } = await checkKeyThrottled(rdb, throttle, clientAddress(req), key);
      if (retryAfter > 0) return next(tooManyFailures(retryAfter));
      // Nothing is handed out either way: a row that cannot be written is logged, and the answer stays 401.
      if (!p && refused && audit) {
        await audit.log
          .record({ reason: refused.failure, keyId: refused.keyId, route: audit.routeOf(req) })
          .catch((err: Error) => req.log?.warn({ err: { name: err.name } }, 'key_failed audit row not written'));
      }
      if (!p) return next(unauthorized(refusalDetail(refused?.failure), true));
      setPrincipal(req, p);
      next();
    } catch (err) {
      next(err);
    }
  };
}

/**
 * A route for `role` and above. A key below it is a 403, audited through `audit` as `role_refused` (an
 * auditor wants role probing seen): the key's actor and id, the role needed, the route's template.
 */
export function requireRole(role: Role, audit?: RefusalAudit): RequestHandler {
  return async (req, _res, next) => {
    const p = (req as WithPrincipal)[PRINCIPAL];
    if (!p) return next(unauthorized());
    if (hasRole(p.role, role)) return next();
    // The answer stays 403 either way: a row that cannot be written is logged.
    await audit?.log
      .recordRole({ actor: actorOf(p), keyId: p.keyId, needs: role, route: audit.routeOf(req) })
      .catch((err: Error) => req.log?.warn({ err: { name: err.name } }, 'role_refused audit row not written'));
    next(forbidden(`this route needs the ${role} role; the key has ${p.role}`));
  };
}
