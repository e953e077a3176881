// The files a batch job reads and writes: which outputs are streams (no progress file, no resume),
// whether two paths are one file (writing would truncate the input), and the checks on them that run
// before anything is written.
import { fstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkpointPath } from './checkpoint.js';
import { lockPath } from './output-lock.js';
import { writtenFile } from './written-file.js';
import { BatchUsageError } from './errors.js';
import type { BatchOptions } from './job-options.js';

/**
 * The regular file or pipe behind a path, or behind '-' (stdin as input, stdout as output), as device
 * and inode. Pipes count because `--errors /dev/stdout` is the very pipe stdout writes the output to.
 */
function identity(file: string, asInput: boolean): string | undefined {
  try {
    const st = file === '-' ? fstatSync(asInput ? 0 : 1) : statSync(file);
    return st.isFile() || st.isFIFO() ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether two paths are one file: the same path or a symlink to it (the file need not exist yet), or
 * links to one file (a hard link, stdin redirected from the output, stdout appended to the input),
 * which writing would truncate or grow while it is read; or one pipe (stdout and /dev/stdout), where
 * errors would land amid the output.
 */
function sameFile(a: string, b: string | undefined, aIsInput = false): boolean {
  if (b === undefined) return false;
  // by the file written, so a link to a file not created yet is caught too (it has no inode to compare)
  if (a !== '-' && b !== '-' && path.resolve(writtenFile(a)) === path.resolve(writtenFile(b))) return true;
  const ia = identity(a, aIsInput);
  return ia !== undefined && ia === identity(b, false);
}

/**
 * Outputs that are not regular files — stdout, /dev/null, a FIFO, a process substitution — are
 * written as streams: they cannot be truncated or rewritten at an offset, so they get no progress
 * file and cannot be resumed.
 */
export function isStreamTarget(file: string): boolean {
  // /dev/stdout is a regular file when stdout is redirected to one: still no progress file in /dev.
  if (file === '-' || /^\/(?:dev|proc)\//.test(path.resolve(file))) return true;
  const st = statSync(file, { throwIfNoEntry: false });
  return st !== undefined && !st.isFile() && !st.isDirectory();
}

/** A file output that cannot be created fails before anything (the progress file included) is written. */
export function checkWritable(file: string | undefined, what: string): void {
  if (file === undefined || isStreamTarget(file)) return;
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`cannot write ${what} ${file}: it is a directory`);
  const dir = path.dirname(path.resolve(file));
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`cannot write ${what} ${file}: the directory ${dir} does not exist`);
}

export function checkUsage(opts: BatchOptions): void {
  if (opts.resume && isStreamTarget(opts.output)) throw new BatchUsageError(`--resume needs --output FILE, a regular file (a run written to ${opts.output === '-' ? 'stdout' : opts.output} cannot be resumed)`);
  if (sameFile(opts.input, opts.output, true)) throw new BatchUsageError(`--output must not be the input file${opts.input === '-' ? ' (stdin reads from it)' : ''}`);
  if (sameFile(opts.input, opts.errors, true)) throw new BatchUsageError(`--errors must not be the input file${opts.input === '-' ? ' (stdin reads from it)' : ''}`);
  if (opts.errors !== undefined && sameFile(opts.output, opts.errors)) throw new BatchUsageError('--errors must not be the output file');
  if (!isStreamTarget(opts.output)) {
    for (const [what, job] of [['progress file', checkpointPath(opts.output)], ['lock file', lockPath(opts.output)]] as const) {
      for (const [flag, file] of [['--input', opts.input], ['--errors', opts.errors]] as const) {
        if (sameFile(job, file)) throw new BatchUsageError(`${flag} must not be the ${what} ${job}`);
      }
    }
  }
}
