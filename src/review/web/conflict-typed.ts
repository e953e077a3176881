// What a decision form refused for a conflict brings back. Decided meanwhile by someone else, the item
// is final and its page shows the correction form, not the decision form: the reason and label typed
// go there (they are marked as the correction form's by naming the decision in force), or they were
// lost with the decision form. Not the outcome: the reviewer has only just read what the other decided,
// so whether to correct it is chosen anew.
import type { ItemRecord } from '../store/retention.js';
import { isFinalStatus } from '../store/workflow.js';
import type { Status } from '../db/schema.js';
import type { ItemPageExtras } from './item-message.js';

type Typed = NonNullable<ItemPageExtras['typed']>;

export function typedAfterConflict(rec: ItemRecord, typed: Typed): Typed {
  if (typed.corrects !== undefined || !isFinalStatus(rec.item.status as Status)) return typed;
  const inForce = rec.decisions.at(-1);
  return inForce ? { ...typed, outcome: undefined, corrects: inForce.id } : typed;
}
