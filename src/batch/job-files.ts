// The output and errors files of a job. Both are opened before anything is written, so one that
// cannot be opened leaves nothing behind; what was opened is discarded when the other fails, or when
// starting them fails.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { ByteSink } from './sink.js';
import { outputHeader } from './format.js';
import { BatchUsageError } from './errors.js';
import { isStreamTarget } from './paths.js';
import { descriptorOf } from './descriptor-path.js';
import type { Checkpoint } from './checkpoint.js';
import type { BatchOptions } from './job-options.js';

export interface JobFiles {
  out: ByteSink;
  errs?: ByteSink;
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

/** The process's own stdout and stderr, which `-`, /dev/stdout and /dev/stderr name. */
type StdStreams = { stdout: Writable; stderr: Writable };

/**
 * A stream output. The process's stdout or stderr is written through its own stream, in order with the
 * summary; another descriptor the shell opened (/dev/fd/3) is opened again to append, never truncated.
 */
function streamSink(target: string, std: StdStreams, what: string): ByteSink {
  const fd = target === '-' ? 1 : descriptorOf(target);
  if (fd === 1) return ByteSink.stream(std.stdout, false, what);
  if (fd === 2) return ByteSink.stream(std.stderr, false, what);
  return ByteSink.stream(createWriteStream(target, { flags: fd === undefined ? 'w' : 'a' }), true, what);
}

/** The output and errors sinks, opened but unchanged; when one fails, the other is discarded. */
async function openSinks(opts: BatchOptions, std: StdStreams, cpFile: string | undefined, resuming: boolean): Promise<JobFiles> {
  const out = cpFile ? await openFileSink(opts.output, resuming, 'output') : streamSink(opts.output, std, 'output');
  if (opts.errors === undefined) return { out };
  try {
    return { out, errs: isStreamTarget(opts.errors) ? streamSink(opts.errors, std, 'errors file') : await openFileSink(opts.errors, resuming, 'errors file') };
  } catch (err) {
    await out.discard();
    throw err;
  }
}

/**
 * Both files, ready to write at the point `resumeFrom` records (a fresh job: empty, with the output's
 * header). A fresh job first records "nothing written yet" (`recordStart`) before truncating anything,
 * so a kill at any point after this leaves a progress file that a resume can trust. `beforeChange`
 * runs once both are open and before anything changes: what it throws discards them (a signal that
 * came while they opened stops the job with nothing written).
 */
export async function openJobFiles(
  opts: BatchOptions,
  std: StdStreams,
  cpFile: string | undefined,
  resumeFrom: Checkpoint | undefined,
  recordStart: () => Promise<void>,
  beforeChange: () => void = () => {},
): Promise<JobFiles> {
  const { out, errs } = await openSinks(opts, std, cpFile, resumeFrom !== undefined);
  try {
    beforeChange();
  } catch (err) {
    await out.discard();
    await errs?.discard();
    throw err;
  }
  try {
    if (!resumeFrom) await recordStart();
    await out.startAt(resumeFrom?.outputBytes ?? 0);
    await errs?.startAt(resumeFrom?.errorsBytes ?? 0);
  } catch (err) {
    await out.discard();
    await errs?.discard();
    throw resumeFrom ? new BatchUsageError(`cannot resume: ${(err as Error).message}`) : err;
  }
  if (out.bytes === 0) out.write(outputHeader(opts.outputFormat, opts.written === true, opts.outputDelimiter));
  return { out, errs };
}

/** Closes both files after a failure, whose error is the one to report. */
export async function closeQuietly({ out, errs }: JobFiles): Promise<void> {
  for (const s of [out, errs]) {
    try {
      await s?.close();
    } catch {
      // already failing; the first error is the one to report
    }
  }
}
