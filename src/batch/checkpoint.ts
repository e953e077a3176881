// The resume journal, `<output>.netra-progress`: how many input records are fully written, the byte
// length of the output and errors files at that point, the counters so far, and a fingerprint of the
// job (input, options, model) so a resume cannot silently mix two different jobs.
//
// It is replaced atomically (write a temp file, fsync, rename, fsync the directory) and only after the
// outputs it describes have been flushed and fsynced, so it never names bytes that are not on disk.
// A resume truncates the outputs back to those lengths and skips that many input records.
import { open, rename, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import type { StatsJSON } from './stats.js';
import { BatchUsageError } from './errors.js';
import { counted } from './count-noun.js';
import { namesNoStore, storeDifference } from './queue-identity.js';

export const CHECKPOINT_FORMAT = 'netra-batch-progress-v1';
/**
 * The layout of the progress file. Raise it when a field changes meaning or is added that a resume
 * must read: a netra never resumes from a layout it does not know. Files without it are version 1.
 */
export const CHECKPOINT_VERSION = 1;

export interface Fingerprint {
  input: { path: string; size?: number; head?: string };
  format: string;
  delimiter?: string;
  textField: string;
  idField: string;
  postedAtField?: string;
  /** Minutes east of UTC (`--posted-at-zone`); absent when not given, so older progress files still match. */
  postedAtZone?: number;
  /** `--posted-at-order`; absent when not given, so older progress files still match. */
  postedAtOrder?: string;
  /** `--author-field`; absent when not given, so older progress files still match. */
  authorField?: string;
  electionField?: string;
  election?: string;
  outputFormat: string;
  /** `--written`; absent when not given, so older progress files still match. */
  written?: true;
  /** `--output-delimiter` of a CSV output; absent for the comma, so older progress files still match. */
  outputDelimiter?: string;
  /** `--output-decimal` of a CSV output; absent for the point, so older progress files still match. */
  outputDecimal?: string;
  /**
   * The CSV cell rules the output was written by (`CSV_CELL_VERSION`), for CSV output only. Progress
   * files of a netra before it have none: their cells may follow older rules, so they do not resume.
   */
  csvCells?: number;
  minRisk: number;
  errors?: string;
  model?: string;
  maxTextLength: number;
  /**
   * `--enqueue`: where the queue is, as the store's start line names it (src/review/db/store-name.ts);
   * present only when given, so progress files without it still match. Older netra versions wrote
   * `sqlite:DIR`, or a URL's spelling (queue-identity.ts reads them), and before that `true`: the run
   * enqueued, but not where.
   */
  enqueue?: string | true;
}

export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  version: number;
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
  const version = cp.version ?? 1;
  if (version !== CHECKPOINT_VERSION) {
    throw new BatchUsageError(
      `cannot resume: ${file} has progress format version ${JSON.stringify(version)}, and this netra reads only version ${CHECKPOINT_VERSION} ` +
        `(another netra version wrote it); run the same command without --resume to start over, or delete ${file}`,
    );
  }
  return { ...cp, version };
}

export async function writeCheckpoint(file: string, cp: Checkpoint): Promise<void> {
  const tmp = `${file}.tmp`;
  const fh = await open(tmp, 'w', 0o600); // owner-only, as the output it describes
  try {
    try {
      await fh.writeFile(JSON.stringify(cp));
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }); // a half-written or unplaceable copy is no progress file: leave nothing
    throw err;
  }
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

/** How the user wrote each fingerprint field: the flag, or what else sets it. */
const FIELD_NAMES: Readonly<Record<Exclude<keyof Fingerprint, 'input'>, string>> = {
  format: '--format',
  delimiter: '--delimiter',
  textField: '--text-field',
  idField: '--id-field',
  postedAtField: '--posted-at-field',
  postedAtZone: '--posted-at-zone',
  postedAtOrder: '--posted-at-order',
  authorField: '--author-field',
  electionField: '--election-field',
  election: '--election',
  outputFormat: '--output-format',
  written: '--written',
  outputDelimiter: '--output-delimiter',
  outputDecimal: '--output-decimal',
  csvCells: 'the CSV cell writer',
  minRisk: '--min-risk',
  errors: '--errors',
  model: '--model',
  maxTextLength: 'NETRA_MAX_TEXT_LENGTH',
  enqueue: '--enqueue',
};
const INPUT_NAMES = { path: '--input', size: "the input's size", head: "the input's first 64 KiB" } as const;

