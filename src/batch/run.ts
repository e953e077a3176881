// The batch job: read records → score them in the pool (chunks of consecutive records; the scoring
// thread maps fields and formats output) → write output and errors in order → checkpoint → summary.
// Each step is a file of its own: resume.ts (whether and where to go on), job-files.ts (the output
// and errors files), scoring-loop.ts (chunks, back-pressure and order), job-writer.ts and
// job-progress.ts (writing and checkpointing), input-warnings.ts and stats.ts (the summary).
import { performance } from 'node:perf_hooks';
import { openSource, type ByteSource } from './source.js';
import { refuseCompressed } from './compressed.js';
import { startPool, type ScoringPool } from './pool.js';
import { BatchStats, formatSummary } from './stats.js';
import { checkpointPath, type Checkpoint, type Fingerprint } from './checkpoint.js';
import { startProgress } from './progress.js';
import { beforeInterrupt, signalExitCode, StoppedAtStart, stoppedNote, untilStopped, watchInterrupt, type Interrupt } from './interrupt.js';
import { checkUsage, checkWritable, isStreamTarget } from './paths.js';
import type { ReviewQueue } from './enqueue.js';
import { checkChatZone, fieldMap } from './job-fields.js';
import { quietNotes, readerFor, withFirst, type InputNotes } from './job-reader.js';
import { alreadyComplete, checkResumeModel, jobFingerprint, resumePoint, shortInput } from './resume.js';
import { closeQuietly, openJobFiles } from './job-files.js';
import { JobProgress } from './job-progress.js';
import { JobWriter } from './job-writer.js';
import { scoreInOrder } from './scoring-loop.js';
import { inputWarnings } from './input-warnings.js';
import type { BatchIO, BatchOptions, BatchOutcome } from './job-options.js';
import { lockOutput, type OutputLock } from './output-lock.js';
import { BatchUsageError } from './errors.js';
import { nothingScored } from './nothing-scored.js';

export type { BatchIO, BatchOptions, BatchOutcome } from './job-options.js';

