// The app factory: builds the Express app around an already loaded scorer. Extra routers (e.g. the
// review queue) mount through `routers` and get the same request ids, logging, metrics, auth and
// problem+json errors without changes here.
import express, { type Express, type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Scorer } from '../pipeline/scorer.js';
import type { ServiceConfig } from './config.js';
import { requestContext, type Logger } from './logging.js';
import { Metrics } from './metrics.js';
import { Health } from './health.js';
import { ApiKeys, apiKeyAuth, type AuthMode } from './auth.js';
import { FailedAuthThrottle } from './throttle.js';
import { methodNotAllowed, notFoundHandler, problemHandler } from './problem.js';
import { openApiDocument, withFragments, type OpenApiFragment } from './openapi.js';
import { healthRouter } from './routes/health.js';
import { metricsRouter } from './routes/metrics.js';
import { openApiRouter } from './routes/openapi.js';
import { catalogRouter } from './routes/catalog.js';
import { scoreRouter } from './routes/score.js';
import type { BatchPool } from './batch-pool.js';
import { hostRequired } from './http-server.js';
import { securityHeaders } from './security-headers.js';

export interface ExtraRouter {
  /** Mount path, e.g. "/v1/review". */
  path: string;
  router: Router;
  /**
   * API-key policy for everything under `path`. Default `required`: routes that read or write stored
   * posts always need a key (and answer 503 when NETRA_API_KEYS is empty). Use `optional` to follow the
   * scoring policy, `none` for open routes.
   */
  auth?: AuthMode;
  /** Its part of GET /openapi.json: paths relative to `path`, component schemas, a tag. */
  openapi?: OpenApiFragment;
}

export interface AppOptions {
  scorer: Scorer;
  config: ServiceConfig;
  logger: Logger;
  /** Shared metrics registry; a new one when absent. */
  metrics?: Metrics;
  /** Readiness state (the server entry flips it when draining); a new one when absent. */
  health?: Health;
  routers?: ExtraRouter[];
  /** Worker threads for POST /v1/score/batch; batches are scored inline without one (or until it is ready). */
  batchPool?: BatchPool;
  /** Failed NETRA_API_KEYS keys per client address (the review queue keeps its own); a new one when absent. */
  throttle?: FailedAuthThrottle;
}

/** What mounted routers can reach through `req.app.locals.netra`. */
export interface AppContext {
  scorer: Scorer;
  config: ServiceConfig;
  metrics: Metrics;
  health: Health;
  apiKeys: ApiKeys;
}

/** Paths served only by GET (and the HEAD express derives from it). */
const READ_ONLY_PATHS = ['/v1/model', '/v1/elections', '/healthz', '/readyz', '/metrics', '/openapi.json'];

/**
 * `Connection: close` on every response whose headers go out after draining began, including requests
 * already in flight then, so keep-alive clients move on; and on every answer given before the request's
 * body was read (a 401, 404 or 405, a page POST that is no form, a route that takes no body): Node would
 * read the rest of the upload to drop it and keep the connection, so a client could stream without end.
 * Decided when the headers are written, not when the request arrives (res.end() writes them through
 * writeHead too).
 */
function closeConnectionWhenDone(health: Health): RequestHandler {
  return (req, res, next) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: unknown[]) {
      if (!this.headersSent && (health.isDraining || bodyStillArriving(req))) this.setHeader('Connection', 'close');
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as Response['writeHead'];
    next();
  };
}

/** Whether the request declares a body that has not fully arrived (and so is not going to be read). */
function bodyStillArriving(req: Request): boolean {
  return !req.complete && (req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0);
}

export function createApp({ scorer, config, logger, metrics = new Metrics(), health = new Health(), routers = [], batchPool, throttle = new FailedAuthThrottle() }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy); // the client address the failed-key throttles count
  metrics.setModel(scorer.model.spec.version, scorer.backend);
  metrics.setReadiness(() => health.ready);
  metrics.setBatchWorkers(() => batchPool?.activeThreads ?? 0);
  const apiKeys = new ApiKeys(config.apiKeys);
  const context: AppContext = { scorer, config, metrics, health, apiKeys };
  app.locals.netra = context;

  // nosniff, a CSP that runs and frames nothing, no referrer: first, so errors of the middleware below carry them too.
  app.use(securityHeaders);
  app.use(requestContext(logger));
  app.use(hostRequired); // the server lets such requests through to be answered here (http-server.ts)
  app.use(metrics.middleware());
  app.use(closeConnectionWhenDone(health));

  // Each router would answer OPTIONS on its GET paths itself (200 text/plain "GET, HEAD"): 405 first.
  // One route per path: with an array the matched route's path is the array, and metrics and logs
  // could not name it (it was labelled "unmatched").
  for (const path of READ_ONLY_PATHS) app.options(path, methodNotAllowed('GET, HEAD'));
  app.use(healthRouter(health, scorer, batchPool));
  // Keys for anything that reads or decides: the catalog (thresholds, configured elections) and
  // scoring take the scoring keys, and so does /metrics unless a private scraper needs it open. The
  // probes stay open for orchestrators, and the OpenAPI document, the contract that says how to send a
  // key, holds no election, threshold or post.
  const scoringAuth = apiKeyAuth(apiKeys, 'optional', throttle);
  app.use(metricsRouter(metrics, config.metricsOpen ? apiKeyAuth(apiKeys, 'none') : scoringAuth));
  app.use(openApiRouter(withFragments(openApiDocument(config, scorer.model.spec.version), routers)));
  app.use(catalogRouter(scorer, scoringAuth));
  app.use(scoreRouter(scorer, config, metrics, scoringAuth, batchPool));
  // The read-only paths exist, just not for other methods: 405 + Allow rather than 404, like scoring.
  for (const path of READ_ONLY_PATHS) app.all(path, methodNotAllowed('GET, HEAD'));
  for (const extra of routers) {
    app.use(
      extra.path,
      (_req, res, next) => {
        // The configured path, not req.baseUrl: routing ignores case, and a label per spelling of the
        // path ("/V1/ReView") would let anyone grow /metrics and the logs without bound.
        res.locals.routeBase = extra.path;
        next();
      },
      apiKeyAuth(apiKeys, extra.auth ?? 'required', throttle),
      extra.router,
    );
  }

  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}