/** What differs between two fingerprints, as the user wrote it, e.g. ["--min-risk", "the input's size"]. */
function fingerprintDiff(a: Fingerprint, b: Fingerprint): string[] {
  const diff: string[] = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Fingerprint>;
  for (const k of keys) {
    if (k === 'input') {
      for (const sub of ['path', 'size', 'head'] as const) if (a.input[sub] !== b.input[sub]) diff.push(INPUT_NAMES[sub]);
    } else if (a[k] !== b[k]) {
      diff.push(FIELD_NAMES[k] ?? k);
    }
  }
  return diff;
}

const START_OVER = 'run the same command without --resume to start over (the review queue skips the posts it already holds, so none is queued twice)';

/**
 * Why a resume would leave the review queue short, when the interrupted run and this one differ in
 * `--enqueue`: the records before the checkpoint went to the queue the progress file names (or to
 * none), and a resume offers only the rest. Undefined when they agree.
 */
export function enqueueMismatch(before: Fingerprint['enqueue'], now: Fingerprint['enqueue'], records: number): string | undefined {
  if (before === now) return undefined;
  const done = `the ${counted(records, 'record')} the interrupted run finished`;
  if (before === true) return `the progress file is from an older netra, which did not record which review queue --enqueue sent ${done} to, so a resume could leave them out of this run's queue; ${START_OVER}`;
  if (before === undefined) return `the interrupted run did not use --enqueue (or an older netra did not record that it did), so ${done} ${records === 1 ? 'was' : 'were'} never offered to the review queue; resume without --enqueue, or ${START_OVER}`;
  if (now === undefined) return `the interrupted run sent ${done} to the review queue at ${before} (--enqueue); resume with --enqueue and the same DATABASE_URL or NETRA_DATA_DIR, or ${START_OVER}`;
  const differs = typeof now === 'string' ? storeDifference(before, now) : undefined;
  const way = namesNoStore(before) ? START_OVER : `resume with the same DATABASE_URL or NETRA_DATA_DIR as then, or ${START_OVER}`;
  return `the interrupted run sent ${done} to the review queue at ${before}, and this run would send the rest to ${now}${differs ? `; ${differs}` : ''}; ${way}`;
}

/**
 * Why a CSV output cannot go on under this netra's cell writer: its cells so far were written by other
 * rules (an older netra wrote controls raw, or left a `;` cell unquoted in a comma file), and a resume
 * would leave one file with two kinds of cells. Undefined when both wrote by the same rules, or the
 * output is not CSV (JSONL is written as it always was).
 */
export function cellWriterMismatch(previous: Fingerprint, now: Fingerprint): string | undefined {
  if (now.csvCells === undefined || previous.csvCells === now.csvCells || previous.outputFormat !== now.outputFormat) return undefined;
  const by = previous.csvCells === undefined ? 'an older netra, which did not record its CSV cell rules' : `CSV cell rules version ${previous.csvCells}`;
  return (
    `the CSV so far was written by ${by}, and this netra writes its cells by version ${now.csvCells}, so a resume would mix two kinds of cells in one file; ` +
    'start again into a new file: run the same command without --resume (it writes the output afresh; the review queue skips the posts it already holds), or with another --output'
  );
}

/**
 * Why the job a progress file describes is not this one, so a resume would mix two jobs; undefined
 * when it is. The model is compared once it has loaded.
 */
export function resumeRefusal(previous: Fingerprint, now: Fingerprint, records: number): string | undefined {
  const { model: _model, ...rest } = previous;
  const writer = cellWriterMismatch(previous, now);
  if (writer) return writer;
  // The cell writer is told apart above, or differs only with --output-format, which the diff names.
  const diff = fingerprintDiff({ ...rest, enqueue: undefined, csvCells: undefined }, { ...now, enqueue: undefined, csvCells: undefined });
  if (diff.length > 0) return `${diff.join(', ')} ${diff.length === 1 ? 'differs' : 'differ'} from the interrupted run (run without --resume to start over)`;
  return enqueueMismatch(previous.enqueue, now.enqueue, records);
}
