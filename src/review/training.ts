// Reviewed decisions as training examples (`netra train --with-reviews`): every confirmed or
// dismissed item whose text is not yet purged, labeled with the reviewer's label. Escalated items
// (no final label) and purged items are left out.
import type { Example } from '../data/dataset.js';
import { isLabel } from '../data/labels.js';
import type { ReviewStore } from './store/index.js';

export async function reviewExamples(store: ReviewStore): Promise<Example[]> {
  const rows = await store.rdb.db
    .selectFrom('decisions as d')
    .innerJoin('items as i', 'i.id', 'd.item_id')
    .select(['i.id', 'i.text', 'i.election', 'i.source', 'd.reviewer_label'])
    .where('d.outcome', 'in', ['confirmed', 'dismissed'])
    .where('i.text', 'is not', null)
    .orderBy('i.id')
    .execute();
  const out: Example[] = [];
  for (const r of rows) {
    if (!r.text || !isLabel(r.reviewer_label)) continue;
    out.push({ id: `review:${r.id}`, text: r.text, label: r.reviewer_label, election: r.election ?? undefined, source: 'review', platform: `review:${r.source}` });
  }
  return out;
}

/** Opens the configured store (DATABASE_URL / NETRA_DATA_DIR), reads the examples, closes it. */
export async function loadReviewExamples(): Promise<Example[]> {
  const { ReviewStore } = await import('./store/index.js');
  const store = await ReviewStore.open();
  try {
    return await reviewExamples(store);
  } finally {
    await store.close();
  }
}
