// One job per output file: `<output>.netra-lock`, next to the file written, holds the pid and start
// time of the job writing that output. Two jobs writing one output at once (overlapping nightly runs)
// would each truncate, write and checkpoint it, and leave a progress file that does not describe it.
//
// The lock is created whole and atomically: written under a name of this process's own, then linked
// to the lock's name, which fails when that exists (as O_EXCL does, also on NFS). It is removed when
// the job ends, on every path (errors and signals included; process.exit too). A job killed with
// kill -9, or a crash or a power cut, leaves it behind: a lock whose process is no longer running
// (on this host) is stale, and the next job takes it over with a note. The lock is the written file's,
// not the name's: a symlink to the output under another name takes the same lock. An errors file is
// locked the same way: two jobs with one --errors would truncate and write it over each other.
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { writtenFile } from './written-file.js';
import { hostname, uptime } from 'node:os';
import { BatchUsageError } from './errors.js';

/** The lock of the file `output` writes: `<file>.netra-lock`, next to it. */
export function lockPath(output: string): string {
  return `${writtenFile(output)}.netra-lock`;
}

/** What a lock file holds. */
export interface LockHolder {
  pid: number;
  /** When the job started (ISO 8601). */
  startedAt: string;
  host: string;
  /** The process's start time in clock ticks since boot (Linux), which tells a reused pid from the job's. */
  procStart?: string;
}

export interface OutputLock {
  readonly file: string;
  /** Set when a stale lock was taken over: what the summary's note says. */
  readonly tookOver?: string;
  /** Removes the lock if it is still this job's; idempotent. */
  release(): void;
}

/** A process's start time in clock ticks since boot, from /proc (Linux); undefined elsewhere. */
function procStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]; // field 22, counted after the command's name
  } catch {
    return undefined;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const h = JSON.parse(text) as LockHolder;
    return Number.isInteger(h.pid) && h.pid > 0 && typeof h.startedAt === 'string' && typeof h.host === 'string' ? h : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the job a lock names may still be running: on another host it cannot be told, so it may be. */
function mayBeRunning(h: LockHolder): boolean {
  if (h.host !== hostname()) return true;
  try {
    process.kill(h.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false; // EPERM: it runs, as another user
  }
  // the pid runs, but it may be another process that got the number since (after a reboot, say)
  const now = procStart(h.pid);
  return h.procStart === undefined || now === undefined || now === h.procStart;
}

/** The lock's text, or undefined when there is none. */
function readLock(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** A lock that cannot be read as one is stale only when it is older than the last boot (a power cut). */
function olderThanBoot(file: string): boolean {
  const st = statSync(file, { throwIfNoEntry: false });
  return st !== undefined && st.mtimeMs < Date.now() - uptime() * 1000;
}

function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code ? `${e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')} (${e.code})` : e.message;
}

/**
 * Takes the lock of `output` (the file `--output` names, or `--errors`: `flag`, for the message) for
 * this job, or refuses (bad usage, before the job touches any file)
 * when another job that may still be running holds it. A stale lock is taken over.
 */
export function lockOutput(output: string, flag: '--output' | '--errors' = '--output'): OutputLock {
  const file = lockPath(output);
  const what = flag === '--errors' ? 'errors file' : 'output';
  const mine: LockHolder = { pid: process.pid, startedAt: new Date().toISOString(), host: hostname(), procStart: procStart(process.pid) };
  const text = `${JSON.stringify(mine)}\n`;
  const own = `${file}.${process.pid}.tmp`;
  let tookOver: string | undefined;
  try {
    writeFileSync(own, text, { flag: 'w' });
  } catch (err) {
    throw new Error(`cannot write ${what} ${output}: cannot create its lock ${file}: ${reasonOf(err)}`);
  }
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(own, file);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot write ${what} ${output}: cannot create its lock ${file}: ${reasonOf(err)}`);
      }
      if (attempt >= 10) throw new BatchUsageError(`${output} is in use: its lock ${file} keeps coming back; is another netra score job starting on it?`);
      const held = readLock(file);
      if (held === undefined) continue; // released meanwhile
      const holder = parseHolder(held);
      if (holder ? mayBeRunning(holder) : !olderThanBoot(file)) {
        throw new BatchUsageError(
          holder
            ? `${output} is being written by another netra score job (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, started ${holder.startedAt}; its lock is ${file}): one job per output at a time; wait for it to end, or give another ${flag}`
            : `${output} is locked by ${file}, which is not a netra lock this netra can read; if no netra score job is writing ${output}, delete it`,
        );
      }
      // Stale. Move it aside, and go on only if what was moved is the lock judged stale: another job
      // taking it over at the same moment may have put its own lock there, which goes back.
      const aside = `${file}.${process.pid}.stale`;
      try {
        renameSync(file, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      const moved = readLock(aside);
      if (moved !== held) {
        try {
          linkSync(aside, file);
        } catch {
          // a third job holds it now; the next attempt finds that one
        }
        unlinkSync(aside);
        continue;
      }
      unlinkSync(aside);
      tookOver = holder
        ? `took over the lock ${file} left by pid ${holder.pid} (started ${holder.startedAt}), which is no longer running`
        : `took over the lock ${file}, unreadable and older than the last boot`;
    }
  } finally {
    unlinkSync(own);
  }

  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      if (readLock(file) === text) unlinkSync(file);
    } catch {
      // gone already, or its directory went away: nothing left to release
    }
  };
  process.on('exit', release); // a process.exit() before the job's own end still lets go of the lock
  return { file, tookOver, release };
}
