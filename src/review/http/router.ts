// The review API, mounted at /v1/review. Every route needs an API key; roles per route:
//   analyst     POST /items, GET /items, GET /items/:id, POST /items/:id/notes, GET /stats
//   supervisor  POST /items/:id/assign, POST /items/:id/decision, GET /export, GET /items/:id/export
//   admin       DELETE /items/:id, GET|POST /keys, DELETE /keys/:id, POST /retention/purge, GET /audit, GET /audit/:id/items
// Answers that hand out post text are audited: `read` (a page of items, an item, an assignment's
// answer, which is the item) and `export`; see store/reads.ts.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import express, { type Request, type Router } from 'express';
import type { ScoreInput, ScoreResult } from '../../pipeline/scorer.js';
import type { ReviewStore } from '../store/index.js';
import { exportCsvOptions, headOnly, isExportFormat, sendDecisionsExport } from './export.js';
import { createKey, listKeys, revokeKey } from '../keys.js';
import { jsonBody } from '../../service/body.js';
import { noRouteDetail, refuseOtherMethods } from '../../service/problem.js';
import { actorOf } from '../roles.js';
import { authenticate, principalOf, requireRole } from './auth.js';
import { FailedAuthThrottle } from '../../service/throttle.js';
import { FailedKeyAudit } from './failed-key-audit.js';
import { UnknownElectionError } from '../../pipeline/scorer.js';
import { badRequest, exportsBusy, notFound, problemHandler, refused, unknownElection } from './problem.js';
import { assignSchema, auditItemsQuery, auditQuery, decisionSchema, deleteQuery, exportQuery, givenParams, keySchema, listQuery, noteSchema, parse, postSchemaFor, statsQuery, type PostBody } from './validate.js';
import { DEFAULT_MAX_TEXT_LENGTH } from '../../pipeline/limits.js';
import { LONG_POST } from '../../service/routes/score.js';
import { ITEMS_NOT_ARRAY } from '../../service/validation.js';
import { postedAtWarnings } from './future-posted-at.js';
import { auditSeqOf } from '../audit-seq.js';
import { runRetention, type RetentionSettings } from '../retention-run.js';
import { itemAnswer, recordItemAnswer } from './purge-due-answer.js';
import { resolveAssignee } from '../assignees.js';
import { refuseUndecodableQuery } from './query-encoding.js';
import { scoreInlineOnFailure } from '../../service/worker-failure-log.js';

export interface ReviewScorer {
  score(input: ScoreInput): ScoreResult;
  /** The elections it knows, listed in an unknown election's 422 as /v1/score lists them. */
  readonly elections?: readonly { id: string }[];
}

/** The service's scoring workers (src/service/batch-pool.ts's BatchPool), which long posts are scored on. */
export interface ReviewPool {
  /** Whether the workers run now (not while they start, after they failed, or with none configured). */
  readonly ready: boolean;
  readonly threads: number;
  /** As ReviewScorer.score, on a worker; undefined when the worker refused the post (score it inline). */
  scorePost(input: ScoreInput): Promise<ScoreResult | undefined>;
}

export interface ReviewRouterOptions {
  store: ReviewStore;
  scorer: ReviewScorer;
  /** Posts over LONG_POST characters are scored on it while it is ready, as /v1/score does; else inline. */
  pool?: ReviewPool;
  maxBatch?: number;
  /** Longest post text in characters (NETRA_MAX_TEXT_LENGTH, as for /v1/score). */
  maxTextLength?: number;
  /** The retention settings POST /retention/purge runs with, and GET /items/:id states; unset or retentionDays 0: retention is disabled. */
  retention?: RetentionSettings;
  /** Shared with the web login, so both count failures from one address together. */
  throttle?: FailedAuthThrottle;
  /** Where refused keys (`key_failed`) and roles (`role_refused`) are audited; a new one, on the store, when absent. */
  failedKeyAudit?: FailedKeyAudit;
}

const id = (req: Request): string => String(req.params.id);

