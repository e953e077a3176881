// A closed output pipe (`netra … | head -1`): the reader has stopped, so the command stops too, as a
// Unix tool does. Node ignores SIGPIPE, so such a write fails with EPIPE instead, and an unhandled
// one ends the process with a stack trace and exit 1, as if netra had failed.
import type { Writable } from 'node:stream';

/** 128 + SIGPIPE: the exit code of a Unix tool that a closed output pipe ended (`yes | head -1`). */
export const CLOSED_PIPE_EXIT = 141;

export function isClosedPipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null | undefined)?.code === 'EPIPE';
}

/** An output (stdout, a FIFO, /dev/stdout) whose reader went away; the CLI exits CLOSED_PIPE_EXIT on it, quietly. */
export class ClosedPipeError extends Error {
  constructor(what: string) {
    super(`${what} closed early (EPIPE): the reading end of the pipe went away`);
  }
}

/** Streams whose writer (a batch job's output sink) reports their errors, EPIPE included, by stopping its work in order. */
const reportedByWriter = new WeakSet<Writable>();

/** Marks `stream` as one whose errors its writer reports: the process must not exit under it. */
export function writerReportsErrors(stream: Writable): void {
  reportedByWriter.add(stream);
}

/**
 * For an entry point (the CLI, a script): when stdout's reader goes away, exit CLOSED_PIPE_EXIT at
 * once and without a word; other stdout errors stay errors. Errors writing stderr are ignored: it
 * holds only diagnostics, and a command that finishes (`2>&1 | head`) has not failed.
 */
export function quitQuietlyOnClosedPipes(stdout: Writable = process.stdout, stderr: Writable = process.stderr): void {
  stdout.on('error', (err) => {
    if (reportedByWriter.has(stdout)) return;
    if (isClosedPipe(err)) process.exit(CLOSED_PIPE_EXIT);
    throw err;
  });
  stderr.on('error', () => {});
}

/**
 * The exit code of a command that returned `code`: CLOSED_PIPE_EXIT instead of 0 when part of its
 * output was lost to a closed stdout. A write's EPIPE is reported a tick later, so a command that
 * writes last and exits at once would otherwise report success for output nobody read.
 */
export function exitCodeAfterOutput(code: number, stdout: Writable = process.stdout): number {
  return code === 0 && isClosedPipe(stdout.errored) ? CLOSED_PIPE_EXIT : code;
}
