// Errors as RFC 9457 problem details (application/problem+json). Handlers throw ProblemError; the
// error middleware turns it — and anything unexpected — into a problem response naming the field.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';

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
  notFound: 'urn:netra:problem:not-found',
  unavailable: 'urn:netra:problem:unavailable',
  internal: 'urn:netra:problem:internal',
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

export interface Problem extends ProblemFields {
  instance?: string;
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

export function validationProblem(errors: FieldError[], status = 400): ProblemError {
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new ProblemError({ type: PROBLEM_TYPES.validation, title: 'Invalid request', status, detail, errors });
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
  const body: Problem = { ...problem, instance: res.req.originalUrl.split('?')[0], ...(requestId ? { requestId } : {}) };
  res.status(problem.status);
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  res.send(JSON.stringify(body));
}

/** Errors raised by body-parser / raw-body carry `type` and `status`; map them to problems. */
function bodyParserProblem(err: { type?: string; status?: number; limit?: number; encoding?: string; charset?: string }): Problem | undefined {
  switch (err.type) {
    case 'entity.too.large':
      return {
        type: PROBLEM_TYPES.tooLarge,
        title: 'Request body too large',
        status: 413,
        detail: `(body): request body exceeds the limit of ${err.limit} bytes`,
        errors: [{ field: '(body)', message: `larger than ${err.limit} bytes` }],
      };
    case 'encoding.unsupported':
      return {
        type: PROBLEM_TYPES.unsupportedMediaType,
        title: 'Unsupported content encoding',
        status: 415,
        detail: `Content-Encoding "${err.encoding ?? ''}" is not supported (use identity, gzip, deflate or br)`,
      };
    case 'charset.unsupported':
      return { type: PROBLEM_TYPES.unsupportedMediaType, title: 'Unsupported charset', status: 415, detail: `charset "${err.charset ?? ''}" is not supported; send UTF-8` };
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
      return { type: PROBLEM_TYPES.invalidJson, title: 'Unreadable request body', status: 400, detail: 'the request body could not be read completely' };
    default:
      return undefined;
  }
}

/** Final error middleware: every error becomes problem+json; unexpected ones are logged without request data. */
export const problemHandler: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) return next(err);
  if (err instanceof ProblemError) return sendProblem(res, err.problem, err.headers);
  const e = (err ?? {}) as { type?: string; status?: number; statusCode?: number; expose?: boolean; message?: string };
  const fromParser = bodyParserProblem(e);
  if (fromParser) return sendProblem(res, fromParser);
  const status = e.status ?? e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // A client error raised by express or a mounted router (http-errors style).
    return sendProblem(res, { type: 'about:blank', title: e.expose && e.message ? e.message : 'Bad request', status });
  }
  // Only the error name and stack frames: messages can quote request data, and posts are personal data.
  const frames = (err as Error)?.stack?.split('\n').slice(1).map((l) => l.trim()) ?? [];
  req.log?.error({ err: { name: (err as Error)?.name ?? typeof err, frames } }, 'unhandled error');
  sendProblem(res, { type: PROBLEM_TYPES.internal, title: 'Internal server error', status: 500, detail: 'the request failed unexpectedly; see the server log for the request id' });
};

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, { type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404, detail: `no route for ${req.method} ${req.path}` });
};
