// The batch job: read records → score them in the pool (chunks of consecutive records; the scoring
// thread maps fields and formats output) → write output and errors in order → checkpoint. Two loops
// share a bounded FIFO of chunk promises:
//   producer   reads records, cuts them into chunks, waits while the FIFO is full
//   committer  awaits the oldest chunk, writes it, and every checkpointEveryMs flushes, fsyncs and
//              records the progress (see checkpoint.ts)
// The FIFO bound is the back-pressure: memory holds at most maxInFlight chunks, and at most
// IN_FLIGHT_CHARS of records (chunks close at CHUNK_CHARS too), whatever the input's size or its
// records' sizes.
// A timer also sends a partial chunk when input trickles in (e.g. from a pipe), so output keeps up.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createWriteStream, statSync } from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ElectionConfig } from '../elections/schema.js';
import { openSource } from './source.js';
import { refuseCompressed } from './compressed.js';
import { readCsv } from './csv-reader.js';
import { readJsonl } from './jsonl-reader.js';
import type { FieldMap } from './record.js';
import { startPool, type ScoringPool } from './pool.js';
import { ByteSink } from './sink.js';
import { errorLine, outputHeader } from './format.js';
import { BatchStats, formatSummary, type StatsJSON } from './stats.js';
import { CHECKPOINT_FORMAT, CHECKPOINT_VERSION, checkpointPath, inputIdentity, readCheckpoint, resumeRefusal, writeCheckpoint, type Checkpoint, type Fingerprint } from './checkpoint.js';
import { startProgress } from './progress.js';
import { Signal } from './signal.js';
import { signalExitCode, untilStopped, watchInterrupt } from './interrupt.js';
import { BatchUsageError } from './errors.js';
import { checkUsage, checkWritable, isStreamTarget } from './paths.js';
import { notTextWarning } from './utf8-check.js';
import type { ReviewQueue } from './enqueue.js';
import type { ChunkResult, InputFormat, OutputFormat, RawRecord } from './types.js';

export interface BatchOptions {
  input: string;
  format: InputFormat;
  delimiter?: string;
  /** The delimiter came from --delimiter (a CSV's Excel `sep=` line that differs is then bad usage). */
  delimiterGiven?: boolean;
  textField: string;
  idField: string;
  postedAtField?: string;
  /** Minutes east of UTC for posted-at values without a zone (`--posted-at-zone`). */
  postedAtZone?: number;
  election?: { config: ElectionConfig; fromFile: boolean };
  /** Field with each record's own election id; overrides `election` where present. */
  electionField?: string;
  /** Field with the post's author, stored with the items sent to the review queue. */
  authorField?: string;
  /** A file, or '-' for stdout. */
  output: string;
  outputFormat: OutputFormat;
  minRisk: number;
  resume: boolean;
  errors?: string;
  /** Worker threads; 0 scores in the calling thread. */
  workers: number;
  /** Opens the review queue for records at level sedang or tinggi (`--enqueue`); closed at the end. */
  openQueue?: () => Promise<ReviewQueue>;
  /** Where the queue is (database, without credentials), for the resume fingerprint. */
  queueLocation?: string;
  model?: string;
  maxTextLength: number;
  chunkSize?: number;
  checkpointEveryMs?: number;
}

export interface BatchIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

export interface BatchOutcome {
  /** 130/143: stopped by SIGINT/SIGTERM, after writing and checkpointing what was scored. */
  exitCode: 0 | 1 | 130 | 143;
  stats: StatsJSON;
  resumedAt?: number;
  alreadyDone?: boolean;
  stoppedEarly?: string;
}

const FLUSH_BYTES = 1 << 20;
/** A chunk is sent once it holds this many characters of records, whatever its record count. */
const CHUNK_CHARS = 4 << 20;
/** Characters of records sent and not yet written, at most: memory is bounded by size, not only count. */
const IN_FLIGHT_CHARS = 32 << 20;

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

