// Scoring pool: N worker threads, each with its own Scorer, or the main thread itself (N = 0).
// run(chunk) resolves with that chunk's result; the caller keeps the promises in submission order,
// which is what preserves input order, and bounds how many are outstanding (back-pressure).
//
// Under tsx a worker cannot load a .ts entry by itself on Node 20 (module hooks from --import are
// not applied to a worker's entry), so the worker starts from a one-line script that loads the real
// entry with tsx's tsImport. When this file runs as compiled .js the worker loads worker.js directly.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createScorer } from '../pipeline/create.js';
import type { ElectionConfig } from '../elections/schema.js';
import type { Scorer } from '../pipeline/scorer.js';
import { chunkScorer, withElection, type ChunkOptions, type ChunkScorer } from './score-chunk.js';
import { skippedIdHasher, type SkippedIdHasher } from './skipped-ids.js';
import { shortMessage } from './errors.js';
import { changedResourcesWarning } from '../text/resources.js';
import type { ChunkResult, RawRecord } from './types.js';
import { earliestElection, type EarliestElection } from './long-before.js';
import type { ItemSlice, SliceResult } from '../service/batch-items.js';

export interface PoolInit {
  model?: string;
  /** Election config directory (default: ELECTIONS_DIR or data/elections). */
  electionsDir?: string;
  /** An election config loaded from a file (`--election FILE`), added to each worker's scorer. */
  election?: ElectionConfig;
  /** How the CLI's record chunks are scored (run); absent in a pool that scores only request slices. */
  chunk?: ChunkOptions;
  /** Heap limits per worker (the service caps them to keep the process under its RSS budget). */
  resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number };
  /** The service's request limits: the workers also score slices of batch request bodies (runSlice). */
  items?: { maxTextLength: number };
}

export type ToWorker = { seq: number; records: RawRecord[]; skipped?: true } | { seq: number; slice: ItemSlice };

/** What a worker tells once its scorers are loaded. */
export interface WorkerReady {
  model: string;
  backend: string;
  warning?: string;
  earliestElection?: EarliestElection;
}

export type ToMain =
  | ({ type: 'ready' } & WorkerReady)
  | { type: 'fatal'; message: string }
  | { type: 'result'; seq: number; result: ChunkResult }
  | { type: 'skipped'; seq: number; hashes: Uint32Array }
  | { type: 'slice'; seq: number; result: SliceResult }
  | { type: 'failed'; seq: number; message: string };

export interface ScoringPool {
  /** Model version the scorers loaded. */
  readonly model: string;
  readonly backend: string;
  /** Text resources changed since the model was trained (changedResourcesWarning), for the job's stderr. */
  readonly warning?: string;
  /** The election whose schedule starts first among those the scorers know, for the summary (long-before.ts). */
  readonly earliestElection?: EarliestElection;
  /** Worker threads (0: scoring in the calling thread). */
  readonly threads: number;
  run(records: RawRecord[]): Promise<ChunkResult>;
  /** The id hashes of records a resume skips (skipped-ids.ts): read, not scored. */
  runSkipped(records: RawRecord[]): Promise<Uint32Array>;
  /** Scores a slice of a batch request body (a pool started with `items` only); its bytes are transferred. */
  runSlice(slice: ItemSlice): Promise<SliceResult>;
  close(): Promise<void>;
}

export async function startPool(threads: number, init: PoolInit): Promise<ScoringPool> {
  return threads <= 0 ? startInline(init) : startThreads(threads, init);
}

/**
 * The scorer a pool thread builds once, and what it scores with it: the CLI's record chunks (with
 * `init.chunk`) and the service's request slices (with `init.items`). The one it was not started for throws.
 */
export async function poolScorers(init: PoolInit): Promise<{ scorer: Scorer; chunk: ChunkScorer; skipped: SkippedIdHasher; slice: (slice: ItemSlice) => SliceResult; warning?: string }> {
  const scorer = withElection(await createScorer({ model: init.model, electionsDir: init.electionsDir }), init.election);
  const without = (what: string) => (): never => {
    throw new Error(`this scoring pool was started without ${what}`);
  };
  return {
    scorer,
    warning: changedResourcesWarning(scorer.model.metadata),
    chunk: init.chunk ? chunkScorer(scorer, init.chunk) : without('chunk options (PoolInit.chunk)'),
    skipped: init.chunk ? skippedIdHasher(scorer, init.chunk.fields) : without('chunk options (PoolInit.chunk)'),
    slice: init.items ? (await import('../service/batch-items.js')).sliceScorer(scorer, init.items) : without('request limits (PoolInit.items)'),
  };
}

