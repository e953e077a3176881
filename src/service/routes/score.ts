// POST /v1/score and POST /v1/score/batch: validate, then call the one scoring core (Scorer.score),
// exactly as the CLI does, by the rules of batch-items.ts. Batches go to the worker pool when it is
// running (see batch-pool.ts: the workers parse the items too), else are scored here in slices.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Scorer, ScoreOptions } from '../../pipeline/scorer.js';
import type { ServiceConfig } from '../config.js';
import type { Metrics } from '../metrics.js';
import type { BatchPool, PooledBatch } from '../batch-pool.js';
import { outcomeParts } from '../../batch/outcome.js';
import { jsonBody, jsonBodyBytes, readJsonBody } from '../body.js';
import { duplicateKeysProblem, duplicatesByItem } from '../duplicate-keys.js';
import { methodNotAllowed, validationProblem } from '../problem.js';
import { batchRequestSchema, fieldErrors, type ScoreRequest } from '../validation.js';
import { itemRules, type BatchItemError, type ServiceScoreResult } from '../batch-items.js';
import { FUTURE_POSTED_AT } from '../future-posted-at.js';
import { scanBatchItems } from '../batch-scan.js';
import { scoreOptions } from '../written-param.js';
import { sendResult, sendResults } from '../result-body.js';
import { scoreInlineOnFailure } from '../worker-failure-log.js';

/** Items scored between yields to the event loop, so one big batch does not stall other requests. */
const BATCH_SLICE = 100;
/** Characters above which a single post goes to the worker pool (tweets and most captions stay inline); the review queue's POST /items uses it too. */
export const LONG_POST = 2000;

/** JSON that comes in parts (see PooledBatch), written one after the other in one corked write. */
function sendParts(res: Response, parts: readonly Uint8Array[]): void {
  let length = 0;
  for (const p of parts) length += p.length;
  res.type('application/json').set('Content-Length', String(length));
  res.cork();
  for (const p of parts) res.write(p);
  res.end();
  res.uncork();
}

export function scoreRouter(scorer: Scorer, config: ServiceConfig, metrics: Metrics, auth: RequestHandler, pool?: BatchPool): Router {
  const router = Router();
  const rules = itemRules(scorer, config);
  const batchSchema = batchRequestSchema(config);
  const body = jsonBody(config.bodyLimitBytes);
  const batchBytes = jsonBodyBytes(config.bodyLimitBytes);
  // Answers carry fragments of the post (evidence phrases, mentions): no cache may keep them.
  const noStore: RequestHandler = (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  };

  /** The connection is closed (the client left, or a forced stop closed it). */
  const gone = (req: Request, res: Response): boolean => res.destroyed || req.socket.destroyed;

  function score(input: ScoreRequest, options: ScoreOptions, prefix?: string): ServiceScoreResult {
    const result = rules.score(input, options, prefix);
    metrics.recordScore(result.level, result.label);
    if (result.warnings?.some((w) => w.type === FUTURE_POSTED_AT)) metrics.postedAtFuture.inc({});
    return result;
  }

  router.post('/v1/score', noStore, auth, ...body, async (req, res) => {
    const options = scoreOptions(req);
    const checked = rules.check(req.body);
    if (!checked.ok) throw checked.problem;
    res.locals.items = 1;
    // A long post of words never seen before costs tens of milliseconds of stemming, enough to stall
    // every other request: such posts are scored on the worker pool when it runs (the same JSON).
    if (pool?.ready && checked.input.text.length > LONG_POST) {
      const scored = await pool.scoreOne(req.body, options).catch(scoreInlineOnFailure(req, 'scoring worker failed; scoring inline'));
      if (scored !== undefined) {
        sendPooled(res, scored);
        return;
      }
      if (gone(req, res)) return; // a forced stop closed the connection, then the pool: score nothing more
    }
    sendResult(res, score(checked.input, options));
  });

  /** An answer scored on the workers: what they counted into /metrics, then its JSON. */
  function sendPooled(res: Response, scored: PooledBatch): void {
    for (const [status, n] of Object.entries(scored.refused)) metrics.batchItemErrors.inc({ status }, n);
    for (const [outcome, n] of Object.entries(scored.outcomes)) {
      const { level, label } = outcomeParts(outcome);
      metrics.recordScore(level, label, n);
    }
    if (scored.postedLater > 0) metrics.postedAtFuture.inc({}, scored.postedLater);
    sendParts(res, scored.body);
  }

  router.post('/v1/score/batch', noStore, auth, ...batchBytes, async (req, res) => {
    const options = scoreOptions(req);
    const raw: unknown = req.body;
    // On the workers, the event loop only finds where each item's bytes are (see batch-pool.ts); a body
    // of another shape than the scan reads (an escaped or repeated key) is read and scored here.
    const spans = pool?.ready && Buffer.isBuffer(raw) ? scanBatchItems(raw, config.maxBatchItems) : undefined;
    if (pool && spans) {
      res.locals.items = spans.count;
      const scored = await pool.score(raw as Buffer, spans, res.locals.requestId as string | undefined, options).catch(scoreInlineOnFailure(req, 'batch workers failed; scoring inline'));
      if (scored !== undefined) {
        sendPooled(res, scored);
        return;
      }
      if (gone(req, res)) return;
      // Not valid UTF-8 or JSON after all (the full read below says where), or the workers died.
    }
    const { value, duplicates } = readJsonBody(raw);
    // A key given twice inside an item refuses that item (as its other faults do); anywhere else
    // ("items" itself) the whole body, as a malformed envelope.
    const twice = duplicatesByItem(duplicates, ['items']);
    if (twice.other.length > 0) throw duplicateKeysProblem(twice.other);
    const envelope = batchSchema.safeParse(value);
    if (!envelope.success) throw validationProblem(fieldErrors(envelope.error));
    const items = envelope.data.items;
    res.locals.items = items.length;
    const results: (ServiceScoreResult | BatchItemError)[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      if (i > 0 && i % BATCH_SLICE === 0) {
        await yieldToLoop();
        if (gone(req, res)) return; // the client went away; stop spending CPU on it
      }
      const c = rules.check(items[i], `items[${i}]`, twice.inItems.get(i));
      if (c.ok) results[i] = score(c.input, options, `items[${i}]`);
      else {
        results[i] = rules.itemError(c.echoId === false ? undefined : items[i], i, c.problem.problem, res.locals.requestId as string | undefined);
        metrics.batchItemErrors.inc({ status: String(c.problem.problem.status) });
      }
    }
    sendResults(res, results);
  });

  // The scoring paths exist, just not for other methods: say so (405 + Allow) rather than 404.
  // One route per path, so metrics and logs label it with the path.
  for (const path of ['/v1/score', '/v1/score/batch']) router.all(path, methodNotAllowed('POST'));

  return router;
}
