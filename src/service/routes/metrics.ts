// GET /metrics: Prometheus text exposition, behind `auth` (the scoring key check, or none when
// NETRA_METRICS_OPEN): request counts, scores by label and store errors are the service's to read.
import { Router, type RequestHandler } from 'express';
import { METRICS_CONTENT_TYPE, type Metrics } from '../metrics.js';

export function metricsRouter(metrics: Metrics, auth: RequestHandler): Router {
  const router = Router();
  router.get('/metrics', auth, (_req, res) => {
    res.set('Content-Type', METRICS_CONTENT_TYPE).set('Cache-Control', 'no-store').send(metrics.render());
  });
  return router;
}
