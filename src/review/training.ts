// Reviewed decisions as training examples (`netra train --with-reviews`): every confirmed or
// dismissed item whose text is not yet purged, labeled with the reviewer's label. Escalated items
// (no final label) and purged items are left out, and so are texts the labeled data already has.
// Reviews are training data only: evaluation never tests on them (see eval/scenarios.ts).
import { REVIEW_SOURCE, type Example } from '../data/dataset.js';
import { isLabel } from '../data/labels.js';
import type { ReviewStore } from './store/index.js';
import { appendAudit } from './store/audit.js';
import { writeTx, type Tx } from './store/tx.js';
import { notSuperseded } from './store/in-force.js';
import { cliActor } from './names.js';

/**
 * The examples, handed to `actor` (the training run's `cli:<login>`): post text leaving the store, so
 * audited as an `export` (format `training`), in the same transaction as the read, as exports are.
 */
export async function reviewExamples(store: ReviewStore, actor: string): Promise<Example[]> {
  return writeTx(store.rdb, async (tx) => {
    const rows = await selectReviewed(tx);
    const out: Example[] = [];
    for (const r of rows) {
      if (!r.text || !isLabel(r.reviewer_label)) continue;
      out.push({ id: `${REVIEW_ID_PREFIX}${r.id}`, text: r.text, label: r.reviewer_label, election: r.election ?? undefined, source: REVIEW_SOURCE, platform: `review:${r.source}` });
    }
    // Which items' text left, as a bulk export says it (store/reports.ts auditExport): found by `?item=`.
    const shown = [...new Set(out.map((e) => e.id.slice(REVIEW_ID_PREFIX.length)))];
    if (out.length > 0) await appendAudit(tx, { itemId: null, actor, action: 'export', after: { format: 'training', rows: out.length, items: shown.length }, shown });
    return out;
  });
}

const REVIEW_ID_PREFIX = 'review:';

function selectReviewed(db: Tx) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('items as i', 'i.id', 'd.item_id')
    .select(['i.id', 'i.text', 'i.election', 'i.source', 'd.reviewer_label'])
    .where('d.outcome', 'in', ['confirmed', 'dismissed'])
    .where(notSuperseded) // a corrected item trains with its correction's label
    .where('i.text', 'is not', null)
    // Oldest decision first (item ids are random), so "the first decision wins" for a repeated text.
    .orderBy('d.created_at')
    .orderBy('d.id')
    .execute();
}

/** Case, spacing and links aside, the same text (a retweet or a re-queued post reads the same). */
function textKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/https?:\/\/\S+/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Reviewed examples that may join the training data: none whose text is already labeled (the labeled
 * post keeps its label, and a test-split post cannot come back in as training data), and each text
 * once (the earliest decision; `reviews` come oldest first).
 */
export function newReviewExamples(labeled: readonly Example[], reviews: readonly Example[]): { examples: Example[]; skipped: number } {
  const seen = new Set(labeled.map((e) => textKey(e.text)));
  const examples: Example[] = [];
  for (const r of reviews) {
    const key = textKey(r.text);
    if (seen.has(key)) continue;
    seen.add(key);
    examples.push(r);
  }
  return { examples, skipped: reviews.length - examples.length };
}

/** Opens the configured store (DATABASE_URL / NETRA_DATA_DIR), reads the examples, closes it. */
export async function loadReviewExamples(): Promise<Example[]> {
  const { ReviewStore } = await import('./store/index.js');
  const { logToStderr } = await import('./db/open.js');
  const store = await ReviewStore.open({ mustExist: true, log: logToStderr }); // reading reviews from a new, empty store would silently add none
  try {
    return await reviewExamples(store, cliActor());
  } finally {
    await store.close();
  }
}
