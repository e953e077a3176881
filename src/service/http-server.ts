// The HTTP server around the app. Node answers an HTTP/1.1 request without a Host header itself, with
// a bare 400 and no body, before the app sees it; it is let through to the app instead (hostRequired),
// which answers it as a problem with a request id, as it answers every other refusal.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { RequestHandler } from 'express';
import { ProblemError, PROBLEM_TYPES } from './problem.js';

export function createHttpServer(app: RequestListener): Server {
  return createServer({ requireHostHeader: false }, app);
}

/** HTTP/1.1 requires a Host header (RFC 9112 §3.2): a request without one is malformed. */
export const hostRequired: RequestHandler = (req, _res, next) => {
  if (req.headers.host !== undefined || req.httpVersion !== '1.1') return next();
  const problem = { type: PROBLEM_TYPES.malformedRequest, title: 'Bad Request', status: 400, detail: 'an HTTP/1.1 request needs a Host header', errors: [{ field: '(headers)', message: 'Host is required' }] };
  next(new ProblemError(problem, { Connection: 'close' }));
};
