// The first escalation of each of some items, for a list of items that says when each text is purged
// (purgeDueAt counts an open escalation from its first escalation): one query for a page, through the
// index decisions_item, instead of every item's decisions.
import type { ReviewDb } from '../db/open.js';

/** Each of `itemIds` that was ever escalated, with the time of its first escalation (a plain one or a correction's). */
export async function firstEscalations(rdb: ReviewDb, itemIds: readonly string[]): Promise<Map<string, string>> {
  if (itemIds.length === 0) return new Map();
  const rows = await rdb.db
    .selectFrom('decisions')
    .select((d) => ['item_id', d.fn.min<string>('created_at').as('at')])
    .where('outcome', '=', 'escalated')
    .where('item_id', 'in', [...itemIds])
    .groupBy('item_id')
    .execute();
  return new Map(rows.map((r) => [r.item_id, r.at]));
}
