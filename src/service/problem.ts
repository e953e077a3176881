// Errors as RFC 9457 problem details (application/problem+json). Handlers throw ProblemError; the
// error middleware turns it — and anything unexpected — into a problem response naming the field.
import { loggedError } from './error-log.js';
import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, Request, RequestHandler, Response, Router } from 'express';
import { jsonErrorDetail } from './json-position.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Problem type URIs (RFC 9457 §3.1.1); not resolvable, stable identifiers documented in docs/service.md. */
export const PROBLEM_TYPES = {
  invalidJson: 'urn:netra:problem:invalid-json',
  invalidEncoding: 'urn:netra:problem:invalid-encoding',
  validation: 'urn:netra:problem:validation',
  unsupportedMediaType: 'urn:netra:problem:unsupported-media-type',
  tooLarge: 'urn:netra:problem:body-too-large',
  unknownElection: 'urn:netra:problem:unknown-election',
  unauthorized: 'urn:netra:problem:unauthorized',
  forbidden: 'urn:netra:problem:forbidden',
  notFound: 'urn:netra:problem:not-found',
  methodNotAllowed: 'urn:netra:problem:method-not-allowed',
  conflict: 'urn:netra:problem:conflict',
  tooManyRequests: 'urn:netra:problem:too-many-requests',
  unavailable: 'urn:netra:problem:unavailable',
  internal: 'urn:netra:problem:internal',
  malformedRequest: 'urn:netra:problem:malformed-request',
  headersTooLarge: 'urn:netra:problem:headers-too-large',
  requestTimeout: 'urn:netra:problem:request-timeout',
} as const;

export interface FieldError {
  /** Path of the offending field, e.g. "text" or "items[3].postedAt"; "(body)" for the whole body. */
  field: string;
  message: string;
}

