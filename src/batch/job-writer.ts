// Writing scored chunks, in input order: output, errors lines (the first three kept for a summary
// without --errors), flagged records to the review queue, counters, and a checkpoint when one is due.
import { errorLine } from './format.js';
import type { ReviewQueue } from './enqueue.js';
import type { JobFiles } from './job-files.js';
import type { JobProgress } from './job-progress.js';
import type { ChunkResult } from './types.js';
import { RepeatedIds } from './repeated-ids.js';

/** Buffered bytes at which a file is written out before its next checkpoint. */
const FLUSH_BYTES = 1 << 20;

export class JobWriter {
  /** The first bad records, as the summary names them when there is no errors file. */
  readonly sampleErrors: string[] = [];
  private readonly repeatedIds = new RepeatedIds();

  constructor(
    private readonly files: JobFiles,
    private readonly progress: JobProgress,
    private readonly review: ReviewQueue | undefined,
  ) {}

  async commit(res: ChunkResult): Promise<void> {
    const { out, errs } = this.files;
    out.write(res.out);
    for (const e of res.errors) {
      errs?.write(errorLine(e));
      if (this.sampleErrors.length < 3) this.sampleErrors.push(`record ${e.record} (line ${e.line}): ${e.reason}`);
    }
    if (this.review && res.flagged && res.flagged.length > 0) await this.review.add(res.flagged);
    this.progress.stats.add(res);
    this.repeatedIds.see(res.idHashes, this.progress.stats.ids);
    this.progress.records += res.count;
    if (out.buffered >= FLUSH_BYTES) await out.flush();
    if (errs && errs.buffered >= FLUSH_BYTES) await errs.flush();
    await this.progress.saveIfDue(this.files);
  }

  skipped(hashes: Uint32Array): void {
    this.repeatedIds.remember(hashes);
  }

  /** While no chunk is ready: write out what is buffered, so output keeps up with a slow input. */
  async idle(): Promise<void> {
    await this.files.out.flush();
    await this.files.errs?.flush();
    await this.progress.saveIfDue(this.files);
  }
}
