// Errors from the review routes as RFC 9457 problem details, built and sent by the service's own
// problem module, so they carry the same members (type, title, status, detail, errors, instance,
// requestId) as the scoring routes' errors.
import { countStoreError } from './store-errors.js';
import { errorCode } from '../../service/error-log.js';
import type { ErrorRequestHandler } from 'express';
import { BadCursorError, ConflictError, NotFoundError } from '../store/index.js';
import { UnknownElectionError } from '../../pipeline/scorer.js';
import { StoreInputError } from '../limits.js';
import { EXPORT_RETRY_AFTER_S, MAX_EXPORTS_AT_ONCE } from './export-slots.js';
import { KEY_MESSAGES, unauthorizedProblem } from '../../service/auth.js';
import { isParamDecodeError, pathParamProblem, problemOf, PROBLEM_TYPES, ProblemError, sendInternalProblem, sendProblem, unknownElectionProblem, validationProblem, type FieldError } from '../../service/problem.js';

const KEY_FIELD = '(header) Authorization';

/** The scoring routes' 401 in this API's realm, in the same words (KEY_MESSAGES). @param invalidKey a key was given and is wrong (RFC 6750's invalid_token) */
export const unauthorized = (detail: string = KEY_MESSAGES.required, invalidKey = false) => unauthorizedProblem(detail, invalidKey, 'netra-review');
export { tooManyFailures } from '../../service/auth.js';
export const forbidden = (detail: string) => new ProblemError({ type: PROBLEM_TYPES.forbidden, title: 'Forbidden', status: 403, detail, errors: [{ field: KEY_FIELD, message: detail }] });
/** 400 naming the field(s) at fault; the detail lists them. */
export const badRequest = (...errors: FieldError[]) => validationProblem(errors);
/** 400 for a request that is well-formed but cannot be served as asked (no single field at fault). */
export const refused = (detail: string) => new ProblemError({ type: PROBLEM_TYPES.validation, title: 'Invalid request', status: 400, detail });
export const notFound = (detail = 'item not found', field = '(path) id') =>
  new ProblemError({ type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail, errors: field ? [{ field, message: detail }] : [] });

/** 503: every export slot of this process is streaming (export-slots.ts); nothing was exported or audited. */
export const exportsBusy = () => {
  const detail = `${MAX_EXPORTS_AT_ONCE} decisions exports are downloading from this service now, the most it streams at once (so that decisions and the queue keep their database connections); try again in ${EXPORT_RETRY_AFTER_S} s, and export a day at a time (since, until) so that each ends sooner`;
  return new ProblemError({ type: PROBLEM_TYPES.unavailable, title: 'Too many exports at once', status: 503, detail }, { 'Retry-After': String(EXPORT_RETRY_AFTER_S) });
};

/** 422 naming the post's election field (`items[2].election` in a batch), and the known ids when given, as /v1/score does. */
export const unknownElection = (field: string, err: UnknownElectionError, known?: readonly string[]) =>
  known
    ? unknownElectionProblem(field, err.election, known)
    : new ProblemError({ type: PROBLEM_TYPES.unknownElection, title: 'Unknown election', status: 422, detail: `${field}: ${err.message}`, errors: [{ field, message: err.message }] });

/** Store and scorer errors as problems; undefined for anything else. Store messages never carry post text. The pages take their statuses from it too (web/page-errors.ts statusOf). */
export function reviewProblem(err: unknown): ProblemError | undefined {
  if (err instanceof NotFoundError) return notFound(err.message);
  if (err instanceof ConflictError) {
    // A refused decision also says what the item is now (who decided what, and when), so the client can tell its user.
    const current = err.current ? { current: err.current } : {};
    return new ProblemError({ type: PROBLEM_TYPES.conflict, title: 'Conflict', status: 409, detail: err.message, errors: err.fields.map((field) => ({ field, message: err.message })), ...current });
  }
  if (err instanceof StoreInputError) return badRequest({ field: err.field, message: err.problem });
  if (err instanceof BadCursorError) return badRequest({ field: 'cursor', message: err.problem });
  if (err instanceof UnknownElectionError) return unknownElection('election', err);
  // Every parameter of this router is an `:id` path segment.
  if (isParamDecodeError(err)) return pathParamProblem('id');
  return undefined;
}

export const problemHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const mapped = reviewProblem(err);
  const known = mapped ? { problem: mapped.problem, headers: mapped.headers } : problemOf(err);
  if (known) return sendProblem(res, known.problem, known.headers);
  // Outside the service (a bare express app) there is no request logger; report the class only.
  if (!req.log) process.stderr.write(`review: internal error ${(err as Error)?.name ?? typeof err}${errorCode(err) ? ` ${errorCode(err)}` : ''}\n`);
  countStoreError(req, err);
  sendInternalProblem(req, res, err);
};
