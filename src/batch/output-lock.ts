// One job per output file: two jobs writing one output at once (overlapping nightly runs) would each
// truncate, write and checkpoint it, and leave a progress file that does not describe it. An errors
// file is locked the same way: two jobs with one --errors would truncate and write it over each other.
//
// The lock is the written file's, not the name's. `<file>.netra-lock`, next to the file written (a
// symlink to the output under another name takes the same lock), works before the file exists and
// across hosts on a share. A hard link is a second name for the file itself, which no name tells, so
// an output that exists is also locked by its device and inode, in the temporary directory (one per
// host, as device and inode numbers are). The mechanics of a lock file: lock-file.ts.
import { statSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { writtenFile } from './written-file.js';
import { takeLock, type HeldLock, type LockHolder } from './lock-file.js';

export type { LockHolder } from './lock-file.js';

/** The lock of the file `output` writes: `<file>.netra-lock`, next to it. */
export function lockPath(output: string): string {
  return `${writtenFile(output)}.netra-lock`;
}

/** The lock of the existing file `output` writes, by device and inode; undefined when there is no file yet. */
export function inodeLockPath(output: string): string | undefined {
  const st = statSync(output, { throwIfNoEntry: false });
  return st?.isFile() ? path.join(tmpdir(), `netra-score-${st.dev}-${st.ino}.netra-lock`) : undefined;
}

/** An output's locks held as one (by name, and by inode for a file that exists): `file` is the one by name. */
export type OutputLock = HeldLock;

/**
 * Takes the locks of `output` (the file `--output` names, or `--errors`: `flag`, for the message) for
 * this job, or refuses (bad usage, before the job touches any file) when another job that may still
 * be running holds one. A stale lock is taken over.
 */
export function lockOutput(output: string, flag: '--output' | '--errors' = '--output'): OutputLock {
  const what = flag === '--errors' ? 'errors file' : 'output';
  const messages = (file: string, via: string) => ({
    cannotCreate: (reason: string) => `cannot write ${what} ${output}: cannot create its lock ${file}: ${reason}`,
    held: (holder: LockHolder | undefined) =>
      holder
        ? `${output} is being written by another netra score job (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, started ${holder.startedAt}${via}; its lock is ${file}): one job per output at a time; wait for it to end, or give another ${flag}`
        : `${output} is locked by ${file}, which is not a netra lock this netra can read; if no netra score job is writing ${output}, delete it`,
    keepsComingBack: () => `${output} is in use: its lock ${file} keeps coming back; is another netra score job starting on it?`,
  });
  const byName = lockPath(output);
  const named = takeLock(byName, messages(byName, ''));
  const locks: HeldLock[] = [named];
  const byInode = inodeLockPath(output);
  if (byInode !== undefined) {
    try {
      locks.push(takeLock(byInode, messages(byInode, ', under another name for the same file (a hard link)')));
    } catch (err) {
      named.release();
      throw err;
    }
  }
  // a killed job leaves both behind: one note says it
  const tookOver = locks.find((l) => l.tookOver !== undefined)?.tookOver;
  return { file: byName, tookOver, release: () => locks.forEach((l) => l.release()) };
}
