// Structured logs with pino. Post text is never logged: access lines carry the request id, route,
// status, duration and sizes only, and known text-bearing fields are redacted as a second guard.
import { randomUUID } from 'node:crypto';
import { pino, type Logger, type DestinationStream } from 'pino';
import type { RequestHandler } from 'express';
import type { ServiceConfig } from './config.js';

declare global {
  namespace Express {
    interface Request {
      /** Request id: the caller's X-Request-Id when well-formed, else a fresh UUID. */
      id: string;
      /** Child logger bound to the request id. */
      log: Logger;
    }
  }
}

export type { Logger };

/** Paths redacted if anything ever logs a request body or a score input by mistake. */
const REDACT = ['text', '*.text', 'body', '*.body', 'items', '*.items', 'author', '*.author', 'req.headers.authorization', 'req.headers["x-api-key"]'];

export function createLogger(config: Pick<ServiceConfig, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'netra' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: '[redacted]' },
    },
    destination,
  );
}

const REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/**
 * The route template ("/v1/score", "/v1/review/:id") for metrics and logs; never the raw URL of an
 * unmatched request. Mounted routers record their mount path in res.locals.routeBase, because
 * req.baseUrl is reset when an error leaves the router.
 */
export function routeOf(req: { route?: { path?: unknown }; baseUrl?: string }, res: { locals: Record<string, unknown> }): string {
  const base = typeof res.locals.routeBase === 'string' ? res.locals.routeBase : (req.baseUrl ?? '');
  const p = req.route?.path;
  if (typeof p === 'string') return `${base}${p}` || '/';
  return typeof res.locals.routeBase === 'string' ? `${res.locals.routeBase}/*` : 'unmatched';
}

/** Assigns the request id (echoed as X-Request-Id), binds a child logger and writes one access line per request. */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    req.id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.log = logger.child({ reqId: req.id });
    res.locals.requestId = req.id;
    res.setHeader('X-Request-Id', req.id);
    const start = process.hrtime.bigint();
    // Once per request, as the metrics count it: when the response finishes, or when the connection
    // closes first (the client went away: `aborted`, with the status the response would have had).
    let logged = false;
    const access = (closedFirst: boolean): void => {
      if (logged) return;
      logged = true;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const line = {
        method: req.method,
        route: routeOf(req, res),
        status: res.statusCode,
        ms: Math.round(ms * 1000) / 1000,
        reqBytes: Number(req.get('content-length') ?? 0) || undefined,
        resBytes: Number(res.getHeader('content-length') ?? 0) || undefined,
        itemCount: res.locals.items as number | undefined,
        aborted: closedFirst ? true : undefined,
      };
      if (res.statusCode >= 500) req.log.error(line, 'request');
      else if (line.route === '/healthz' || line.route === '/readyz' || line.route === '/metrics') req.log.debug(line, 'request');
      else req.log.info(line, 'request');
    };
    res.on('finish', () => access(false));
    res.on('close', () => access(true));
    next();
  };
}
