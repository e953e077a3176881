// Wiring for the service: opens the store (migrating it), builds the API router (/v1/review) and the
// web page router (/review) for createApp's `routers` option, runs the retention purge on start
// and hourly, and writes the refused-key audit counts of each ended minute every minute.
//
//   const review = await openReview({ scorer, pool: batchPool });
//   const app = createApp({ scorer, config, logger, routers: review.routers, batchPool });
//   … on shutdown, after draining: await review.close();  (writes held-back refused-key audit counts first)
import type { Router } from 'express';
import { reviewConfig, type ReviewConfig } from './config.js';
import { ReviewStore } from './store/index.js';
import { createReviewApiRouter, type ReviewPool, type ReviewScorer } from './http/router.js';
import { escalatedNotice, runRetention, type RetentionRun } from './retention-run.js';
import { createReviewWebRouter } from './web/router.js';
import { FailedKeyAudit, loginFailedAudit } from './http/failed-key-audit.js';
import { FailedAuthThrottle } from '../service/throttle.js';
import { reviewOpenApi } from './http/openapi.js';
import type { OpenApiFragment } from '../service/openapi.js';
import { loggedError } from '../service/error-log.js';

/**
 * A router for createApp's `routers` option. `auth: 'none'` tells the app not to apply its static
 * NETRA_API_KEYS check: the review routers authenticate with their own role-based keys.
 */
export interface ReviewRouter {
  path: string;
  router: Router;
  auth: 'none';
  openapi?: OpenApiFragment;
}

export interface ReviewMount {
  store: ReviewStore;
  routers: ReviewRouter[];
  /** Runs the retention purge now; returns the number of items whose text was purged. */
  purge(): Promise<number>;
  close(): Promise<void>;
}

/** Where the routers audit refused keys (aggregated): held here so a shutdown can flush them. */
export interface RefusedKeyAudits {
  /** The API's refused keys, and both the API's and the pages' refused roles (`role_refused`). */
  api: FailedKeyAudit;
  login: FailedKeyAudit;
}

export function refusedKeyAudits(store: ReviewStore): RefusedKeyAudits {
  return { api: new FailedKeyAudit(store.rdb), login: loginFailedAudit(store.rdb) };
}

/** `pool`: the service's scoring workers, which long posts added to the queue are scored on while they run. */
export function reviewRouters(store: ReviewStore, scorer: ReviewScorer, config: ReviewConfig, pool?: ReviewPool, audits: RefusedKeyAudits = refusedKeyAudits(store)): ReviewRouter[] {
  const throttle = new FailedAuthThrottle();
  return [
    {
      path: '/v1/review',
      router: createReviewApiRouter({ store, scorer, pool, maxBatch: config.maxBatch, maxTextLength: config.maxTextLength, retention: config, throttle, failedKeyAudit: audits.api }),
      auth: 'none',
      openapi: reviewOpenApi(config.maxTextLength, config.maxBatch),
    },
    { path: '/review', router: createReviewWebRouter({ store, throttle, loginAudit: audits.login, roleAudit: audits.api, retention: config }), auth: 'none' },
  ];
}

export async function openReview(opts: {
  scorer: ReviewScorer;
  pool?: ReviewPool;
  config?: ReviewConfig;
  log?: (msg: string) => void;
  warn?: (msg: string) => void;
  /** PostgreSQL ended an idle pooled connection (default: a warning through `warn`); the service keeps running. */
  onIdleConnectionError?: (err: Error & { code?: string }) => void;
  /** How often the refused-key counts of ended minutes are written (default 60 s; tests shorten it). */
  refusedKeyFlushMs?: number;
}): Promise<ReviewMount> {
  const config = opts.config ?? reviewConfig();
  const store = await ReviewStore.open({ url: config.databaseUrl, dataDir: config.dataDir, connectTimeoutMs: config.connectTimeoutMs, warn: opts.warn, log: opts.log, check: true, onIdleConnectionError: opts.onIdleConnectionError });
  opts.log?.(`review store: ${store.rdb.dialect} at ${store.rdb.where} (schema ${store.rdb.schema})`);
  // The open escalations past the normal period are named on start and whenever their number changes,
  // not every hour: enough for someone to act, without burying the log.
  let escalatedShown = 0;
  const retain = async (): Promise<RetentionRun> => (config.retentionDays > 0 ? runRetention(store, config) : { purged: 0, escalatedPastRetention: 0 });
  const purge = async (): Promise<number> => (await retain()).purged;
  const runPurge = () =>
    retain().then(
      (run) => {
        if (run.purged > 0) opts.log?.(`review retention: purged text of ${run.purged} items`);
        if (run.escalatedPastRetention !== escalatedShown) {
          const notice = escalatedNotice(run, config);
          if (notice) opts.warn?.(`review retention: ${notice}`);
          else opts.log?.('review retention: no escalated item is open longer than NETRA_RETENTION_DAYS now');
        }
        escalatedShown = run.escalatedPastRetention;
      },
      (err) => {
        const e = loggedError(err);
        opts.log?.(`review retention failed: ${e.name}${e.code ? ` ${e.code}` : ''}${e.message ? `: ${e.message}` : ''}`);
      },
    );
  await runPurge();
  const timer = setInterval(runPurge, 3600_000);
  timer.unref();
  const audits = refusedKeyAudits(store);
  const auditWarning = (when: string) => (err: unknown) => {
    const e = loggedError(err);
    opts.warn?.(`refused-key audit rows not written ${when}: ${e.name}${e.code ? ` ${e.code}` : ''}`);
  };
  // Counts held in memory are lost with the process: written each minute, a crash loses two at most.
  let flushing: Promise<unknown> | undefined; // one write at a time: a slow store skips a tick, not piles them up
  const flushTimer = setInterval(() => {
    flushing ??= Promise.all([audits.api, audits.login].map((audit) => audit.flushEnded().catch(auditWarning('for an ended minute')))).finally(() => {
      flushing = undefined;
    });
  }, opts.refusedKeyFlushMs ?? 60_000);
  flushTimer.unref();
  return {
    store,
    routers: reviewRouters(store, opts.scorer, config, opts.pool, audits),
    purge,
    close: async () => {
      clearInterval(timer);
      clearInterval(flushTimer);
      await flushing; // a periodic write still running must not meet a closed store
      // Refused keys counted but not yet written (aggregation) would be lost with the process.
      for (const audit of [audits.api, audits.login]) await audit.flush().catch(auditWarning('at shutdown'));
      await store.close();
    },
  };
}