/** Every path of this router and the methods it serves (HEAD with GET), for the 405's Allow header. */
const ALLOWED_METHODS: [string, string][] = [
  ['/items', 'GET, HEAD, POST'],
  ['/items/:id', 'GET, HEAD, DELETE'],
  ['/items/:id/notes', 'POST'],
  ['/items/:id/assign', 'POST'],
  ['/items/:id/decision', 'POST'],
  ['/items/:id/export', 'GET, HEAD'],
  ['/export', 'GET, HEAD'],
  ['/stats', 'GET, HEAD'],
  ['/keys', 'GET, HEAD, POST'],
  ['/keys/:id', 'DELETE'],
  ['/retention/purge', 'POST'],
  ['/audit', 'GET, HEAD'],
  ['/audit/:id/items', 'GET, HEAD'],
];
/** The route a request is for, as a template (`GET /items/:id`): the URL itself is the client's text. */
const ROUTE_PATTERNS = ALLOWED_METHODS.map(([path]) => ({ path, re: new RegExp(`^${path.replace(/:id/g, '[^/]+')}/?$`, 'i') }));
function routeTemplate(req: Request): string {
  const method = /^(GET|HEAD|POST|DELETE|PUT|PATCH|OPTIONS)$/i.test(req.method) ? req.method.toUpperCase() : 'OTHER';
  return `${method} ${ROUTE_PATTERNS.find((p) => p.re.test(req.path))?.path ?? '(no such route)'}`;
}

export const REVIEW_BODY_LIMIT = 5 * 1024 * 1024;

/** Posts stored between yields to the event loop. */
const STORE_SLICE = 25;