function electionKey(e: BatchOptions['election']): string | undefined {
  if (!e) return undefined;
  if (!e.fromFile) return e.config.id;
  return `${e.config.id}@${createHash('sha256').update(JSON.stringify(e.config)).digest('hex').slice(0, 16)}`;
}

function fieldMap(opts: BatchOptions): FieldMap {
  return {
    text: opts.textField,
    id: opts.idField,
    postedAt: opts.postedAtField,
    postedAtZone: opts.postedAtZone,
    election: opts.election?.config.id,
    electionField: opts.electionField,
    author: opts.authorField,
    maxTextLength: opts.maxTextLength,
  };
}

/** The CSV columns the flags name: the text, the id (the default may be missing), posted-at and election fields. */
function requiredColumns(opts: BatchOptions): { column: string; flag: string; optional?: boolean }[] {
  const out: { column: string; flag: string; optional?: boolean }[] = [{ column: opts.textField, flag: 'text-field' }];
  // the default id column may be missing (ids become record numbers), but not there twice
  out.push(opts.idField !== 'id' ? { column: opts.idField, flag: 'id-field' } : { column: 'id', flag: 'id-field', optional: true });
  if (opts.postedAtField !== undefined) out.push({ column: opts.postedAtField, flag: 'posted-at-field' });
  if (opts.electionField !== undefined) out.push({ column: opts.electionField, flag: 'election-field' });
  if (opts.authorField !== undefined) out.push({ column: opts.authorField, flag: 'author-field' });
  return out;
}

/** What the reader found out about the input, for the summary. */
interface InputNotes {
  warnings: string[];
  utf16: boolean;
}

function readerFor(opts: BatchOptions, chunks: AsyncIterable<Buffer>, notes: InputNotes): AsyncGenerator<RawRecord> {
  const onUtf16 = () => (notes.utf16 = true);
  return opts.format === 'csv'
    ? readCsv(chunks, { delimiter: opts.delimiter, delimiterGiven: opts.delimiterGiven, requiredColumns: requiredColumns(opts), onWarning: (w) => notes.warnings.push(w), onUtf16 })
    : readJsonl(chunks, { onUtf16 });
}

/** Why a file could not be opened, without the path Node adds (the message names it once). */
function openFailure(err: unknown): string {
  return (err as Error).message.replace(/, open '.*'$/s, '');
}

async function openFileSink(file: string, resuming: boolean, what: string): Promise<ByteSink> {
  try {
    return await ByteSink.open(file, what);
  } catch (err) {
    if (resuming) throw new BatchUsageError(`cannot resume: cannot open the ${what} ${file}: ${openFailure(err)}`);
    throw new Error(`cannot write ${what} ${file}: ${openFailure(err)}`); // exit 1, as any failed write
  }
}

function streamSink(target: string, stdout: Writable, what: string): ByteSink {
  return target === '-' ? ByteSink.stream(stdout, false, what) : ByteSink.stream(createWriteStream(target, { flags: 'w' }), true, what);
}

/** The output and errors sinks, opened but unchanged; when one fails, the other is discarded. */
async function openSinks(opts: BatchOptions, stdout: Writable, cpFile: string | undefined, resuming: boolean): Promise<{ out: ByteSink; errs?: ByteSink }> {
  const out = cpFile ? await openFileSink(opts.output, resuming, 'output') : streamSink(opts.output, stdout, 'output');
  if (opts.errors === undefined) return { out };
  try {
    return { out, errs: isStreamTarget(opts.errors) ? streamSink(opts.errors, stdout, 'errors file') : await openFileSink(opts.errors, resuming, 'errors file') };
  } catch (err) {
    await out.discard();
    throw err;
  }
}

