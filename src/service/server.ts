// Service entry (`npm start`): read the configuration, load the scoring core, serve, and shut down
// gracefully on SIGTERM/SIGINT (in-flight requests finish; a second signal exits at once). SIGHUP
// reloads nothing: it is logged and ignored.
import { inviteBodiesWhenRead } from './read-body.js';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logging.js';
import { createApp } from './app.js';
import { Health } from './health.js';
import { Metrics } from './metrics.js';
import { gracefulShutdown, trackConnections } from './shutdown.js';
import { answerClientErrors } from './client-error.js';
import { createHttpServer } from './http-server.js';
import { BatchPool } from './batch-pool.js';
import { errorCode, loggedError } from './error-log.js';
import { listenConfigProblem, listenTemporaryProblem } from './listen-error.js';
import { tryListen } from './port-check.js';
import { reviewConfig as readReviewConfig, ReviewConfigError } from '../review/config.js';

async function main(): Promise<void> {
  // The review queue's settings too, before the model loads: a bad one is a configuration error
  // (exit 2) like the service's own, not a failure found after start-up. Every bad one is named.
  const problems: string[] = [];
  const collect = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (err) {
      if (!(err instanceof ConfigError || err instanceof ReviewConfigError)) throw err;
      problems.push(...err.problems);
      return undefined;
    }
  };
  const config = collect(loadConfig);
  const reviewSettings = collect(readReviewConfig);
  if (!config || !reviewSettings) {
    // NETRA_MAX_TEXT_LENGTH is read by both: name each variable once
    const once = problems.filter((p, i) => problems.findIndex((q) => q.split(':')[0] === p.split(':')[0]) === i);
    console.error(`netra service: invalid configuration: ${once.join('; ')}`);
    process.exit(2);
  }
  const logger = createLogger(config);
  process.on('uncaughtException', (err) => {
    logger.fatal({ err: loggedError(err) }, 'uncaught exception');
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: { name: (reason as Error)?.name ?? typeof reason } }, 'unhandled rejection');
    process.exit(1);
  });

  // Operators send HUP expecting a reload; Node's default ended the service at once (exit 129), with
  // no drain and no word. netra reads its configuration, model and election configs only at start,
  // and stopping on a signal meant as a reload would take the service down: say so and keep serving
  // (from here on, while the model loads too).
  process.on('SIGHUP', () => {
    logger.warn({ signal: 'SIGHUP' }, 'SIGHUP received: netra does not reload its configuration; restart it (SIGTERM, then start) to load a new election config, model or setting');
  });

  const { apiKeys, elections, ...shown } = config;
  logger.info({ config: { ...shown, apiKeys: apiKeys.length } }, 'starting'); // the configs' ids are in 'scorer ready'
  // Positions from 1, as the configuration's messages name keys; never the keys themselves.
  const expired = apiKeys.flatMap((k, i) => (typeof k !== 'string' && Date.parse(k.expiresAt) <= Date.now() ? [i + 1] : []));
  if (expired.length) logger.warn({ keys: expired }, 'NETRA_API_KEYS: these keys have expired already and are refused; remove them');
  const listenFailed = (err: NodeJS.ErrnoException): never => {
    logger.fatal({ err: { name: err.name, code: err.code, message: err.message } }, 'server error');
    // An address that cannot be used (HOST) or a port taken (PORT) is bad configuration: exit 2, as before the model loads.
    const problem = listenConfigProblem(err, config);
    if (problem) console.error(`netra service: invalid configuration: ${problem}`);
    // A name the resolver could not look up just now is a failure (exit 1), not bad configuration.
    const temporary = problem ? undefined : listenTemporaryProblem(err, config);
    if (temporary) console.error(`netra service: cannot listen: ${temporary}`);
    process.exit(problem ? 2 : 1);
  };
  // Before the model loads and the review store is made: a taken port used to leave a new store behind.
  const cannotListen = await tryListen(config.port, config.host);
  if (cannotListen) listenFailed(cannotListen);
  const importStart = performance.now();
  // Imported here, after the configuration is known to be valid.
  const { createScorer } = await import('../pipeline/create.js');
  const loadStart = performance.now();
  // ELECTIONS_DIR's configs as loadConfig checked them: not read a second time.
  const scorer = await createScorer({ model: config.model, electionsDir: config.electionsDir, elections, log: (msg) => logger.debug(msg) });
  logger.info(
    {
      backend: scorer.backend,
      model: scorer.model.spec.version,
      modelDir: scorer.model.dir,
      elections: scorer.elections.map((e) => e.id),
      importMs: Math.round(loadStart - importStart),
      loadMs: Math.round(performance.now() - loadStart),
    },
    `scorer ready (inference: ${scorer.backend})`,
  );
  // The words the features read (slang, lexicon, name and phrase lists) changed since training: say so once.
  const drift = (await import('../text/resources.js')).changedResources(scorer.model.metadata);
  if (drift.length) logger.warn({ model: scorer.model.spec.version, changed: drift }, 'text resources changed since the model was trained; scores may differ from its evaluation (retrain, or restore the files)');

  const health = new Health();
  const metrics = new Metrics();
  const batchPool = new BatchPool(config.scoreWorkers, { model: config.model, electionsDir: config.electionsDir, maxTextLength: config.maxTextLength });
  // Review queue (/v1/review, /review): its own store and role-based API keys; see docs/review.md. Its
  // long posts are scored on the batch workers too, once they run.
  const { openReview } = await import('../review/mount.js');
  const { idleConnectionMessage } = await import('../review/db/open.js');
  const review = await openReview({
    scorer,
    pool: batchPool,
    config: reviewSettings,
    log: (msg) => logger.info(msg),
    warn: (msg) => logger.warn(msg),
    onIdleConnectionError: (err) => {
      metrics.recordReviewStoreError(errorCode(err));
      logger.warn({ err: { code: errorCode(err) } }, idleConnectionMessage(err));
    },
  });
  const app = createApp({ scorer, config, logger, metrics, health, routers: review.routers, batchPool });
  const server = createHttpServer(app).listen(config.port, config.host);
  trackConnections(server);
  answerClientErrors(server, logger);
  inviteBodiesWhenRead(server); // "Expect: 100-continue" is answered by the route, with its own body limit
  server.on('error', listenFailed);
  server.on('listening', () => {
    const addr = server.address() as AddressInfo;
    logger.info({ host: addr.address, port: addr.port, startupMs: Math.round(process.uptime() * 1000) }, 'listening');
    // Open scoring is the default so that `npm start` works at once; say so where operators look.
    if (apiKeys.length === 0) {
      logger.warn({ host: addr.address, port: addr.port }, 'scoring is open: NETRA_API_KEYS is empty, so anyone who can reach this address can score posts and read /metrics, the model thresholds and the configured elections; set NETRA_API_KEYS to require a key');
    }
    // Batch workers start after listening: until they are ready, batches are scored inline.
    void batchPool.start((msg, err) => (err ? logger.warn({ err: { name: err.name, message: err.message } }, msg) : logger.info(msg)));
    // tfjs is not needed to score; on request, choose its backend after start-up so /v1/model can report it.
    if (config.loadTfjs)
      void import('../model/backend.js')
        .then((m) => m.initBackend((msg) => logger.info(msg)))
        .catch((err: Error) => logger.warn({ err: { name: err.name, message: err.message } }, 'tfjs backend unavailable')); // says which backend and why; holds no post text
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    gracefulShutdown(server, { health, logger, timeoutMs: config.shutdownTimeoutMs }).then(({ forced, ms }) => {
      logger.info({ forced, ms }, 'stopped');
      // Exit explicitly: the wasm backend keeps handles open. review.close() writes the refused-key
      // audit counts still held (after the drain, so no request adds to them meanwhile).
      logger.flush?.();
      void Promise.allSettled([review.close(), batchPool.close()]).finally(() => process.exit(forced ? 1 : 0));
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: Error) => {
  console.error(`netra service: failed to start: ${err.message}`);
  process.exit(1);
});
