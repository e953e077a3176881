// Batch → review queue. The batch CLI scores posts itself and hands each scored post here.
//
//   const q = await openEnqueuer({ source: 'batch:ig-2024', minLevel: 'sedang' });
//   await q.enqueue({ text, author, externalId, postedAt, election, result });   // result: ScoreResult
//   await q.close();
//
// Options (all optional):
//   databaseUrl  postgres://… (default DATABASE_URL; unset → SQLite under dataDir)
//   dataDir      SQLite directory (default NETRA_DATA_DIR or var/ under the project)
//   source       default source for items without one (default "batch"); dedupe is by
//                (source, externalId, text), or by author + text (+ postedAt to the minute) when there
//                is no externalId; the batch feeds ("batch", "batch:<name>") share one source in it (store/dedupe.ts),
//                and a batch post sent with less, or more, than its item was queued with is that item (store/same-post.ts)
//   actor        who the audit log names as creator (default "batch"; the batch CLI gives cli:<login name>)
//   minLevel     enqueue only results at or above this level (default "rendah": everything)
//   mustExist    refuse a SQLite store that does not exist yet instead of starting a new, empty one
//                (the batch CLI's --enqueue: a mistyped NETRA_DATA_DIR must not queue posts nobody sees)
// enqueue() resolves once the item is committed (or recognised as a duplicate); enqueueMany() commits
// its items in one transaction (a batch job's chunk). Neither logs text.
import type { ScoreResult } from '../pipeline/scorer.js';
import { LEVELS, type Level } from '../decision/level.js';
import { ReviewStore } from './store/index.js';
import { howRecognised, type Recognised } from './store/same-post.js';

export interface EnqueuerOptions {
  databaseUrl?: string;
  dataDir?: string;
  source?: string;
  actor?: string;
  minLevel?: Level;
  mustExist?: boolean;
  /** A line for each migration the open applies (the batch CLI: stderr). */
  log?: (message: string) => void;
}

export interface EnqueueItem {
  text: string;
  result: ScoreResult;
  author?: string;
  /** The link to the post (http or https). */
  url?: string;
  source?: string;
  externalId?: string;
  postedAt?: string | Date;
  /** The posting time as written, to the minute, when the job gave its zone (`2029-11-03T07:02`): the key holds it (store/dedupe.ts). */
  postedAtLocal?: string;
  election?: string;
}

/** Of the duplicates, how many were known though sent with less, or more, than they were queued with (store/same-post.ts). */
export type RecognisedCounts = Record<Recognised, number>;

export interface EnqueueCounts {
  created: number;
  duplicates: number;
  skipped: number;
  alreadyDecided: { confirmed: number; dismissed: number };
  /**
   * Of the duplicates, posts queued before without the id or author they have now (a batch run without
   * --id-field or --author-field), or with one they lack now, or at another UTC minute (another
   * --posted-at-zone, found by the minute as written).
   */
  recognised: RecognisedCounts;
}

export interface Enqueuer {
  enqueue(item: EnqueueItem): Promise<void>;
  enqueueMany(items: readonly EnqueueItem[]): Promise<void>;
  /**
   * Counts since open: new items, duplicates, and results below minLevel that were skipped; of the
   * duplicates, those already decided (a final decision) when met, which a re-run's operator asks about,
   * and those known though sent with less, or more, than they were queued with.
   */
  readonly counts: EnqueueCounts;
  close(): Promise<void>;
}

export async function openEnqueuer(opts: EnqueuerOptions = {}): Promise<Enqueuer> {
  const store = await ReviewStore.open({ url: opts.databaseUrl, dataDir: opts.dataDir, mustExist: opts.mustExist, log: opts.log });
  const min = LEVELS.indexOf(opts.minLevel ?? 'rendah');
  const counts: EnqueueCounts = { created: 0, duplicates: 0, skipped: 0, alreadyDecided: { confirmed: 0, dismissed: 0 }, recognised: { withoutId: 0, withId: 0, withoutAuthor: 0, withAuthor: 0, withTime: 0, otherZone: 0 } };
  const actor = opts.actor ?? 'batch';
  const toPost = (item: EnqueueItem) => ({
    post: {
      text: item.text,
      author: item.author,
      url: item.url,
      source: item.source ?? opts.source ?? 'batch',
      externalId: item.externalId,
      postedAt: item.postedAt instanceof Date ? item.postedAt.toISOString() : item.postedAt,
      postedAtLocal: item.postedAtLocal,
      election: item.election,
    },
    result: item.result,
  });
  const enqueueMany = async (items: readonly EnqueueItem[]) => {
    const wanted = items.filter((item) => LEVELS.indexOf(item.result.level) >= min);
    counts.skipped += items.length - wanted.length;
    if (wanted.length === 0) return;
    const posts = wanted.map(toPost);
    for (const [i, { created, item }] of (await store.addMany(posts, actor)).entries()) {
      if (created) counts.created++;
      else {
        counts.duplicates++;
        if (item.status === 'confirmed' || item.status === 'dismissed') counts.alreadyDecided[item.status]++;
        for (const how of howRecognised(posts[i].post, item)) counts.recognised[how]++;
      }
    }
  };
  return {
    counts,
    enqueue: (item) => enqueueMany([item]),
    enqueueMany,
    close: () => store.close(),
  };
}
