// Whether and where a job goes on from an interrupted run (`--resume`): the job's fingerprint, and the
// checks that the progress file and the model are the run's, and that the files on disk are at least
// as long as it records (their sizes only: their contents are not compared with anything); and why a resume
// whose input ends before the record the progress file goes on from is refused.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { inputIdentity, readCheckpoint, resumeRefusal, type Checkpoint, type Fingerprint } from './checkpoint.js';
import { BatchUsageError } from './errors.js';
import { isStreamTarget } from './paths.js';
import { counted } from './count-noun.js';
import { sameReviewStore } from './queue-identity.js';
import { CSV_CELL_VERSION } from '../util/csv-cell.js';
import type { BatchOptions, BatchOutcome } from './job-options.js';

function electionKey(e: BatchOptions['election']): string | undefined {
  if (!e) return undefined;
  if (!e.fromFile) return e.config.id;
  return `${e.config.id}@${createHash('sha256').update(JSON.stringify(e.config)).digest('hex').slice(0, 16)}`;
}

/** Everything a resume must find unchanged, but the model (known once the scorers have loaded). */
export function jobFingerprint(opts: BatchOptions, inputSize: number | undefined): Fingerprint {
  return {
    input: inputIdentity(opts.input, inputSize),
    format: opts.format,
    ...(opts.format === 'csv' ? { delimiter: opts.delimiter ?? ',' } : {}),
    textField: opts.textField,
    idField: opts.idField,
    postedAtField: opts.postedAtField,
    ...(opts.postedAtZone !== undefined ? { postedAtZone: opts.postedAtZone } : {}),
    ...(opts.postedAtOrder !== undefined ? { postedAtOrder: opts.postedAtOrder } : {}),
    // With --enqueue and no id the queue knows a post by author and text (and time): another author field would
    // queue the records before the checkpoint again. Absent when not given, so older progress files match.
    ...(opts.authorField !== undefined ? { authorField: opts.authorField } : {}),
    election: electionKey(opts.election),
    electionField: opts.electionField,
    outputFormat: opts.outputFormat,
    // Absent when not given, so older progress files match; a CSV's columns differ with it.
    ...(opts.written ? { written: true as const } : {}),
    // Absent for the comma, so older progress files match; a resume never mixes two delimiters in one file.
    ...(opts.outputDelimiter !== undefined && opts.outputDelimiter !== ',' ? { outputDelimiter: opts.outputDelimiter } : {}),
    // Absent for the point, so older progress files match; a resume never mixes two decimal marks.
    ...(opts.outputFormat === 'csv' && opts.outputDecimal === ',' ? { outputDecimal: opts.outputDecimal } : {}),
    // The cell rules that wrote the file's CSV so far: a resume by a netra whose cells differ would mix them.
    ...(opts.outputFormat === 'csv' ? { csvCells: CSV_CELL_VERSION } : {}),
    minRisk: opts.minRisk,
    errors: opts.errors === undefined ? undefined : path.resolve(opts.errors),
    maxTextLength: opts.maxTextLength,
    // A run that starts enqueueing at a resume, or enqueues into another store, would never queue the
    // records before it there.
    ...(opts.openQueue ? { enqueue: opts.queueLocation ?? 'review queue' } : {}),
  };
}

/** The same review store under the name the progress file gave it (an older netra's spelling, a symlinked directory). */
function sameQueue(recorded: Fingerprint['enqueue'], now: Fingerprint['enqueue']): boolean {
  return typeof recorded === 'string' && typeof now === 'string' && sameReviewStore(recorded, now);
}

/**
 * The progress file to go on from, or undefined to start afresh (none yet, and no output either);
 * anything that makes the files on disk not the run it describes is bad usage.
 */
export async function resumePoint(opts: BatchOptions, cpFile: string, fingerprint: Fingerprint): Promise<Checkpoint | undefined> {
  let cp: Checkpoint | undefined;
  try {
    cp = await readCheckpoint(cpFile);
  } catch (err) {
    if (err instanceof BatchUsageError) throw err;
    throw new BatchUsageError(`cannot resume: ${cpFile} is unreadable (${(err as Error).message.split('\n')[0]}); run without --resume to start over, or delete it`);
  }
  if (!cp) {
    const existing = statSync(opts.output, { throwIfNoEntry: false });
    if (existing && existing.size > 0) throw new BatchUsageError(`cannot resume: no progress file ${cpFile} (run without --resume to start over)`);
    return undefined;
  }
  // A finished output is not written again, so the cell writer that wrote it cannot mix with this one's.
  const written = cp.done ? { ...cp.fingerprint, csvCells: fingerprint.csvCells } : cp.fingerprint;
  const previous = { ...written, enqueue: sameQueue(written.enqueue, fingerprint.enqueue) ? fingerprint.enqueue : written.enqueue };
  const refusal = resumeRefusal(previous, fingerprint, cp.records);
  if (refusal) throw new BatchUsageError(`cannot resume: ${refusal}`);
  const missing = await shorterThanRecorded(opts.output, cp.outputBytes, opts.errors, cp.errorsBytes);
  if (missing) throw new BatchUsageError(`cannot resume: ${missing} (run without --resume to start over)`);
  return cp;
}

/** A resume of a job that had finished: nothing to do, and it says so. */
export function alreadyComplete(output: string, cp: Checkpoint, stderr: Writable): BatchOutcome {
  stderr.write(`netra score: ${output} is already complete (${counted(cp.records, 'record')}); nothing to resume\n`);
  return { exitCode: 0, stats: cp.stats, alreadyDone: true, resumedAt: cp.records };
}

/** The model is known once the scorers have loaded it: a resume must score with the one it started with. */
export function checkResumeModel(resumeFrom: Checkpoint | undefined, model: string): void {
  if (resumeFrom && resumeFrom.fingerprint.model !== model) {
    throw new BatchUsageError(`cannot resume: the interrupted run used model ${resumeFrom.fingerprint.model}, this one ${model}`);
  }
}

/**
 * Why the files on disk cannot be the run the progress file describes (gone, or shorter than it
 * records), or undefined when they can be: only their sizes are known to it, not their contents.
 */
async function shorterThanRecorded(output: string, outputBytes: number, errors: string | undefined, errorsBytes: number): Promise<string | undefined> {
  const files: [string, string | undefined, number][] = [['output', output, outputBytes], ['errors file', errors, errorsBytes]];
  for (const [what, file, bytes] of files) {
    if (file === undefined || bytes === 0 || isStreamTarget(file)) continue;
    const size = statSync(file, { throwIfNoEntry: false })?.size;
    if (size === undefined) return `the ${what} ${file} is gone (its progress file records ${bytes} bytes)`;
    if (size < bytes) return `the ${what} ${file} has ${size} bytes, fewer than the ${bytes} its progress file records`;
  }
  return undefined;
}

/** Why a resume stops when its input ends before the record its progress file goes on from. */
export function shortInput(input: string, last: number, skip: number, cpFile: string): string {
  const ended = last === 0 ? 'has no records' : `ends at record ${last.toLocaleString('en-US')}`;
  return `cannot resume: the input ${input} ${ended}, before record ${skip.toLocaleString('en-US')}, where ${cpFile} says the interrupted run got to; resume with the whole input that run read${input === 'stdin' ? ' (pipe all of it again)' : ''}. The progress file is left as it was`;
}
