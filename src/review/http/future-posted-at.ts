// POST /items scores each post as /v1/score does, so a postedAt in the future (past the clock-skew
// tolerance) gets the same `warnings` entry in its answer and the same count in the service's /metrics
// (src/service/future-posted-at.ts). The post is still queued with that time.
import type { Request } from 'express';
import type { AppContext } from '../../service/app.js';
import { futurePostedAtWarning, type ScoreWarning } from '../../service/future-posted-at.js';

/** The answer's `warnings` for a post's postedAt (`field` names it: `postedAt`, `items[3].postedAt`), counted; empty when none. */
export function postedAtWarnings(req: Request, postedAt: string | undefined, field: string): { warnings?: ScoreWarning[] } {
  const future = futurePostedAtWarning(postedAt, Date.now(), field);
  if (!future) return {};
  (req.app?.locals?.netra as AppContext | undefined)?.metrics?.postedAtFuture.inc({});
  return { warnings: [future] };
}
