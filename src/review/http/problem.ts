// Errors from the review routes as RFC 9457 problem details, the same shape the service uses.
import type { ErrorRequestHandler } from 'express';
import { BadCursorError, ConflictError, NotFoundError } from '../store/index.js';
import { UnknownElectionError } from '../../pipeline/scorer.js';

export class HttpProblem extends Error {
  constructor(readonly status: number, readonly title: string, detail: string, readonly type = `urn:netra:problem:${title.toLowerCase().replace(/\s+/g, '-')}`, readonly headers: Record<string, string> = {}) {
    super(detail);
  }
}

export const unauthorized = (detail = 'an API key is required (Authorization: Bearer KEY or X-API-Key)') =>
  new HttpProblem(401, 'Unauthorized', detail, 'urn:netra:problem:unauthorized', { 'WWW-Authenticate': 'Bearer realm="netra-review"' });
export const tooManyFailures = (seconds: number) =>
  new HttpProblem(429, 'Too many requests', `too many invalid API keys from this address; try again in ${seconds} s`, 'urn:netra:problem:too-many-requests', { 'Retry-After': String(seconds) });
export const forbidden = (detail: string) => new HttpProblem(403, 'Forbidden', detail, 'urn:netra:problem:forbidden');
export const badRequest = (detail: string) => new HttpProblem(400, 'Bad request', detail, 'urn:netra:problem:validation');
export const notFound = (detail = 'item not found') => new HttpProblem(404, 'Not found', detail, 'urn:netra:problem:not-found');

/** Maps store errors to statuses; never echoes post text. */
export const problemHandler: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  let p: HttpProblem;
  if (err instanceof HttpProblem) p = err;
  else if (err instanceof NotFoundError) p = notFound(err.message);
  else if (err instanceof ConflictError) p = new HttpProblem(409, 'Conflict', err.message, 'urn:netra:problem:conflict');
  else if (err instanceof BadCursorError) p = badRequest('cursor is not valid');
  else if (err instanceof UnknownElectionError) p = new HttpProblem(422, 'Unknown election', err.message, 'urn:netra:problem:unknown-election');
  else if (err && typeof err === 'object' && 'type' in err && (err as { type: unknown }).type === 'entity.parse.failed') p = badRequest('body is not valid JSON');
  else if (err && typeof err === 'object' && 'type' in err && (err as { type: unknown }).type === 'entity.too.large') p = new HttpProblem(413, 'Body too large', 'request body is too large', 'urn:netra:problem:body-too-large');
  else {
    // Unexpected: report the class only; messages may carry data.
    process.stderr.write(`review: internal error ${(err as Error)?.name ?? typeof err}: ${(err as Error)?.stack?.split('\n')[1]?.trim() ?? ''}\n`);
    p = new HttpProblem(500, 'Internal error', 'internal error', 'urn:netra:problem:internal');
  }
  res.status(p.status).set(p.headers).type('application/problem+json').send(JSON.stringify({ type: p.type, title: p.title, status: p.status, detail: p.message }));
};
