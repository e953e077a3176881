// POST /v1/score and POST /v1/score/batch: validate, then call the one scoring core (Scorer.score),
// exactly as the CLI does. The service only adds an id when the caller gave none. Batches go to the
// worker pool when it is running (see batch-pool.ts), else are scored here in slices.
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Router, type RequestHandler } from 'express';
import type { Scorer, ScoreResult } from '../../pipeline/scorer.js';
import type { ServiceConfig } from '../config.js';
import type { Metrics } from '../metrics.js';
import type { BatchPool, PoolItem } from '../batch-pool.js';
import { outcomeParts } from '../../batch/outcome.js';
import { jsonBody } from '../body.js';
import { methodNotAllowed, ProblemError, PROBLEM_TYPES, unknownElectionProblem, validationProblem } from '../problem.js';
import { batchRequestSchema, fieldErrors, idSchema, scoreRequestSchema, type ScoreRequest } from '../validation.js';

/** Items scored between yields to the event loop, so one big batch does not stall other requests. */
const BATCH_SLICE = 100;
/** Characters above which a single post goes to the worker pool (tweets and most captions stay inline). */
export const LONG_POST = 2000;

export interface BatchItemError {
  index: number;
  id?: string;
  error: ProblemError['problem'];
}

export function scoreRouter(scorer: Scorer, config: ServiceConfig, metrics: Metrics, auth: RequestHandler, pool?: BatchPool): Router {
  const router = Router();
  const itemSchema = scoreRequestSchema(config);
  const batchSchema = batchRequestSchema(config);
  const body = jsonBody(config.bodyLimitBytes);
  const known = scorer.elections.map((e) => e.id);
  // Answers carry fragments of the post (evidence phrases, mentions): no cache may keep them.
  const noStore: RequestHandler = (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  };

  /** Validated request or the problem describing why not; `prefix` names fields inside a batch. */
  function check(value: unknown, prefix = ''): { ok: true; input: ScoreRequest } | { ok: false; problem: ProblemError } {
    const parsed = itemSchema.safeParse(value);
    if (!parsed.success) return { ok: false, problem: validationProblem(fieldErrors(parsed.error, prefix)) };
    const input = parsed.data;
    if (input.election !== undefined && !scorer.hasElection(input.election)) {
      return { ok: false, problem: unknownElectionProblem(prefix ? `${prefix}.election` : 'election', input.election, known) };
    }
    return { ok: true, input };
  }

  function score(input: ScoreRequest): ScoreResult {
    const result = scorer.score({ text: input.text, id: input.id ?? randomUUID(), election: input.election, postedAt: input.postedAt });
    metrics.recordScore(result.level, result.label);
    return result;
  }

  router.post('/v1/score', noStore, auth, ...body, async (req, res) => {
    const checked = check(req.body);
    if (!checked.ok) throw checked.problem;
    res.locals.items = 1;
    // A long post of words never seen before costs tens of milliseconds of stemming, enough to stall
    // every other request: such posts are scored on the worker pool when it runs (the same JSON).
    if (pool?.ready && checked.input.text.length > LONG_POST) {
      const json = await scoreOnePooled(checked.input, pool).catch((err: Error) => {
        req.log?.warn({ err: { name: err.name, message: err.message } }, 'scoring worker failed; scoring inline');
        return undefined;
      });
      if (json !== undefined) {
        res.type('application/json').send(json);
        return;
      }
    }
    res.json(score(checked.input));
  });

  /** A validated item for the worker pool, with the id the service gives when the caller gave none. */
  function poolItem(index: number, input: ScoreRequest): PoolItem {
    const { text, id, election, postedAt } = input;
    return { index, text, id: id ?? randomUUID(), ...(election !== undefined ? { election } : {}), ...(postedAt !== undefined ? { postedAt } : {}) };
  }

  /** Scores counted by the workers, into /metrics. */
  function recordOutcomes(outcomes: Record<string, number>): void {
    for (const [outcome, n] of Object.entries(outcomes)) {
      const { level, label } = outcomeParts(outcome);
      metrics.recordScore(level, label, n);
    }
  }

  /** One post's result JSON from the pool, or undefined when the worker could not score it. */
  async function scoreOnePooled(input: ScoreRequest, batchPool: BatchPool): Promise<Buffer | undefined> {
    const scored = await batchPool.score([poolItem(0, input)]);
    const json = scored.runs[0]?.json ?? scored.json.get(0);
    if (json === undefined) return undefined;
    recordOutcomes(scored.outcomes);
    return Buffer.from(json);
  }

  /** The error entry standing in for a refused item. */
  function itemError(items: unknown[], index: number, problem: ProblemError['problem']): BatchItemError {
    const item = items[index] as { id?: unknown } | null;
    // Only an id the rules accept is echoed: a refused one could be blank or as long as the body.
    const id = item && typeof item === 'object' && idSchema.safeParse(item.id).success ? (item.id as string) : undefined;
    metrics.batchItemErrors.inc({ status: String(problem.status) });
    return { index, ...(id !== undefined ? { id } : {}), error: problem };
  }

  router.post('/v1/score/batch', noStore, auth, ...body, async (req, res) => {
    const envelope = batchSchema.safeParse(req.body);
    if (!envelope.success) throw validationProblem(fieldErrors(envelope.error));
    const items = envelope.data.items;
    res.locals.items = items.length;
    // Every item is validated (and a refused one counted) once, whichever way the batch is scored.
    const checks = items.map((item, i) => check(item, `items[${i}]`));
    const refused = checks.map((c, i) => (c.ok ? undefined : itemError(items, i, c.problem.problem)));
    if (pool?.ready) {
      const body = await scorePooled(items, checks, refused, pool).catch((err: Error) => {
        req.log?.warn({ err: { name: err.name, message: err.message } }, 'batch workers failed; scoring inline');
        return undefined;
      });
      if (body !== undefined) {
        res.type('application/json').send(body);
        return;
      }
    }
    const results: (ScoreResult | BatchItemError)[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      if (i > 0 && i % BATCH_SLICE === 0) {
        await yieldToLoop();
        if (res.destroyed || req.socket.destroyed) return; // the client went away; stop spending CPU on it
      }
      const c = checks[i];
      results[i] = c.ok ? score(c.input) : refused[i]!;
    }
    res.json({ results });
  });

  /** The batch response body with scoring done on the worker threads; same JSON as inline scoring. */
  async function scorePooled(items: unknown[], checks: ReturnType<typeof check>[], refused: (BatchItemError | undefined)[], batchPool: BatchPool): Promise<Buffer> {
    const parts: string[] = new Array(checks.length);
    const valid: PoolItem[] = [];
    checks.forEach((c, i) => {
      if (!c.ok) {
        parts[i] = JSON.stringify(refused[i]);
        return;
      }
      valid.push(poolItem(i, c.input));
    });
    const scored = await batchPool.score(valid);
    for (const [index, json] of scored.json) parts[index] = json;
    for (const f of scored.failures) {
      const problem = { type: PROBLEM_TYPES.internal, title: 'Scoring failed', status: 500, detail: f.reason, errors: [{ field: `items[${f.index}]`, message: 'could not be scored' }] };
      parts[f.index] = JSON.stringify(itemError(items, f.index, problem));
    }
    recordOutcomes(scored.outcomes);
    // Runs of scored items stay the workers' UTF-8 bytes; only the entries between them are encoded.
    const body: Uint8Array[] = [];
    let text = '{"results":[';
    let run = 0;
    for (let i = 0; i < parts.length; ) {
      if (i > 0) text += ',';
      const r = scored.runs[run];
      if (r !== undefined && r.first === i) {
        body.push(Buffer.from(text), r.json);
        text = '';
        i += r.count;
        run++;
      } else text += parts[i++];
    }
    body.push(Buffer.from(`${text}]}`));
    return Buffer.concat(body);
  }

  // The scoring paths exist, just not for other methods: say so (405 + Allow) rather than 404.
  // One route per path, so metrics and logs label it with the path.
  for (const path of ['/v1/score', '/v1/score/batch']) router.all(path, methodNotAllowed('POST'));

  return router;
}