/** The members a handler decides; `instance` and `requestId` are added when the response is sent. */
export interface ProblemFields {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

/** What is sent: every member is present (`requestId` only behind createApp's request context). */
export interface Problem extends ProblemFields {
  detail: string;
  errors: FieldError[];
  instance: string;
  requestId?: string;
}

export class ProblemError extends Error {
  readonly headers: Record<string, string>;
  constructor(
    readonly problem: ProblemFields,
    headers: Record<string, string> = {},
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.headers = headers;
  }
}

/** At most this many field errors are listed: a body of 90,000 unknown keys must not earn a 6 MB answer. */
export const MAX_LISTED_ERRORS = 20;
const MAX_FIELD_NAME = 200;

/** `unlisted`: errors found beyond `errors`, left unbuilt by a caller that gave only the first MAX_LISTED_ERRORS; counted in "and N more". */
export function validationProblem(errors: FieldError[], status = 400, unlisted = 0): ProblemError {
  const listed = errors.slice(0, MAX_LISTED_ERRORS).map((e) => (e.field.length > MAX_FIELD_NAME ? { ...e, field: `${e.field.slice(0, MAX_FIELD_NAME)}…` } : e));
  const more = errors.length - listed.length + unlisted;
  const detail = listed.map((e) => `${e.field}: ${e.message}`).join('; ') + (more > 0 ? `; and ${more} more` : '');
  return new ProblemError({ type: PROBLEM_TYPES.validation, title: 'Invalid request', status, detail, errors: listed });
}

export function unknownElectionProblem(field: string, election: string, known: readonly string[]): ProblemError {
  return new ProblemError({
    type: PROBLEM_TYPES.unknownElection,
    title: 'Unknown election',
    status: 422,
    detail: `${field}: unknown election "${election}" (known: ${known.join(', ')})`,
    errors: [{ field, message: `unknown election "${election}"` }],
  });
}

export function sendProblem(res: Response, problem: ProblemFields, headers: Record<string, string> = {}): void {
  const requestId = res.locals.requestId as string | undefined;
  // Same members on every problem, so clients never branch on their presence: no field at fault → errors: [].
  const body: Problem = {
    ...problem,
    detail: problem.detail ?? problem.title,
    errors: problem.errors ?? [],
    instance: res.req.originalUrl.split('?')[0],
    ...(requestId ? { requestId } : {}),
  };
  res.status(problem.status);
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  res.send(JSON.stringify(body));
}

/** Errors raised by body-parser / raw-body (and zlib below them); the fields this module reads. */
interface ParserError {
  type?: string;
  code?: string;
  status?: number;
  statusCode?: number;
  limit?: number;
  encoding?: string;
  charset?: string;
  body?: unknown;
  message?: string;
}

const unreadableBody = (detail: string): ProblemFields => ({
  type: PROBLEM_TYPES.invalidJson,
  title: 'Unreadable request body',
  status: 400,
  detail,
  errors: [{ field: '(body)', message: detail }],
});

/** Problem and headers for a body-parser error, or undefined when it is not one. */
function bodyParserProblem(err: ParserError): { problem: ProblemFields; headers?: Record<string, string> } | undefined {
  // zlib's own message ("incorrect header check") means nothing to a client; its code says what failed.
  if (typeof err.code === 'string' && err.code.startsWith('Z_')) {
    const why = err.code === 'Z_BUF_ERROR' ? 'it ends too early' : 'it is not valid data for its Content-Encoding';
    return { problem: unreadableBody(`the body could not be decompressed: ${why}`) };
  }
  switch (err.type) {
    case 'entity.too.large': {
      // One message, said by the detail (`field: message`, as a 400's) and the field error alike.
      const message = `is larger than the limit of ${err.limit} bytes`;
      return { problem: { type: PROBLEM_TYPES.tooLarge, title: 'Request body too large', status: 413, detail: `(body): ${message}`, errors: [{ field: '(body)', message }] } };
    }
    case 'encoding.unsupported': {
      const detail = `Content-Encoding "${String(err.encoding ?? '').slice(0, 40)}" is not supported (use identity, gzip, deflate or br)`;
      return {
        problem: { type: PROBLEM_TYPES.unsupportedMediaType, title: 'Unsupported content encoding', status: 415, detail, errors: [{ field: '(header) Content-Encoding', message: detail }] },
        headers: { 'Accept-Post': 'application/json', 'Accept-Encoding': 'gzip, deflate, br' },
      };
    }
    case 'charset.unsupported': {
      const detail = `charset "${String(err.charset ?? '').slice(0, 40)}" is not supported; send UTF-8`;
      return {
        problem: { type: PROBLEM_TYPES.unsupportedMediaType, title: 'Unsupported charset', status: 415, detail, errors: [{ field: '(header) Content-Type', message: detail }] },
        headers: { 'Accept-Post': 'application/json' },
      };
    }
    case 'entity.parse.failed': {
      // express.json (mounted routers): the same detail as the service's own JSON bodies.
      const detail = jsonErrorDetail(typeof err.body === 'string' ? err.body : '', err);
      return { problem: { type: PROBLEM_TYPES.invalidJson, title: 'Malformed JSON body', status: 400, detail, errors: [{ field: '(body)', message: detail }] } };
    }
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
      return { problem: unreadableBody('the request body could not be read completely') };
    default:
      return undefined;
  }
}

/** The router's 400 for a path parameter that is not valid percent-encoding ("/items/%ZZ"). */
export function isParamDecodeError(err: unknown): boolean {
  return err instanceof URIError && (err as ParserError).status === 400;
}

/** A malformed path parameter is the caller's mistake: 400 naming it (`(path) id`), never 500. */
export function pathParamProblem(name?: string): ProblemError {
  return validationProblem([{ field: name ? `(path) ${name}` : '(path)', message: 'is not valid percent-encoding' }]);
}

/** 405 with Allow for the methods a known path does not serve. */
export function methodNotAllowed(allow: string): RequestHandler {
  return (req, _res, next) => {
    // baseUrl too: under a mounted router req.path is relative to the mount ("/items").
    const detail = `${req.method} is not allowed on ${req.baseUrl}${req.path}; use ${allow}`;
    next(new ProblemError({ type: PROBLEM_TYPES.methodNotAllowed, title: 'Method not allowed', status: 405, detail, errors: [{ field: '(method)', message: `must be ${allow}` }] }, { Allow: allow }));
  };
}

/**
 * 405 + Allow on each known path of `router` for the methods it does not serve (`[path, allow]`, HEAD
 * listed with GET). Register it after the paths' own routes, so that only paths it lacks stay 404s.
 */
export function refuseOtherMethods(router: Router, allowed: readonly (readonly [string, string])[]): void {
  for (const [path, allow] of allowed) router.all(path, methodNotAllowed(allow));
}

/** Problem and headers for anything thrown at a handler; undefined means unexpected (a 500). */
export function problemOf(err: unknown): { problem: ProblemFields; headers?: Record<string, string> } | undefined {
  if (err instanceof ProblemError) return { problem: err.problem, headers: err.headers };
  if (isParamDecodeError(err)) return { problem: pathParamProblem().problem };
  const e = (err ?? {}) as ParserError;
  const fromParser = bodyParserProblem(e);
  if (fromParser) return fromParser;
  const status = e.status ?? e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Some other client error (http-errors style). Its message can quote input, so only the status text.
    const title = STATUS_CODES[status] ?? 'Bad request';
    return { problem: { type: 'about:blank', title, status, detail: title } };
  }
  return undefined;
}

/** The 500 for an unexpected error, logged with its name, code and stack frames; its message only when it cannot quote request data (error-log.ts). */
export function sendInternalProblem(req: Request, res: Response, err: unknown): void {
  req.log?.error({ err: loggedError(err) }, 'unhandled error');
  sendProblem(res, { type: PROBLEM_TYPES.internal, title: 'Internal server error', status: 500, detail: 'the request failed unexpectedly; see the server log for the request id' });
}

/** Final error middleware: every error becomes problem+json; unexpected ones are logged without request data. */
export const problemHandler: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) return next(err);
  const known = problemOf(err);
  if (known) return sendProblem(res, known.problem, known.headers);
  sendInternalProblem(req, res, err);
};

/** An unknown path's 404, in the same words for every router (the review API's too). */
export const noRouteDetail = (method: string, path: string): string => `no route for ${method} ${path}`;

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, { type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail: noRouteDetail(req.method, req.path) });
};