export function createReviewApiRouter(opts: ReviewRouterOptions): Router {
  const { store, scorer } = opts;
  const maxBatch = opts.maxBatch ?? 500;
  const postSchema = postSchemaFor(opts.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH);
  const r = express.Router();
  // The scoring routes' strict JSON bodies (415 for another content type, invalid UTF-8 refused, 413
  // over the limit), on the routes that take one: a review batch may carry many posts, hence 5 MB.
  const body = jsonBody(REVIEW_BODY_LIMIT);
  // Answers carry posts, notes and decisions (personal data): no cache may keep a copy.
  r.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  const refusals = { log: opts.failedKeyAudit ?? new FailedKeyAudit(store.rdb), routeOf: routeTemplate };
  r.use(authenticate(store.rdb, opts.throttle ?? new FailedAuthThrottle(), refusals));
  r.use(refuseUndecodableQuery);
  /** Scores one post; an unknown election is a 422 naming its field (`items[2].election`). */
  const scoreOne = (p: PostBody, prefix: string): ScoreResult => {
    try {
      return scorer.score({ text: p.text, election: p.election, postedAt: p.postedAt });
    } catch (err) {
      if (err instanceof UnknownElectionError) throw unknownElection(prefix ? `${prefix}.election` : 'election', err, scorer.elections?.map((e) => e.id));
      throw err;
    }
  };
  const analyst = requireRole('analyst', refusals);
  const supervisor = requireRole('supervisor', refusals);
  const admin = requireRole('admin', refusals);

  r.post('/items', analyst, ...body, async (req, res) => {
    const body = req.body as unknown;
    // A body with `items` is a batch (a post has no such field): not an array is that, not a post missing its text.
    const batch = body !== null && typeof body === 'object' && !Array.isArray(body) && Object.hasOwn(body, 'items');
    if (batch && !Array.isArray((body as { items: unknown }).items)) throw badRequest({ field: 'items', message: ITEMS_NOT_ARRAY });
    if (batch) {
      // The envelope holds items only: a stray top-level "text" would otherwise be dropped unseen.
      const extra = Object.keys(body as object).filter((k) => k !== 'items');
      if (extra.length) throw badRequest(...extra.map((k) => ({ field: k, message: 'unknown field (a batch is {"items": […]} only)' })));
    }
    const raw: unknown[] = batch ? (body as { items: unknown[] }).items : [body];
    if (raw.length === 0) throw badRequest({ field: 'items', message: 'must not be empty' });
    if (raw.length > maxBatch) throw badRequest({ field: 'items', message: `must have at most ${maxBatch} posts` });
    const prefix = (i: number): string => (batch ? `items[${i}]` : '');
    const posts: PostBody[] = raw.map((p, i) => parse(postSchema, p, prefix(i)));
    // Score everything first, in input order, so one bad election fails the batch before anything is
    // stored, yielding to the event loop between posts: a long post of unseen words takes up to half a
    // second of stemming, and health checks and other requests must not wait for a batch of them. Long
    // posts go to the service's workers when they run, a few per worker ahead of the post scored next
    // (so the workers share them, other requests' work is not queued behind a whole body, and a client
    // gone stops the rest); a post a worker could not score is scored here, which names a bad election.
    const gone = (): boolean => res.destroyed || req.socket.destroyed;
    const pool = opts.pool?.ready ? opts.pool : undefined;
    const long = pool ? posts.flatMap((p, i) => (p.text.length > LONG_POST ? [i] : [])) : [];
    const ahead = new Map<number, Promise<ScoreResult | undefined>>();
    let sent = 0;
    const scored: { post: PostBody; result: ScoreResult }[] = [];
    for (let i = 0; i < posts.length; i++) {
      if (i > 0) {
        await yieldToLoop();
        if (gone()) return; // the client went away; nothing was stored
      }
      while (pool?.ready && sent < long.length && ahead.size < 2 * pool.threads) {
        const p = posts[long[sent]];
        const onWorker = pool.scorePost({ text: p.text, election: p.election, postedAt: p.postedAt }).catch(
          // Closed on purpose (the service stopped): nothing logged; the loop below gives up.
          scoreInlineOnFailure(req, 'scoring worker failed; scoring inline'),
        );
        ahead.set(long[sent++], onWorker);
      }
      const onWorker = ahead.get(i);
      ahead.delete(i);
      const fromWorker = onWorker && (await onWorker);
      // A forced stop closes the connection, then the pool: nothing more is scored after it.
      if (gone()) return;
      const result = fromWorker ?? scoreOne(posts[i], prefix(i));
      scored.push({ post: posts[i], result });
    }
    if (gone()) return;
    // One transaction for the whole batch: a store error stores none of it (the client may send it
    // again as it was), and `created`/`duplicates` say what was committed. SQLite writes are
    // synchronous under the await, so it yields every STORE_SLICE posts, inside the transaction too.
    const stored = await store.addMany(scored, actorOf(principalOf(req)), { yieldEvery: STORE_SLICE });
    const out = stored.map(({ item, created: isNew }, i) => ({
      id: item.id,
      created: isNew,
      status: item.status,
      label: item.label,
      risk: item.risk,
      level: item.level,
      ...postedAtWarnings(req, posts[i].postedAt, prefix(i) ? `${prefix(i)}.postedAt` : 'postedAt'),
    }));
    const created = out.filter((o) => o.created).length;
    res.status(created > 0 ? 201 : 200).json(batch ? { items: out, created, duplicates: out.length - created } : out[0]);
  });

  r.get('/items', analyst, async (req, res) => {
    // `?status=&level=` (empty) means no filter.
    const q = parse(listQuery, givenParams(req.query));
    const filters = { status: q.status, level: q.level, label: q.label, election: q.election, assignee: q.assignee };
    const paging = { cursor: q.cursor, limit: q.limit };
    // Handing out the items' text is audited (`read`); HEAD sends none, so it reads unaudited.
    const page = req.method === 'HEAD' ? await store.list(filters, paging) : await store.readPage(filters, paging, actorOf(principalOf(req)));
    // Each item with when its text is purged, as GET /items/:id: an open escalation counts from its first escalation.
    const escalations = await store.firstEscalations(page.items.filter((it) => it.status === 'escalated').map((it) => it.id));
    res.json({ ...page, items: page.items.map((it) => itemAnswer(it, escalations.get(it.id) ?? null, opts.retention)) });
  });

  r.get('/items/:id', analyst, async (req, res) => {
    const rec = req.method === 'HEAD' ? await store.record(id(req)) : await store.readItem(id(req), actorOf(principalOf(req)));
    if (!rec) throw notFound();
    res.json({ ...recordItemAnswer(rec, opts.retention), decisions: rec.decisions, notes: rec.notes, audit: rec.audit });
  });

  r.post('/items/:id/notes', analyst, ...body, async (req, res) => {
    const body = parse(noteSchema, req.body);
    res.status(201).json(await store.note(id(req), body, actorOf(principalOf(req))));
  });

  /** The reviewer key an assignee names, as its actor; a 400 naming assignee when it names none (or several). */
  const reviewerOf = async (given: string): Promise<string> => {
    const match = await resolveAssignee(store.rdb, given);
    if ('problem' in match) throw badRequest({ field: 'assignee', message: match.problem });
    return match.actor;
  };

  r.post('/items/:id/assign', supervisor, ...body, async (req, res) => {
    const body = parse(assignSchema, req.body);
    const p = principalOf(req);
    // Default: the caller; null unassigns; anyone else must be a reviewer's key (assignees.ts).
    const assignee = body.assignee === undefined ? actorOf(p) : body.assignee === null || body.assignee === actorOf(p) ? body.assignee : await reviewerOf(body.assignee);
    await store.assign(id(req), assignee, actorOf(p), { fromAssignee: body.fromAssignee });
    // The answer is the item, text included: a `read` as GET /items/:id is (an assignment that changed
    // nothing writes no `assign` row, so it would otherwise hand out the text unaudited), with when its
    // text is purged, as GET /items/:id gives it.
    const rec = await store.readItem(id(req), actorOf(p));
    if (!rec) throw notFound();
    res.json(recordItemAnswer(rec, opts.retention));
  });

  r.post('/items/:id/decision', supervisor, ...body, async (req, res) => {
    const body = parse(decisionSchema, req.body);
    const decision = await store.decide(id(req), body, actorOf(principalOf(req)));
    res.status(201).json(decision);
  });

  r.get('/items/:id/export', supervisor, async (req, res) => {
    const disposition = `attachment; filename="netra-item-${id(req)}.json"`;
    // HEAD: the headers a GET gets, without exporting (and so auditing) anything.
    if (req.method === 'HEAD') {
      if (!(await store.get(id(req)))) throw notFound();
      return void headOnly(res.set('Content-Disposition', disposition).type('application/json; charset=utf-8'));
    }
    const rec = await store.exportItem(id(req), actorOf(principalOf(req)));
    if (!rec) throw notFound();
    // The item as GET /items/:id gives it, with when its text is purged: a case file handed on says how long it holds.
    res.set('Content-Disposition', disposition).json({ ...rec, item: recordItemAnswer(rec, opts.retention) });
  });

  r.delete('/items/:id', admin, async (req, res) => {
    const { reason } = parse(deleteQuery, req.query);
    await store.delete(id(req), actorOf(principalOf(req)), reason);
    res.status(204).end();
  });

  r.get('/export', supervisor, async (req, res) => {
    const q = parse(exportQuery, req.query);
    const format = req.query.format ?? 'jsonl';
    if (!isExportFormat(format)) throw badRequest({ field: 'format', message: 'must be csv or jsonl' });
    const csv = exportCsvOptions(format, req.query);
    if ('problem' in csv) throw badRequest({ field: csv.field, message: csv.problem });
    const sent = await sendDecisionsExport(store, res, format, actorOf(principalOf(req)), { ...csv, window: { since: q.since, until: q.until } });
    if (sent === 'busy') throw exportsBusy();
  });

  r.get('/stats', analyst, async (req, res) => {
    parse(statsQuery, req.query);
    res.json(await store.stats());
  });

  r.get('/keys', admin, async (_req, res) => {
    res.json({ keys: await listKeys(store.rdb) });
  });

  r.post('/keys', admin, ...body, async (req, res) => {
    const body = parse(keySchema, req.body);
    const { key, info } = await createKey(store.rdb, body, actorOf(principalOf(req)));
    res.status(201).json({ ...info, key });
  });

  r.delete('/keys/:id', admin, async (req, res) => {
    const ok = await revokeKey(store.rdb, id(req), actorOf(principalOf(req)));
    if (!ok) throw notFound('key not found or already revoked');
    res.status(204).end();
  });

  r.post('/retention/purge', admin, async (req, res) => {
    const retention = opts.retention;
    if (!retention || retention.retentionDays <= 0) throw refused('retention is disabled (NETRA_RETENTION_DAYS=0)');
    res.json(await runRetention(store, retention, actorOf(principalOf(req))));
  });

  // The whole audit log, newest first: entries of no item (keys, bulk exports, queue pages read) and of
  // deleted items included. Reading it is not itself audited (see docs/review.md): it holds no post or
  // note text, and a row per page read would bury the changes the log is there for.
  r.get('/audit', admin, async (req, res) => {
    const q = parse(auditQuery, givenParams(req.query));
    res.json(await store.auditLog({ action: q.action, actor: q.actor, itemId: q.item, since: q.since, until: q.until }, { cursor: q.cursor, limit: q.limit }));
  });

  // The item ids one export entry held (seq as the log names it), for whose data left with one export
  // file: ids and whether each item is stored, purged or deleted, never text. Not audited, as the log itself.
  r.get('/audit/:id/items', admin, async (req, res) => {
    const q = parse(auditItemsQuery, givenParams(req.query));
    const seq = auditSeqOf(id(req));
    if (seq === undefined) throw notFound('audit entry not found');
    res.json(await store.entryItems(await store.exportEntry(seq), { cursor: q.cursor, limit: q.limit }));
  });

  // A known path asked with another method is a 405 naming the methods it takes, as on the scoring
  // routes; only paths this router does not have are 404.
  refuseOtherMethods(r, ALLOWED_METHODS);
  r.use((req, _res, next) => next(notFound(noRouteDetail(req.method, `${req.baseUrl}${req.path}`), '')));
  r.use(problemHandler);
  return r;
}
