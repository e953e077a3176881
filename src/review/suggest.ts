// Active-learning order: the open items whose scores are most uncertain (highest entropy of the
// four calibrated class probabilities), for labeling first.
import type { ReviewStore } from './store/index.js';
import { toItem, type Item } from './store/items.js';

export function entropy(scores: Record<string, number>): number {
  let h = 0;
  for (const p of Object.values(scores)) if (p > 0) h -= p * Math.log2(p);
  return h;
}

export async function mostUncertain(store: ReviewStore, n: number): Promise<{ item: Item; entropy: number }[]> {
  const rows = await store.rdb.db.selectFrom('items').selectAll().where('status', 'in', ['new', 'in_review']).where('purged_at', 'is', null).execute();
  return rows
    .map((r) => {
      const item = toItem(r);
      return { item, entropy: entropy(item.scores) };
    })
    .sort((a, b) => b.entropy - a.entropy || a.item.id.localeCompare(b.item.id))
    .slice(0, n);
}
