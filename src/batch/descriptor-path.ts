// A path that names one of this process's open descriptors: /dev/stdout, /dev/stderr, /dev/fd/N,
// /proc/self/fd/N. The shell opened it (`2>>netra.log`, `3>errors.jsonl`); opened again by name it
// would be truncated, and written at an offset of its own, over what the descriptor itself writes.
import path from 'node:path';

const NAMED: Readonly<Record<string, number>> = { '/dev/stdin': 0, '/dev/stdout': 1, '/dev/stderr': 2 };

/** The descriptor `file` names, or undefined for any other path. */
export function descriptorOf(file: string): number | undefined {
  const p = path.resolve(file);
  if (NAMED[p] !== undefined) return NAMED[p];
  const m = /^\/(?:dev\/fd|proc\/(?:self|thread-self|(\d+))\/fd)\/(\d+)$/.exec(p);
  if (!m || (m[1] !== undefined && Number(m[1]) !== process.pid)) return undefined;
  return Number(m[2]);
}
