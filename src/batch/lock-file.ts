// A lock file: created whole and atomically (written under a name of this process's own, then linked
// to the lock's name, which fails when that exists, as O_EXCL does, also on NFS), removed when the job
// ends (process.exit too), and taken over when stale: its process no longer runs on this host, or it
// cannot be read and is older than the last boot (a power cut). What a lock guards, and what a refusal
// says, is the caller's (output-lock.ts).
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { BatchUsageError } from './errors.js';

/** What a lock file holds. */
export interface LockHolder {
  pid: number;
  /** When the job started (ISO 8601). */
  startedAt: string;
  host: string;
  /** The process's start time in clock ticks since boot (Linux), which tells a reused pid from the job's. */
  procStart?: string;
}

export interface HeldLock {
  readonly file: string;
  /** Set when a stale lock was taken over: what the summary's note says. */
  readonly tookOver?: string;
  /** Removes the lock if it is still this job's; idempotent. */
  release(): void;
}

/** What the caller says when the lock cannot be taken. */
export interface LockMessages {
  /** The lock cannot be created (a read-only directory, say). */
  cannotCreate(reason: string): string;
  /** Another job that may still run holds it (holder), or it is no netra lock (undefined). */
  held(holder: LockHolder | undefined): string;
  /** It keeps coming back after being found released or stale. */
  keepsComingBack(): string;
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
 * Takes the lock `file` for this job, or refuses (bad usage, before the job touches any file) when
 * another job that may still be running holds it. A stale lock is taken over.
 */
export function takeLock(file: string, say: LockMessages): HeldLock {
  const mine: LockHolder = { pid: process.pid, startedAt: new Date().toISOString(), host: hostname(), procStart: procStart(process.pid) };
  const text = `${JSON.stringify(mine)}\n`;
  const own = `${file}.${process.pid}.tmp`;
  let tookOver: string | undefined;
  try {
    writeFileSync(own, text, { flag: 'w' });
  } catch (err) {
    throw new Error(say.cannotCreate(reasonOf(err)));
  }
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(own, file);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(say.cannotCreate(reasonOf(err)));
      }
      if (attempt >= 10) throw new BatchUsageError(say.keepsComingBack());
      const held = readLock(file);
      if (held === undefined) continue; // released meanwhile
      const holder = parseHolder(held);
      if (holder ? mayBeRunning(holder) : !olderThanBoot(file)) throw new BatchUsageError(say.held(holder));
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
