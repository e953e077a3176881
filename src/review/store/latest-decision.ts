// An item's latest decision: the one in force on a final item, which a correction must name, and the
// one a refused decision's 409 reports. Latest by time, then by id, as decisions are read back in order
// (two within one millisecond would otherwise tie).
import type { Tx } from './tx.js';

export function latestDecision(tx: Tx, itemId: string) {
  return tx
    .selectFrom('decisions')
    .select(['id', 'created_at', 'outcome', 'reviewer', 'reviewer_label'])
    .where('item_id', '=', itemId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
