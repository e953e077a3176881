// Batch scoring off the event loop: POST /v1/score/batch hands its validated items to the batch CLI's
// worker pool (the same chunk scorer, so each result is the JSON the CLI writes) and splices the
// returned JSON into the response. The pool starts after the server listens, so start-up stays fast;
// until it is ready, after it fails, or with NETRA_SCORE_WORKERS=0, batches are scored inline.
import { startPool, type ScoringPool } from '../batch/pool.js';
import type { FieldMap } from '../batch/record.js';
import type { RawRecord } from '../batch/types.js';

/** One validated batch item, ready for a worker. */
export interface PoolItem {
  /** Position in the request's items. */
  index: number;
  id: string;
  text: string;
  election?: string;
  postedAt?: string;
}

/**
 * Consecutive request items (from `first`, `count` of them) all scored: their results' JSON as UTF-8,
 * joined by commas — the worker's bytes, spliced into the response without decoding them.
 */
export interface PooledRun {
  first: number;
  count: number;
  json: Uint8Array;
}

export interface PooledScores {
  /** Runs of scored items, in request order. */
  runs: PooledRun[];
  /** JSON text of the other scored items (in chunks with gaps or failures), by position in the request. */
  json: Map<number, string>;
  failures: { index: number; reason: string }[];
  /** Scored items per `level label` pair. */
  outcomes: Record<string, number>;
}

/** Items per message to a worker: big enough to amortize the hop, small enough to spread over workers. */
const CHUNK = 125;

const decoder = new TextDecoder();

/**
 * Per-worker heap caps, so that the service with its workers stays under its RSS budget (the main
 * thread runs with --max-old-space-size=256). A worker's live heap — model, dictionaries, caches — is
 * ≈ 40 MB; without a cap V8 lets garbage pile up under sustained load.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

export class BatchPool {
  private pool?: ScoringPool;
  private failed = false;

  constructor(
    readonly threads: number,
    private readonly init: { model?: string; electionsDir?: string; maxTextLength: number },
  ) {}

  /** Starts the workers; resolves false (and stays inline) when they cannot start. */
  async start(log: (msg: string, err?: Error) => void): Promise<boolean> {
    if (this.threads <= 0) return false;
    const fields: FieldMap = { text: 'text', id: 'id', postedAt: 'postedAt', electionField: 'election', maxTextLength: this.init.maxTextLength };
    try {
      this.pool = await startPool(this.threads, {
        model: this.init.model,
        electionsDir: this.init.electionsDir,
        chunk: { outputFormat: 'jsonl', minRisk: -Infinity, collectFlagged: false, fields },
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
    return this.pool !== undefined && !this.failed;
  }

  /** Worker threads scoring batches now: 0 while they start, after they fail, or with none configured. */
  get activeThreads(): number {
    return this.ready ? this.threads : 0;
  }

  /** Scores items on the workers. Rejects (and marks the pool failed) if a worker dies. */
  async score(items: readonly PoolItem[]): Promise<PooledScores> {
    const pool = this.pool;
    if (!pool || this.failed) throw new Error('batch pool is not running');
    const chunks: PoolItem[][] = [];
    for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
    let results;
    try {
      results = await Promise.all(chunks.map((chunk) => pool.run(chunk.map(toRecord))));
    } catch (err) {
      this.failed = true;
      throw err;
    }
    const scores: PooledScores = { runs: [], json: new Map(), failures: [], outcomes: {} };
    results.forEach((result, c) => {
      const chunk = chunks[c];
      for (const [k, v] of Object.entries(result.outcomes)) scores.outcomes[k] = (scores.outcomes[k] ?? 0) + v;
      const first = chunk[0].index;
      if (result.errors.length === 0 && chunk[chunk.length - 1].index - first === chunk.length - 1) {
        scores.runs.push({ first, count: chunk.length, json: linesToList(result.out) });
        return;
      }
      const failed = new Set<number>();
      for (const e of result.errors) {
        failed.add(e.record);
        scores.failures.push({ index: e.record - 1, reason: e.reason });
      }
      const lines = decoder.decode(result.out).split('\n');
      let line = 0;
      for (const item of chunk) if (!failed.has(item.index + 1)) scores.json.set(item.index, lines[line++]);
    });
    return scores;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * JSONL bytes → the same values comma-separated, in place. A 0x0A byte can only be a line break here:
 * JSON escapes newlines inside strings, and no byte of a multi-byte UTF-8 character is below 0x80.
 */
export function linesToList(jsonl: Uint8Array): Uint8Array {
  const end = jsonl.length > 0 && jsonl[jsonl.length - 1] === 0x0a ? jsonl.length - 1 : jsonl.length;
  for (let at = jsonl.indexOf(0x0a); at >= 0 && at < end; at = jsonl.indexOf(0x0a, at + 1)) jsonl[at] = 0x2c;
  return jsonl.subarray(0, end);
}

/** Record numbers are 1-based positions in the request, so worker errors map back to items. */
function toRecord(item: PoolItem): RawRecord {
  const fields: Record<string, unknown> = { id: item.id, text: item.text };
  if (item.election !== undefined) fields.election = item.election;
  if (item.postedAt !== undefined) fields.postedAt = item.postedAt;
  return { n: item.index + 1, line: item.index + 1, fields };
}
