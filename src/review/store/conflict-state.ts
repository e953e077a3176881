// What a refused decision's client is told of the item as it is now (the API's 409 `current`): its
// status, holder and version, and its latest decision as recorded — the reviewer label, the reviewer as
// the audit log writes them (`name#keyId`: the key's id, never the key) and when — so a second
// supervisor's client can say who decided what, and when.
import type { Tx } from './tx.js';
import { latestDecision } from './latest-decision.js';

export interface ItemState {
  status: string;
  /** Who holds it: null once confirmed or dismissed (heldBy), as the API shows the item. */
  assignee: string | null;
  /** The latest decision's reviewer label; null when it has none (an escalation without one, a reopening) or there is none. */
  label: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  updatedAt: string;
}

/** The item's state read inside the refusing transaction; undefined when it is gone. */
export async function readItemState(tx: Tx, id: string, held: (status: string, assignee: string | null) => string | null): Promise<ItemState | undefined> {
  const item = await tx.selectFrom('items').select(['status', 'assignee', 'updated_at']).where('id', '=', id).executeTakeFirst();
  if (!item) return undefined;
  const last = await latestDecision(tx, id);
  return { status: item.status, assignee: held(item.status, item.assignee), label: last?.reviewer_label ?? null, decidedBy: last?.reviewer ?? null, decidedAt: last?.created_at ?? null, updatedAt: item.updated_at };
}
