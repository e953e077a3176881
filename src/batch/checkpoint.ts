// The resume journal, `<output>.netra-progress`: how many input records are fully written, the byte
// length of the output and errors files at that point, the counters so far, and a fingerprint of the
// job (input, options, model) so a resume cannot silently mix two different jobs.
//
// It is replaced atomically (write a temp file, fsync, rename, fsync the directory) and only after the
// outputs it describes have been flushed and fsynced, so it never names bytes that are not on disk.
// A resume truncates the outputs back to those lengths and skips that many input records.
import { open, rename, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import type { StatsJSON } from './stats.js';

export const CHECKPOINT_FORMAT = 'netra-batch-progress-v1';

export interface Fingerprint {
  input: { path: string; size?: number; head?: string };
  format: string;
  delimiter?: string;
  textField: string;
  idField: string;
  postedAtField?: string;
  /** Minutes east of UTC (`--posted-at-zone`); absent when not given, so older progress files still match. */
  postedAtZone?: number;
  electionField?: string;
  election?: string;
  outputFormat: string;
  minRisk: number;
  errors?: string;
  model?: string;
  maxTextLength: number;
  /** `--enqueue`: where the queue is; present only when given, so progress files without it still match. */
  enqueue?: string;
}

export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  records: number;
  outputBytes: number;
  errorsBytes: number;
  stats: StatsJSON;
  fingerprint: Fingerprint;
  done: boolean;
  updatedAt: string;
}

export function checkpointPath(output: string): string {
  return `${output}.netra-progress`;
}

/**
 * Size and a hash of the first 64 KiB of an input file: enough to notice a different input. Only
 * for regular files (`size` known): reading a FIFO here would eat the data the job is about to read.
 */
export function inputIdentity(input: string, size?: number): Fingerprint['input'] {
  if (input === '-') return { path: '-' };
  if (size === undefined) return { path: path.resolve(input) };
  const fd = openSync(input, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return { path: path.resolve(input), size, head: createHash('sha256').update(buf.subarray(0, n)).digest('hex').slice(0, 32) };
  } finally {
    closeSync(fd);
  }
}

export async function readCheckpoint(file: string): Promise<Checkpoint | undefined> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const cp = JSON.parse(raw) as Checkpoint;
  if (cp.format !== CHECKPOINT_FORMAT) throw new Error(`${file}: not a netra progress file`);
  return cp;
}

export async function writeCheckpoint(file: string, cp: Checkpoint): Promise<void> {
  const tmp = `${file}.tmp`;
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(JSON.stringify(cp));
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
  try {
    const dir = await open(path.dirname(path.resolve(file)), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // some filesystems refuse fsync on directories; the rename is still atomic
  }
}

/** Names of the fingerprint fields that differ, e.g. ["minRisk", "input.size"]. */
export function fingerprintDiff(a: Fingerprint, b: Fingerprint): string[] {
  const diff: string[] = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Fingerprint>;
  for (const k of keys) {
    if (k === 'input') {
      for (const sub of ['path', 'size', 'head'] as const) if (a.input[sub] !== b.input[sub]) diff.push(`input.${sub}`);
    } else if (a[k] !== b[k]) {
      diff.push(k);
    }
  }
  return diff;
}
