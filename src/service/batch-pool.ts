// Batch scoring off the event loop: POST /v1/score/batch hands the bytes of its items (found by
// batch-scan.ts, not parsed) to worker threads in slices; each worker parses, checks and scores its
// slice with the route's own rules (batch-items.ts) and answers with that part of the response as
// UTF-8 JSON, which is spliced in as it is. The event loop neither parses the posts nor keeps them.
// The pool starts after the server listens, so start-up stays fast; until it is ready, after it
// fails, or with NETRA_SCORE_WORKERS=0, batches are scored inline.
import { PoolClosedError } from './pool-closed.js';
import { startPool, type ScoringPool } from '../batch/pool.js';
import type { SliceResult } from './batch-items.js';
import type { ItemSpans } from './batch-scan.js';
import type { ScoreInput, ScoreOptions, ScoreResult } from '../pipeline/scorer.js';

/** Items per message to a worker: big enough to amortize the hop, small enough to spread over workers. */
const CHUNK = 125;

/** A batch scored on the workers: the response body, and what to count in /metrics. */
export interface PooledBatch {
  /**
   * The body in parts, to be written one after the other: joining them would copy each batch's
   * answer once more, and every such buffer counts toward the main thread's next full collection.
   */
  body: Uint8Array[];
  /** Error entries by status. */
  refused: Record<string, number>;
  /** Scored items per `level label` pair. */
  outcomes: Record<string, number>;
  /** Scored items whose postedAt was in the future. */
  postedLater: number;
}

/**
 * Per-worker heap caps, so that the service with its workers stays under its RSS budget (the main
 * thread runs with --max-old-space-size=256). A worker's live heap — model, dictionaries, caches — is
 * ≈ 40 MB; without a cap V8 lets garbage pile up under sustained load.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

const utf8 = new TextEncoder(); // its own buffer each time (transferred), not Buffer's shared pool
const utf8Text = new TextDecoder();
const OPEN = Buffer.from('{"results":[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}');

function add(into: Record<string, number>, counts: Record<string, number>): void {
  for (const [k, v] of Object.entries(counts)) into[k] = (into[k] ?? 0) + v;
}

export class BatchPool {
  private pool?: ScoringPool;
  private failed = false;
  private closing = false;

  constructor(
    readonly threads: number,
    private readonly init: { model?: string; electionsDir?: string; maxTextLength: number },
  ) {}

  /** Starts the workers; resolves false (and stays inline) when they cannot start. */
  async start(log: (msg: string, err?: Error) => void): Promise<boolean> {
    if (this.threads <= 0) return false;
    try {
      this.pool = await startPool(this.threads, {
        model: this.init.model,
        electionsDir: this.init.electionsDir,
        items: { maxTextLength: this.init.maxTextLength },
        resourceLimits: WORKER_HEAP,
      });
      log(`batch scoring on ${this.threads} worker thread(s)`);
      return true;
    } catch (err) {
      this.failed = true;
      log('batch scoring workers unavailable; scoring batches inline', err as Error);
      return false;
    }
  }

  get ready(): boolean {
    return this.pool !== undefined && !this.failed && !this.closing;
  }

  /** close() was called: what waits on the workers is rejected with PoolClosedError. */
  get closed(): boolean {
    return this.closing;
  }

  /** Worker threads scoring batches now: 0 while they start, after they fail, or with none configured. */
  get activeThreads(): number {
    return this.ready ? this.threads : 0;
  }

  /**
   * Scores the items at `spans` of a batch body on the workers. Resolves undefined when an item's bytes
   * are not valid UTF-8 or JSON (the whole body must then be read to say where); rejects, and marks
   * the pool failed, if a worker dies. `requestId` goes into the error entries.
   */
  score(body: Uint8Array, spans: ItemSpans, requestId?: string, options?: ScoreOptions): Promise<PooledBatch | undefined> {
    const pool = this.pool;
    if (this.closing) return Promise.reject(new PoolClosedError());
    if (!pool || this.failed) return Promise.reject(new Error('batch pool is not running'));
    const pending: Promise<SliceResult>[] = [];
    for (let first = 0; first < spans.count; first += CHUNK) {
      const last = Math.min(first + CHUNK, spans.count) - 1;
      // A copy, whose buffer is transferred to the worker.
      const bytes = new Uint8Array(body.subarray(spans.starts[first], spans.ends[last]));
      pending.push(pool.runSlice({ bytes, first, count: last - first + 1, requestId, options }));
    }
    return this.join(pending);
  }

  /** One request scored on a worker (a long post): its result JSON; undefined when it could not be scored there. */
  async scoreOne(request: unknown, options?: ScoreOptions): Promise<PooledBatch | undefined> {
    const pool = this.pool;
    if (this.closing) throw new PoolClosedError();
    if (!pool || this.failed) throw new Error('batch pool is not running');
    const slice = await this.join([pool.runSlice({ bytes: utf8.encode(JSON.stringify(request)), first: 0, count: 1, options, single: true })]);
    if (slice === undefined || Object.keys(slice.refused).length > 0) return undefined;
    return { ...slice, body: slice.body.slice(1, -1) }; // the result alone, without {"results":[ and ]}
  }

  /**
   * One post scored on a worker, as Scorer.score returns it (for callers that keep the result, the
   * review queue): the worker's JSON read back, in Scorer.score's shape, with no id made up when none
   * was given. Undefined when the worker refused the post (an unknown election): score it inline.
   */
  async scorePost(input: ScoreInput): Promise<ScoreResult | undefined> {
    const scored = await this.scoreOne(input);
    if (scored === undefined) return undefined;
    const r = JSON.parse(utf8Text.decode(scored.body[0])) as ScoreResult;
    const result: ScoreResult = { id: input.id, label: r.label, risk: r.risk, level: r.level, scores: r.scores, evidence: r.evidence, mentions: r.mentions, stage: r.stage, election: r.election, model: r.model };
    if (r.part) result.part = r.part; // a long post's part, added as Scorer.score adds it
    return result;
  }

  private async join(pending: Promise<SliceResult>[]): Promise<PooledBatch | undefined> {
    let slices;
    try {
      slices = await Promise.all(pending);
    } catch (err) {
      if (this.closing) throw new PoolClosedError(); // closed under it: no worker failed
      this.failed = true;
      throw err;
    }
    if (slices.some((s) => s.unreadable)) return undefined;
    const scored: PooledBatch = { body: [OPEN], refused: {}, outcomes: {}, postedLater: 0 };
    slices.forEach((s, i) => {
      if (i > 0) scored.body.push(COMMA);
      scored.body.push(s.out);
      add(scored.refused, s.refused);
      add(scored.outcomes, s.outcomes);
      scored.postedLater += s.postedLater;
    });
    scored.body.push(CLOSE);
    return scored;
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.pool?.close();
  }
}
