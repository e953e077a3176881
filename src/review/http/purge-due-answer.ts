// The API's answer of when retention purges an item's text: the item page's "Retensi" line for API
// clients, from the same rule (purgeDueAt). `purgeDueAt` is the date, when one is set; `purgeDue` the
// rule, which also says an item is kept until decided or retention is off; both null once purged.
// Every answer that is an item (GET /items/:id, GET /items, POST /items/:id/assign, the case file's
// item) is itemAnswer's, so none can leave them out.
import { firstEscalatedAtOf, purgeDueAt, type PurgeDue, type PurgeDueItem, type PurgeDueRecord } from '../purge-due.js';
import type { RetentionSettings } from '../retention-run.js';

export interface PurgeDueAnswer {
  purgeDueAt: string | null;
  purgeDue: PurgeDue | null;
}

type AnsweredItem = Omit<PurgeDueItem, 'firstEscalatedAt'> & { purgedAt: string | null };

/**
 * An item as the API answers it: the stored item with purgeDueAt and purgeDue. `firstEscalatedAt`: its
 * first escalation (null: never escalated); `retention` unset: retention is off, as for POST /retention/purge.
 */
export function itemAnswer<T extends AnsweredItem>(item: T, firstEscalatedAt: string | null, retention: RetentionSettings | undefined): T & PurgeDueAnswer {
  if (item.purgedAt !== null) return { ...item, purgeDueAt: null, purgeDue: null };
  const purgeDue = purgeDueAt({ status: item.status, decidedAt: item.decidedAt, firstEscalatedAt }, retention ?? { retentionDays: 0 });
  return { ...item, purgeDueAt: purgeDue.kind === 'at' ? purgeDue.at : null, purgeDue };
}

/** itemAnswer of an item read with its decisions (in time order), which give its first escalation. */
export function recordItemAnswer<T extends AnsweredItem>(rec: PurgeDueRecord & { item: T }, retention: RetentionSettings | undefined): T & PurgeDueAnswer {
  return itemAnswer(rec.item, firstEscalatedAtOf(rec.decisions), retention);
}