export async function runBatch(opts: BatchOptions, io: BatchIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<BatchOutcome> {
  const t0 = performance.now();
  checkUsage(opts);
  const source = openSource(opts.input, io.stdin);
  const baseFingerprint: Fingerprint = {
    input: inputIdentity(opts.input, source.size),
    format: opts.format,
    ...(opts.format === 'csv' ? { delimiter: opts.delimiter ?? ',' } : {}),
    textField: opts.textField,
    idField: opts.idField,
    postedAtField: opts.postedAtField,
    ...(opts.postedAtZone !== undefined ? { postedAtZone: opts.postedAtZone } : {}),
    election: electionKey(opts.election),
    electionField: opts.electionField,
    outputFormat: opts.outputFormat,
    minRisk: opts.minRisk,
    errors: opts.errors === undefined ? undefined : path.resolve(opts.errors),
    maxTextLength: opts.maxTextLength,
    // A run that starts enqueueing at a resume, or enqueues into another store, would never queue the
    // records before it there.
    ...(opts.openQueue ? { enqueue: opts.queueLocation ?? 'review queue' } : {}),
  };

  checkWritable(opts.output, 'output');
  checkWritable(opts.errors, 'errors file');
  const cpFile = isStreamTarget(opts.output) ? undefined : checkpointPath(opts.output);
  let resumeFrom: Checkpoint | undefined;
  if (opts.resume && cpFile) {
    let cp: Checkpoint | undefined;
    try {
      cp = await readCheckpoint(cpFile);
    } catch (err) {
      if (err instanceof BatchUsageError) throw err;
      throw new BatchUsageError(`cannot resume: ${cpFile} is unreadable (${(err as Error).message.split('\n')[0]}); run without --resume to start over, or delete it`);
    }
    if (!cp) {
      const existing = statSync(opts.output, { throwIfNoEntry: false });
      if (existing && existing.size > 0) throw new BatchUsageError(`cannot resume: no progress file ${cpFile} (run without --resume to start over)`);
    } else {
      const refusal = resumeRefusal(cp.fingerprint, baseFingerprint, cp.records);
      if (refusal) throw new BatchUsageError(`cannot resume: ${refusal}`);
      const missing = await shorterThanRecorded(opts.output, cp.outputBytes, opts.errors, cp.errorsBytes);
      if (missing) throw new BatchUsageError(`cannot resume: ${missing} (run without --resume to start over)`);
      if (cp.done) {
        io.stderr.write(`netra score: ${opts.output} is already complete (${cp.records} records); nothing to resume\n`);
        return { exitCode: 0, stats: cp.stats, alreadyDone: true, resumedAt: cp.records };
      }
      resumeFrom = cp;
    }
  }

  const pool = await startPool(opts.workers, {
    model: opts.model,
    election: opts.election?.fromFile ? opts.election.config : undefined,
    chunk: { outputFormat: opts.outputFormat, minRisk: opts.minRisk, collectFlagged: opts.openQueue !== undefined, fields: fieldMap(opts) },
  });
  let review: ReviewQueue | undefined;
  try {
    if (resumeFrom && resumeFrom.fingerprint.model !== pool.model) {
      throw new BatchUsageError(`cannot resume: the interrupted run used model ${resumeFrom.fingerprint.model}, this one ${pool.model}`);
    }
    review = await opts.openQueue?.();
    return await runJob(opts, io, pool, review, source, { ...baseFingerprint, model: pool.model }, cpFile, resumeFrom, t0);
  } finally {
    await pool.close();
    await review?.close();
  }
}

/** Why the files on disk cannot be the run the progress file describes, or undefined when they can be. */
async function shorterThanRecorded(output: string, outputBytes: number, errors: string | undefined, errorsBytes: number): Promise<string | undefined> {
  const files: [string, string | undefined, number][] = [['output', output, outputBytes], ['errors file', errors, errorsBytes]];
  for (const [what, file, bytes] of files) {
    if (file === undefined || bytes === 0 || isStreamTarget(file)) continue;
    const size = statSync(file, { throwIfNoEntry: false })?.size;
    if (size === undefined) return `the ${what} ${file} is gone (its progress file records ${bytes} bytes)`;
    if (size < bytes) return `the ${what} ${file} has ${size} bytes, fewer than the ${bytes} its progress file records`;
  }
  return undefined;
}

/** The first result of an iterator, then the rest. */
async function* withFirst<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncGenerator<T> {
  if (first.done) return;
  yield first.value;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

async function runJob(
  opts: BatchOptions,
  io: BatchIO,
  pool: ScoringPool,
  review: ReviewQueue | undefined,
  source: ReturnType<typeof openSource>,
  fingerprint: Fingerprint,
  cpFile: string | undefined,
  resumeFrom: Checkpoint | undefined,
  t0: number,
): Promise<BatchOutcome> {
  const startupSeconds = (performance.now() - t0) / 1000;
  const elu0 = performance.eventLoopUtilization();
  const skip = resumeFrom?.records ?? 0;
  const stats = resumeFrom ? BatchStats.from(resumeFrom.stats) : new BatchStats();
  const checkpointEveryMs = opts.checkpointEveryMs ?? 1000;
  let records = skip;
  let lastCheckpoint = performance.now();

  const snapshot = (done: boolean, outputBytes: number, errorsBytes: number): Checkpoint => ({
    format: CHECKPOINT_FORMAT,
    version: CHECKPOINT_VERSION,
    records,
    outputBytes,
    errorsBytes,
    stats: stats.toJSON(),
    fingerprint,
    done,
    updatedAt: new Date().toISOString(),
  });

  // Up to the first record is read before anything is written: a CSV header without the columns the
  // flags name is bad usage, and must not cost the previous run's output or progress file.
  const input: InputNotes = { warnings: [], utf16: false };
  const warnings = input.warnings;
  const reader = readerFor(opts, refuseCompressed(source.chunks, source.name), input);
  const first = await reader.next();

  // Both files are opened before anything is written, so one that cannot be opened leaves nothing
  // behind. A fresh job then records "nothing written yet" before truncating anything, so a kill at
  // any point after this leaves a progress file that a resume can trust.
  const { out, errs } = await openSinks(opts, io.stdout, cpFile, resumeFrom !== undefined);
  try {
    if (cpFile && !resumeFrom) await writeCheckpoint(cpFile, snapshot(false, 0, 0));
    await out.startAt(resumeFrom?.outputBytes ?? 0);
    await errs?.startAt(resumeFrom?.errorsBytes ?? 0);
  } catch (err) {
    await out.discard();
    await errs?.discard();
    throw resumeFrom ? new BatchUsageError(`cannot resume: ${(err as Error).message}`) : err;
  }
  if (out.bytes === 0) out.write(outputHeader(opts.outputFormat));

  const checkpoint = async (done: boolean) => {
    await out.flush();
    await errs?.flush();
    if (!cpFile) return;
    await out.sync();
    await errs?.sync();
    await writeCheckpoint(cpFile, snapshot(done, out.bytes, errs?.bytes ?? 0));
    lastCheckpoint = performance.now();
  };
  const checkpointIfDue = async () => {
    if (cpFile && performance.now() - lastCheckpoint >= checkpointEveryMs) await checkpoint(false);
  };

  const sampleErrors: string[] = [];
  const commit = async (res: ChunkResult) => {
    out.write(res.out);
    for (const e of res.errors) {
      errs?.write(errorLine(e));
      if (sampleErrors.length < 3) sampleErrors.push(`record ${e.record} (line ${e.line}): ${e.reason}`);
    }
    if (review && res.flagged && res.flagged.length > 0) await review.add(res.flagged);
    stats.add(res);
    records += res.count;
    if (out.buffered >= FLUSH_BYTES) await out.flush();
    if (errs && errs.buffered >= FLUSH_BYTES) await errs.flush();
    await checkpointIfDue();
  };

  const chunkSize = opts.chunkSize ?? 256;
  const maxInFlight = Math.max(2, pool.threads * 4);
  const queue: { result: Promise<ChunkResult>; chars: number }[] = [];
  let inFlightChars = 0;
  let chunkChars = 0;
  const work = new Signal();
  const space = new Signal();
  let chunk: RawRecord[] = [];
  let producing = true;
  let producerWaiting = false;
  let failure: unknown;
  let stoppedEarly: string | undefined;
  let lastDispatch = performance.now();

  const dispatch = () => {
    const items = chunk;
    chunk = [];
    const p = pool.run(items);
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
          await out.flush();
          await errs?.flush();
          await checkpointIfDue();
          if (queue.length === 0 && producing) await work.wait();
          continue;
        }
        const res = await queue[0].result;
        inFlightChars -= queue.shift()!.chars;
        space.notify();
        await commit(res);
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
  const stopProgress = startProgress(io.stderr, { records: () => records - skip, bytesRead: () => source.bytesRead, size: source.size });
  const interrupt = watchInterrupt();

  let stoppedBy: NodeJS.Signals | undefined;
  let notUtf8 = 0; // counted over every record, also those a resume skips, so it covers the whole job
  try {
    for await (const rec of untilStopped(withFirst(first, reader), interrupt.stopped)) {
      if (failure !== undefined) break;
      if (rec.notUtf8) notUtf8++;
      if (rec.fatal) stoppedEarly = `record ${rec.n} (line ${rec.line}): ${rec.error}`;
      if (rec.n > skip) {
        chunk.push(rec);
        chunkChars += recordChars(rec);
        if (chunk.length >= chunkSize || chunkChars >= CHUNK_CHARS) {
          await waitForSpace();
          if (chunk.length > 0) dispatch();
        }
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
  interrupt.off();
  stopProgress();
  if (stoppedBy && failure === undefined && stoppedEarly === undefined) {
    stoppedEarly = `${stoppedBy} after record ${records.toLocaleString('en-US')}: ${cpFile ? 'run the same command with --resume to go on' : 'the output ends there (a stream cannot be resumed)'}`;
  }

  if (failure !== undefined) {
    await closeQuietly(out, errs);
    throw failure;
  }
  await checkpoint(stoppedEarly === undefined); // after a signal too: a resume goes on from there
  await out.close();
  await errs?.close();

  if (notUtf8 > 0) warnings.push(notTextWarning(notUtf8, input.utf16, { input: opts.input, format: opts.format }));
  if (stats.read === 0 && warnings.length === 0) warnings.push(noRecordsWarning(source.bytesRead, source.name));
  const seconds = (performance.now() - t0) / 1000;
  io.stderr.write(
    formatSummary(stats, {
      seconds,
      startupSeconds,
      mainThreadBusy: performance.eventLoopUtilization(elu0).utilization,
      processedThisRun: records - skip,
      resumedAt: resumeFrom ? skip : undefined,
      threads: pool.threads,
      minRisk: opts.minRisk,
      errorsFile: opts.errors,
      sampleErrors,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      stoppedEarly,
      queued: review?.counts,
      warnings,
    }),
  );
  const exitCode = stoppedBy ? signalExitCode(stoppedBy) : stoppedEarly ? 1 : 0;
  return { exitCode, stats: stats.toJSON(), resumedAt: resumeFrom ? skip : undefined, stoppedEarly };
}

/**
 * Why a job read no records, when its reader did not say: an empty daily export is no failure, but
 * one that came empty by mistake must be noticed.
 */
function noRecordsWarning(bytes: number, input: string): string {
  if (bytes === 0) return `the input ${input} is empty (0 bytes): nothing was read`;
  return `no records were read: the input ${input} has ${bytes.toLocaleString('en-US')} bytes, all blank lines (or a byte order mark)`;
}

async function closeQuietly(...sinks: (ByteSink | undefined)[]): Promise<void> {
  for (const s of sinks) {
    try {
      await s?.close();
    } catch {
      // already failing; the first error is the one to report
    }
  }
}