async function startInline(init: PoolInit): Promise<ScoringPool> {
  const { scorer, chunk, skipped, slice, warning } = await poolScorers(init);
  // setImmediate lets input reading and output writing interleave with scoring.
  const later = <T>(work: () => T): Promise<T> =>
    new Promise((resolve, reject) => setImmediate(() => {
      try {
        resolve(work());
      } catch (err) {
        reject(err);
      }
    }));
  return {
    model: scorer.model.spec.version,
    backend: scorer.backend,
    warning,
    earliestElection: earliestElection(scorer.elections),
    threads: 0,
    run: (records) => later(() => chunk(records)),
    runSkipped: (records) => later(() => skipped(records)),
    runSlice: (s) => later(() => slice(s)),
    close: async () => {},
  };
}

function spawnWorker(init: PoolInit): Worker {
  const here = import.meta.url;
  const resourceLimits = init.resourceLimits;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here), { workerData: init, resourceLimits });
  // tsx/esm/api resolves to its CommonJS build from here; the worker imports the ESM build next to it.
  const tsxApi = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((api) => api.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(here)}));`;
  return new Worker(boot, { eval: true, workerData: init, execArgv: [], resourceLimits });
}

interface Pending {
  resolve: (r: ChunkResult | SliceResult | Uint32Array) => void;
  reject: (e: Error) => void;
}

async function startThreads(count: number, init: PoolInit): Promise<ScoringPool> {
  const slots = Array.from({ length: count }, () => ({ worker: spawnWorker(init), pending: new Map<number, Pending>() }));
  let failure: Error | undefined;
  let closing = false;
  let seq = 0;

  const fail = (err: Error) => {
    if (closing) return;
    failure ??= err;
    for (const slot of slots) {
      for (const p of slot.pending.values()) p.reject(failure);
      slot.pending.clear();
    }
  };
  const close = async () => {
    closing = true;
    failure ??= new Error('the scoring pool is closed');
    for (const slot of slots) {
      for (const p of slot.pending.values()) p.reject(failure); // nothing may wait forever on a closed pool
      slot.pending.clear();
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  };

  const ready = slots.map(
    (slot, i) =>
      new Promise<WorkerReady>((resolve, reject) => {
        slot.worker.on('message', (msg: ToMain) => {
          if (msg.type === 'ready') resolve(msg);
          else if (msg.type === 'fatal') reject(new Error(`scoring worker ${i + 1} could not start: ${msg.message}`));
          else {
            const p = slot.pending.get(msg.seq);
            slot.pending.delete(msg.seq);
            if (msg.type === 'result' || msg.type === 'slice') p?.resolve(msg.result);
            else if (msg.type === 'skipped') p?.resolve(msg.hashes);
            else p?.reject(new Error(`scoring worker ${i + 1} failed: ${msg.message}`));
          }
        });
        slot.worker.on('error', (err) => {
          const e = new Error(`scoring worker ${i + 1} crashed: ${shortMessage(err)}`);
          reject(e);
          fail(e);
        });
        slot.worker.on('exit', (code) => {
          const e = new Error(`scoring worker ${i + 1} exited unexpectedly (code ${code})`);
          reject(e);
          fail(e);
        });
      }),
  );
  let info: WorkerReady;
  try {
    const all = await Promise.all(ready);
    info = all[0];
  } catch (err) {
    await close();
    throw err;
  }

  /** To the worker with the fewest chunks outstanding. */
  const dispatch = (work: { records: RawRecord[]; skipped?: true } | { slice: ItemSlice }, transfer: ArrayBuffer[] = []): Promise<ChunkResult | SliceResult | Uint32Array> => {
    if (failure) return Promise.reject(failure);
    let slot = slots[0];
    for (const s of slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = ++seq;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ seq: id, ...work } as ToWorker, transfer);
    });
  };

  return {
    model: info.model,
    backend: info.backend,
    warning: info.warning,
    earliestElection: info.earliestElection,
    threads: count,
    run: (records) => dispatch({ records }) as Promise<ChunkResult>,
    runSkipped: (records) => dispatch({ records, skipped: true }) as Promise<Uint32Array>,
    runSlice: (slice) => dispatch({ slice }, [slice.bytes.buffer as ArrayBuffer]) as Promise<SliceResult>,
    close,
  };
}
