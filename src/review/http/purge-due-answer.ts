// The API's answer of when retention purges an item's text: the item page's "Retensi" line for API
// clients, from the same rule (purgeDueOf). `purgeDueAt` is the date, when one is set; `purgeDue` the
// rule, which also says an item is kept until decided or retention is off; both null once purged.
// Every answer that is an item (GET /items/:id, POST /items/:id/assign, the case file's item) is
// itemAnswer's, so none can leave them out.
import { purgeDueOf, type PurgeDue, type PurgeDueRecord } from '../purge-due.js';
import type { RetentionSettings } from '../retention-run.js';

export interface PurgeDueAnswer {
  purgeDueAt: string | null;
  purgeDue: PurgeDue | null;
}

/** `retention` unset: retention is off, as for POST /retention/purge. */
export function purgeDueAnswer(rec: PurgeDueRecord & { item: { purgedAt: string | null } }, retention: RetentionSettings | undefined): PurgeDueAnswer {
  if (rec.item.purgedAt !== null) return { purgeDueAt: null, purgeDue: null };
  const purgeDue = purgeDueOf(rec, retention ?? { retentionDays: 0 });
  return { purgeDueAt: purgeDue.kind === 'at' ? purgeDue.at : null, purgeDue };
}

/** An item as the API answers it: the stored item with purgeDueAt and purgeDue (purgeDueAnswer). */
export function itemAnswer<T extends PurgeDueRecord & { item: { purgedAt: string | null } }>(rec: T, retention: RetentionSettings | undefined): T['item'] & PurgeDueAnswer {
  return { ...rec.item, ...purgeDueAnswer(rec, retention) };
}
