// GET /metrics: Prometheus text exposition.
import { Router } from 'express';
import { METRICS_CONTENT_TYPE, type Metrics } from '../metrics.js';

export function metricsRouter(metrics: Metrics): Router {
  const router = Router();
  router.get('/metrics', (_req, res) => {
    res.set('Content-Type', METRICS_CONTENT_TYPE).set('Cache-Control', 'no-store').send(metrics.render());
  });
  return router;
}