export async function runBatch(opts: BatchOptions, io: BatchIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<BatchOutcome> {
  const t0 = performance.now();
  // Watched from the start: a signal while the model loads (seconds) or the first record is awaited
  // (a quiet pipe) stops the job at once with a line saying so; after that, the scoring loop stops it.
  const interrupt = watchInterrupt();
  const held: { locks: OutputLock[] } = { locks: [] };
  try {
    return await startJob(opts, io, interrupt, t0, held);
  } catch (err) {
    if (!(err instanceof StoppedAtStart)) throw err;
    io.stderr.write(`netra score: ${err.message}\n`);
    return { exitCode: signalExitCode(err.signal), stats: new BatchStats().toJSON(), stoppedEarly: err.message };
  } finally {
    interrupt.off();
    for (const lock of held.locks) lock.release();
  }
}

async function startJob(opts: BatchOptions, io: BatchIO, interrupt: Interrupt, t0: number, held: { locks: OutputLock[] }): Promise<BatchOutcome> {
  checkUsage(opts);
  checkChatZone(opts);
  const source = openSource(opts.input, io.stdin);
  const baseFingerprint = jobFingerprint(opts, source.size);

  checkWritable(opts.output, 'output');
  checkWritable(opts.errors, 'errors file');
  const cpFile = isStreamTarget(opts.output) ? undefined : checkpointPath(opts.output);
  // One job per output file and errors file, before the progress file is read or anything is
  // written (a stream has nothing to corrupt: it is written only by this job).
  const locked: ['--output' | '--errors', string][] = [];
  if (cpFile) locked.push(['--output', opts.output]);
  if (opts.errors !== undefined && !isStreamTarget(opts.errors)) locked.push(['--errors', opts.errors]);
  for (const [flag, file] of locked) {
    const lock = lockOutput(file, flag);
    held.locks.push(lock);
    if (lock.tookOver) io.stderr.write(`netra score: note: ${lock.tookOver}\n`);
  }
  const resumeFrom = opts.resume && cpFile ? await resumePoint(opts, cpFile, baseFingerprint) : undefined;
  if (resumeFrom?.done) return alreadyComplete(opts.output, resumeFrom, io.stderr);

  // The review queue opens before the model loads: a store that is not there (--enqueue never starts
  // one) is refused at once, not after the start-up.
  const review: ReviewQueue | undefined = await beforeInterrupt(interrupt, Promise.resolve(opts.openQueue?.()), (q) => q?.close());
  let pool: ScoringPool | undefined;
  try {
    const starting = startPool(opts.workers, {
      model: opts.model,
      election: opts.election?.fromFile ? opts.election.config : undefined,
      chunk: { outputFormat: opts.outputFormat, outputDelimiter: opts.outputDelimiter, outputDecimal: opts.outputDecimal, written: opts.written === true, minRisk: opts.minRisk, collectFlagged: opts.openQueue !== undefined, fields: fieldMap(opts) },
    });
    pool = await beforeInterrupt(interrupt, starting, (p) => p.close());
    checkResumeModel(resumeFrom, pool.model);
    if (pool.warning) io.stderr.write(`netra score: warning: ${pool.warning}\n`);
    return await runJob(opts, io, pool, review, source, { ...baseFingerprint, model: pool.model }, cpFile, resumeFrom, interrupt, t0);
  } finally {
    await pool?.close();
    await review?.close();
  }
}

async function runJob(
  opts: BatchOptions,
  io: BatchIO,
  pool: ScoringPool,
  review: ReviewQueue | undefined,
  source: ByteSource,
  fingerprint: Fingerprint,
  cpFile: string | undefined,
  resumeFrom: Checkpoint | undefined,
  interrupt: Interrupt,
  t0: number,
): Promise<BatchOutcome> {
  const startupSeconds = (performance.now() - t0) / 1000;
  const elu0 = performance.eventLoopUtilization();
  const skip = resumeFrom?.records ?? 0;
  const progress = new JobProgress(cpFile, resumeFrom ? BatchStats.from(resumeFrom.stats) : new BatchStats(), fingerprint, skip, opts.checkpointEveryMs ?? 1000);

  // Up to the first record is read before anything is written: a CSV header without the columns the
  // flags name is bad usage, and must not cost the previous run's output or progress file.
  const notes: InputNotes = { warnings: [], utf16: false };
  const reader = readerFor(opts, refuseCompressed(source.chunks, source.name, opts.format), notes);
  const first = await beforeInterrupt(interrupt, reader.next());
  // A signal while the files open (an fsync can take seconds on a loaded machine) still stops the job
  // at once, as long as nothing has changed; once something has, the job has started: the record it
  // read is scored and checkpointed whatever comes, so it stops "after record 1", never at 0 with
  // the input seemingly empty.
  const stopIfSignalled = () => {
    if (interrupt.signal !== undefined) throw new StoppedAtStart(interrupt.signal);
  };
  const files = await openJobFiles(opts, io, cpFile, resumeFrom, () => progress.saveStart(), stopIfSignalled).catch((err: unknown) => {
    reader.return(undefined).catch(() => {}); // closes the input, which nothing will read now
    throw err;
  });
  const writer = new JobWriter(files, progress, review);

  const stopProgress = startProgress(io.stderr, { records: () => progress.records - skip, bytesRead: () => source.bytesRead, size: source.size });
  const records = withFirst(first, untilStopped(reader, interrupt.stopped));
  const end = await scoreInOrder(records, pool, writer, { skip, chunkSize: opts.chunkSize ?? 256, interrupt });
  interrupt.off();
  stopProgress();
  if (end.failure !== undefined) {
    await closeQuietly(files);
    throw end.failure;
  }
  if (end.lastRecord < skip && end.stoppedBy === undefined && end.fatal === undefined) {
    // A resume whose input ends before the checkpoint (stdin piped short, `head` of the feed) is not
    // the interrupted run's input: marking the job done there would leave the rest never scored.
    await closeQuietly(files);
    throw new BatchUsageError(shortInput(source.name, end.lastRecord, skip, cpFile!));
  }
  const stoppedEarly = end.fatal ?? (end.stoppedBy ? stoppedNote(end.stoppedBy, progress.records, cpFile !== undefined) : undefined);
  const stats = progress.stats;
  const failed = stoppedEarly === undefined ? nothingScored(stats, writer.sampleErrors[0], { name: source.name, bytesRead: source.bytesRead, chatSkips: notes.chatSkips }) : undefined;
  // A failed job is not done: a --resume (a retry loop's) must not call it complete and exit 0.
  await progress.save(files, stoppedEarly === undefined && failed === undefined); // after a signal too: a resume goes on from there
  await files.out.close();
  await files.errs?.close();

  io.stderr.write(
    formatSummary(stats, {
      seconds: (performance.now() - t0) / 1000,
      startupSeconds,
      mainThreadBusy: performance.eventLoopUtilization(elu0).utilization,
      processedThisRun: progress.records - skip,
      resumedAt: resumeFrom ? skip : undefined,
      threads: pool.threads,
      minRisk: opts.minRisk,
      errorsFile: opts.errors,
      sampleErrors: writer.sampleErrors,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      stoppedEarly,
      failed,
      queued: review?.counts,
      notes: quietNotes(notes), // after a stop too: what was skipped up to there
      warnings: inputWarnings(notes, { read: stats.read, notUtf8: end.notUtf8, noPostedAt: stats.noPostedAt, noElection: stats.noElection, postedLater: stats.postedLater, firstPostedLater: stats.firstPostedLater, postedLongBefore: stats.postedLongBefore, firstPostedLongBefore: stats.firstPostedLongBefore, earliestElection: pool.earliestElection, ids: stats.ids, stopped: end.stoppedBy !== undefined }, opts, source),
    }),
  );
  const exitCode = end.stoppedBy ? signalExitCode(end.stoppedBy) : stoppedEarly || failed ? 1 : 0;
  return { exitCode, stats: stats.toJSON(), resumedAt: resumeFrom ? skip : undefined, stoppedEarly };
}
