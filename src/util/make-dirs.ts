// mkdir -p without fs.mkdirSync's recursive mode, which on Node 20 spins forever where the parent
// cannot hold directories (/proc/x): each missing level is made in turn, so the first failure is
// thrown with its own code and path.
import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Returns the directories it made, outermost first (none when `dir` existed). `mode`, when given, is
 * that of `dir` itself if made here (under the umask); the levels above get the default.
 */
export function makeDirs(dir: string, mode?: number): string[] {
  const missing: string[] = [];
  const leaf = path.resolve(dir);
  let at = leaf;
  while (!statSync(at, { throwIfNoEntry: false })) {
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  const made: string[] = [];
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, d === leaf && mode !== undefined ? { mode } : undefined);
      made.push(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // made meanwhile by another process
    }
  }
  return made;
}

/**
 * Undoes makeDirs as far as nothing else is lost: removes the directories it made, innermost first,
 * while each is empty (rmdir refuses one that is not), so one holding anything, and those above it,
 * stay. Returns the outermost one removed, or undefined.
 */
export function removeEmptyMadeDirs(made: string[]): string | undefined {
  let removed: string | undefined;
  for (const d of [...made].reverse()) {
    try {
      rmdirSync(d);
    } catch {
      break; // not empty (or gone or not ours to remove): keep it and everything above
    }
    removed = d;
  }
  return removed;
}
