// GET /healthz (liveness: the process answers) and GET /readyz (readiness: model loaded, not draining).
import { Router } from 'express';
import type { Health } from '../health.js';
import type { Scorer } from '../../pipeline/scorer.js';
import type { BatchPool } from '../batch-pool.js';
import { sendProblem, PROBLEM_TYPES } from '../problem.js';

export function healthRouter(health: Health, scorer: Scorer, batchPool?: BatchPool): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (!health.ready) {
      return sendProblem(res, {
        type: PROBLEM_TYPES.unavailable,
        title: 'Not ready',
        status: 503,
        detail: health.isDraining ? 'the service is shutting down' : 'the model is not loaded yet',
      }, { 'Retry-After': '1' });
    }
    res.json({
      status: 'ready',
      model: { version: scorer.model.spec.version, backend: scorer.backend },
      elections: scorer.elections.length,
      batchWorkers: batchPool?.activeThreads ?? 0, // 0: batches are scored inline
    });
  });
  return router;
}
