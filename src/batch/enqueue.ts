// `--enqueue`: hands scored records at or above the review threshold (level sedang or tinggi) that are
// written (at or above --min-risk too) to the review queue through src/review/enqueue.ts
// (openEnqueuer). That module is loaded only when the flag is given: it brings the database drivers.
// Items carry the input's own id as externalId when there is one, so the queue's dedupe makes a
// resumed or repeated run, or one of the same posts under another file name, enqueue nothing twice. Each
// chunk's items are committed in one transaction. The store must exist already (the service or
// `netra keys create` starts one): a mistyped NETRA_DATA_DIR, or a run from another directory, would
// otherwise get a new, empty store that no reviewer reads, and the job would report its posts queued.
// The audit log names who ran the job, `cli:<login name>`, as for the other commands run from a shell.
import type { FlaggedItem } from './types.js';
import type { RecognisedCounts } from '../review/enqueue.js';

export interface ReviewQueue {
  add(items: readonly FlaggedItem[]): Promise<void>;
  /**
   * `alreadyDecided`: of the duplicates, those confirmed or dismissed; `recognised`: those known though
   * queued with an id or author they lack, or without one they have, or at another UTC minute (another
   * --posted-at-zone). Absent from a queue that does not tell.
   */
  readonly counts: { created: number; duplicates: number; skipped: number; alreadyDecided?: { confirmed: number; dismissed: number }; recognised?: RecognisedCounts };
  close(): Promise<void>;
}

/** Opens the review queue for a batch job; `source` names the feed in the queue (e.g. "batch:feed.csv"; queueSource). */
export async function openReviewQueue(source: string): Promise<ReviewQueue> {
  const { openEnqueuer } = await import('../review/enqueue.js');
  const { logToStderr } = await import('../review/db/open.js');
  const { cliActor } = await import('../review/names.js');
  const q = await openEnqueuer({ source, actor: cliActor(), minLevel: 'sedang', mustExist: true, log: logToStderr });
  return {
    counts: q.counts,
    // one transaction per chunk: a commit per post held --enqueue to about 1,000 records/s
    add: (items) =>
      q.enqueueMany(
        items.map((it) => ({
          text: it.text,
          result: it.result,
          ...(it.externalId !== undefined ? { externalId: it.externalId } : {}),
          ...(it.author !== undefined ? { author: it.author } : {}),
          ...(it.url !== undefined ? { url: it.url } : {}),
          ...(it.postedAt !== undefined ? { postedAt: it.postedAt } : {}),
          ...(it.postedAtLocal !== undefined ? { postedAtLocal: it.postedAtLocal } : {}),
          ...(it.result.election !== undefined ? { election: it.result.election } : {}),
        })),
      ),
    close: () => q.close(),
  };
}
