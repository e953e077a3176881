// `--enqueue`: hands scored records at or above the review threshold (level sedang or tinggi) to the
// review queue through src/review/enqueue.ts (openEnqueuer). That module is loaded only when the
// flag is given and only if it exists; without it the flag is a usage error. Items carry the input's
// own id as externalId when there is one, so the queue's dedupe makes a resumed or repeated run
// enqueue nothing twice. Each chunk's items are committed in one transaction.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BatchUsageError } from './errors.js';
import type { FlaggedItem } from './types.js';
import type { ScoreResult } from '../pipeline/scorer.js';

export const REVIEW_ENQUEUE_MODULE = new URL('../review/enqueue.ts', import.meta.url);

/** The part of src/review/enqueue.ts this uses. */
interface EnqueuerModule {
  openEnqueuer(opts: { source?: string; actor?: string; minLevel?: 'rendah' | 'sedang' | 'tinggi' }): Promise<{
    enqueueMany(
      items: readonly { text: string; result: ScoreResult; author?: string; source?: string; externalId?: string; postedAt?: string; election?: string }[],
    ): Promise<void>;
    readonly counts: { created: number; duplicates: number; skipped: number };
    close(): Promise<void>;
  }>;
}

export interface ReviewQueue {
  add(items: readonly FlaggedItem[]): Promise<void>;
  readonly counts: { created: number; duplicates: number; skipped: number };
  close(): Promise<void>;
}

export function reviewQueueAvailable(): boolean {
  return existsSync(fileURLToPath(REVIEW_ENQUEUE_MODULE));
}

/** Opens the review queue for a batch job; `source` names the feed in the queue (e.g. "batch:feed.csv"). */
export async function openReviewQueue(source: string): Promise<ReviewQueue> {
  if (!reviewQueueAvailable()) {
    throw new BatchUsageError('--enqueue: the review queue is not available yet (no src/review/enqueue.ts); score without --enqueue');
  }
  const mod = (await import(REVIEW_ENQUEUE_MODULE.href)) as Partial<EnqueuerModule>;
  if (typeof mod.openEnqueuer !== 'function') throw new BatchUsageError('--enqueue: src/review/enqueue.ts does not export openEnqueuer()');
  const q = await mod.openEnqueuer({ source, actor: 'batch', minLevel: 'sedang' });
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
          ...(it.postedAt !== undefined ? { postedAt: it.postedAt } : {}),
          ...(it.result.election !== undefined ? { election: it.result.election } : {}),
        })),
      ),
    close: () => q.close(),
  };
}
