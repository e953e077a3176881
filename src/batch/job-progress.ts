// How far a job has got — the input records fully written, and the counters — and the progress file
// that records it (see checkpoint.ts). The file is written only after both outputs are flushed and
// synced, so it never names bytes that are not on disk; a stream output has none.
import { performance } from 'node:perf_hooks';
import { CHECKPOINT_FORMAT, CHECKPOINT_VERSION, writeCheckpoint, type Checkpoint, type Fingerprint } from './checkpoint.js';
import type { BatchStats } from './stats.js';
import type { JobFiles } from './job-files.js';

export class JobProgress {
  /** Input records fully written, those before a resume included. */
  records: number;
  private lastSaved = performance.now();
  /** The records the progress file on disk records. */
  private savedRecords: number;

  constructor(
    private readonly cpFile: string | undefined,
    readonly stats: BatchStats,
    private readonly fingerprint: Fingerprint,
    /** Records the interrupted run had written (0 for a fresh job). */
    readonly skip: number,
    private readonly everyMs: number,
  ) {
    this.records = skip;
    this.savedRecords = skip;
  }

  /** A fresh job's "nothing written yet", recorded before its files are truncated. */
  async saveStart(): Promise<void> {
    if (this.cpFile) await writeCheckpoint(this.cpFile, this.snapshot(false, 0, 0));
    this.savedRecords = 0;
  }

  /** Flushes both files and, for file outputs, makes them durable and records how far they go. */
  async save({ out, errs }: JobFiles, done: boolean): Promise<void> {
    await out.flush();
    await errs?.flush();
    if (!this.cpFile) return;
    await out.sync();
    await errs?.sync();
    await writeCheckpoint(this.cpFile, this.snapshot(done, out.bytes, errs?.bytes ?? 0));
    this.lastSaved = performance.now();
    this.savedRecords = this.records;
  }

  /**
   * Saves when the last save is checkpointEveryMs old and records were written since: a job that
   * waits on a quiet pipe, or a resume still skipping the records its progress file records, leaves
   * that file as it is.
   */
  async saveIfDue(files: JobFiles): Promise<void> {
    if (this.cpFile && this.records !== this.savedRecords && performance.now() - this.lastSaved >= this.everyMs) await this.save(files, false);
  }

  private snapshot(done: boolean, outputBytes: number, errorsBytes: number): Checkpoint {
    return {
      format: CHECKPOINT_FORMAT,
      version: CHECKPOINT_VERSION,
      records: this.records,
      outputBytes,
      errorsBytes,
      stats: this.stats.toJSON(),
      fingerprint: this.fingerprint,
      done,
      updatedAt: new Date().toISOString(),
    };
  }
}
