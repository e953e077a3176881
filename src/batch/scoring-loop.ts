// Records → scored chunks → written in input order. Two loops share a bounded FIFO of chunk promises:
//   producer   reads records, cuts them into chunks, waits while the FIFO is full
//   committer  awaits the oldest chunk and hands it to the writer, which writes it and checkpoints
// The FIFO bound is the back-pressure: memory holds at most maxInFlight chunks, and at most
// IN_FLIGHT_CHARS of records (chunks close at CHUNK_CHARS too), whatever the input's size or its
// records' sizes.
// A timer also sends a partial chunk when input trickles in (e.g. from a pipe), so output keeps up.
// The records a resume skips travel the same way, in chunks of their own that are read for their ids
// only (skipped-ids.ts), so the repeated-id table is whole again before the first record scored.
import { performance } from 'node:perf_hooks';
import type { ScoringPool } from './pool.js';
import { Signal } from './signal.js';
import type { Interrupt } from './interrupt.js';
import type { ChunkResult, RawRecord } from './types.js';

/** A chunk is sent once it holds this many characters of records, whatever its record count. */
const CHUNK_CHARS = 4 << 20;
/** Characters of records sent and not yet written, at most: memory is bounded by size, not only count. */
const IN_FLIGHT_CHARS = 32 << 20;

/** Where scored chunks go, strictly in order. */
export interface ChunkCommitter {
  commit(res: ChunkResult): Promise<void>;
  /** The id hashes of records a resume skipped, in order, before any chunk is committed. */
  skipped(hashes: Uint32Array): void;
  /** Called while no chunk is ready. */
  idle(): Promise<void>;
}

export interface LoopOptions {
  /** Records a resume skips: read (so numbering stays exact, and for their ids) but not scored again. */
  skip: number;
  chunkSize: number;
  interrupt: Interrupt;
}

export interface LoopEnd {
  /** What failed (reading, scoring or writing); the rest of the end is then moot. */
  failure: unknown;
  /** The record reading stopped at, when the rest of the input is unreadable. */
  fatal?: string;
  /** The signal that stopped reading before the input's end. */
  stoppedBy?: NodeJS.Signals;
  /** Records whose bytes were not valid text, over every record, also those a resume skips. */
  notUtf8: number;
  /** The number of the last record read (0 when none was): a resume's input must reach its `skip`. */
  lastRecord: number;
}

/** A record's size in characters (its JSONL line, or its CSV fields). */
function recordChars(rec: RawRecord): number {
  if (rec.json !== undefined) return rec.json.length;
  let n = 0;
  for (const k in rec.fields ?? {}) {
    const v = rec.fields![k];
    n += k.length + (typeof v === 'string' ? v.length : 8);
  }
  return n;
}

/**
 * Scores `records` and writes them in order. `records` end early at a signal (untilStopped): a record
 * already read when it came (the job's first, read before its files opened) is still scored.
 */
export async function scoreInOrder(records: AsyncIterable<RawRecord>, pool: ScoringPool, writer: ChunkCommitter, opts: LoopOptions): Promise<LoopEnd> {
  const { skip, chunkSize, interrupt } = opts;
  const maxInFlight = Math.max(2, pool.threads * 4);
  const queue: { result: Promise<ChunkResult | Uint32Array>; chars: number }[] = [];
  let inFlightChars = 0;
  let chunkChars = 0;
  const work = new Signal();
  const space = new Signal();
  let chunk: RawRecord[] = [];
  /** Whether `chunk` holds records a resume skips (never both kinds: those come first). */
  let chunkSkipped = false;
  let producing = true;
  let producerWaiting = false;
  let failure: unknown;
  let fatal: string | undefined;
  let lastDispatch = performance.now();

  const dispatch = () => {
    const items = chunk;
    chunk = [];
    const p = chunkSkipped ? pool.runSkipped(items) : pool.run(items);
    p.catch(() => {}); // awaited in order by the committer; this only marks it handled meanwhile
    queue.push({ result: p, chars: chunkChars });
    inFlightChars += chunkChars;
    chunkChars = 0;
    lastDispatch = performance.now();
    work.notify();
  };
  const waitForSpace = async () => {
    producerWaiting = true;
    try {
      while ((queue.length >= maxInFlight || (queue.length > 0 && inFlightChars >= IN_FLIGHT_CHARS)) && failure === undefined) await space.wait();
    } finally {
      producerWaiting = false;
    }
    if (failure !== undefined) throw failure;
  };

  const committer = (async () => {
    try {
      for (;;) {
        if (failure !== undefined) return;
        if (queue.length === 0) {
          if (!producing) return;
          await writer.idle();
          if (queue.length === 0 && producing) await work.wait();
          continue;
        }
        const res = await queue[0].result;
        inFlightChars -= queue.shift()!.chars;
        space.notify();
        if (res instanceof Uint32Array) writer.skipped(res);
        else await writer.commit(res);
      }
    } catch (err) {
      failure ??= err;
      space.notify();
    }
  })();

  const trickle = setInterval(() => {
    if (chunk.length > 0 && !producerWaiting && queue.length < maxInFlight && inFlightChars < IN_FLIGHT_CHARS && performance.now() - lastDispatch >= 100) dispatch();
  }, 100);
  trickle.unref();

  let stoppedBy: NodeJS.Signals | undefined;
  let notUtf8 = 0;
  let lastRecord = 0;
  try {
    for await (const rec of records) {
      if (failure !== undefined) break;
      lastRecord = rec.n;
      if (rec.notUtf8) notUtf8++;
      if (rec.fatal) fatal = `record ${rec.n} (line ${rec.line}): ${rec.error}`;
      const skipped = rec.n <= skip;
      if (skipped !== chunkSkipped && chunk.length > 0) {
        await waitForSpace();
        if (chunk.length > 0) dispatch();
      }
      chunkSkipped = skipped;
      chunk.push(rec);
      chunkChars += recordChars(rec);
      if (chunk.length >= chunkSize || chunkChars >= CHUNK_CHARS) {
        await waitForSpace();
        if (chunk.length > 0) dispatch();
      }
      if (rec.fatal) break;
    }
    stoppedBy = interrupt.signal; // one after the input's end only waits for the job to finish
    if (chunk.length > 0 && failure === undefined) {
      await waitForSpace();
      if (chunk.length > 0) dispatch();
    }
  } catch (err) {
    failure ??= err;
  } finally {
    producing = false;
    clearInterval(trickle);
    work.notify();
  }
  await committer;
  return { failure, fatal, stoppedBy, notUtf8, lastRecord };
}
