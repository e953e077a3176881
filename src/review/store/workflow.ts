// The review workflow: new → in_review → confirmed / dismissed / escalated. Assigning puts an item
// in review; a decision records outcome, reviewer label, reason and reviewer. Confirmed and dismissed
// are final: only a correction changes them, a new decision naming the one it supersedes (which stays
// as it was), to any outcome or back to the queue (store/corrections.ts). An escalated item can be assigned and decided again. Each change writes its audit row in
// the same transaction, and the status update is conditional so concurrent reviewers cannot both win.
import { randomUUID } from 'node:crypto';
import type { ReviewDb } from '../db/open.js';
import type { Outcome, Status } from '../db/schema.js';
import { LABELS, type Label } from '../../data/labels.js';
import { appendAudit } from './audit.js';
import { assertFits, TEXT_LIMITS } from '../limits.js';
import { nowAfter, writeTx, type Tx } from './tx.js';
import { readItemState } from './conflict-state.js';
import { latestDecision } from './latest-decision.js';
// The item row read for a change is locked: a second reviewer waits for the first to commit, then sees
// the new status and is told exactly why it cannot proceed.
import { forChange } from './row-lock.js';
import { ConflictError, NotFoundError, PurgedError } from './errors.js';
import { checkCorrection, checkCorrectionChanges, checkNotPurged, reopens, statusAfter } from './corrections.js';

export { ConflictError, NotFoundError, PurgedError, UnchangedCorrectionError } from './errors.js';

/** The statuses a decision or an assignment can still change. */
export const OPEN_STATUSES: readonly Status[] = ['new', 'in_review', 'escalated'];
const OPEN = OPEN_STATUSES;

/** Confirmed and dismissed: every status not open, which only a correction changes. */
export const isFinalStatus = (status: Status): boolean => !OPEN.includes(status);

/** Who holds an item: its assignee while it is open, nobody once decided (the row keeps the last holder as history). */
export const heldBy = (status: Status, assignee: string | null): string | null => (isFinalStatus(status) ? null : assignee);

const nobodyOr = (who: string | null): string => (who === null ? 'nobody' : JSON.stringify(who));

/**
 * Taking an item someone else holds must be meant: unless `fromAssignee` names its current assignee
 * (null: nobody), a change to an item held by another person is refused, so two supervisors taking the
 * same item at once cannot both think they have it.
 */
function checkHolder(held: string | null, assignee: string | null, actor: string, fromAssignee: string | null | undefined): void {
  if (fromAssignee !== undefined) {
    if (fromAssignee !== held) throw new ConflictError(`item is assigned to ${nobodyOr(held)} now, not ${nobodyOr(fromAssignee)} as expected`, 'fromAssignee');
    return;
  }
  if (held !== null && held !== actor && held !== assignee) {
    throw new ConflictError(`item is assigned to ${nobodyOr(held)}; to take it over, send fromAssignee with that name`, 'fromAssignee');
  }
}

export async function assignItem(rdb: ReviewDb, id: string, assignee: string | null, actor: string, opts: { fromAssignee?: string | null } = {}): Promise<void> {
  await writeTx(rdb, (tx) => withItemState(tx, id, async () => {
    const row = await forChange(rdb, tx.selectFrom('items').select(['status', 'assignee', 'updated_at']).where('id', '=', id)).executeTakeFirst();
    if (!row) throw new NotFoundError('item not found');
    const { updated_at: changedAt, ...before } = row; // the audit row's `before` holds status and assignee only
    if (!OPEN.includes(before.status as Status)) throw new ConflictError(`item is ${before.status}`);
    checkHolder(before.assignee, assignee, actor, opts.fromAssignee);
    // Assigning starts the review; unassigning an item under review hands it back to the queue (`new`),
    // so nothing sits in_review with nobody on it. Escalated items stay escalated either way.
    const status = assignee === null ? (before.status === 'in_review' ? 'new' : before.status) : before.status === 'new' ? 'in_review' : before.status;
    // Nothing changes (unassigning an unassigned item, re-assigning to the holder): no audit row saying so.
    if (assignee === before.assignee && status === before.status) return;
    // Later than the item's last change even within its millisecond: a take-then-release is a new version.
    const now = nowAfter(changedAt);
    const res = await tx
      .updateTable('items')
      .set({ assignee, status, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', before.status)
      .where('assignee', before.assignee === null ? 'is' : '=', before.assignee)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new ConflictError('item changed concurrently');
    await appendAudit(tx, { itemId: id, actor, action: 'assign', before, after: { status, assignee }, at: now });
  }));
}

export interface DecisionInput {
  outcome: Outcome;
  /** Reviewer label; defaults: confirmed → the model's partisan label, dismissed → netral, escalated → none; reopened records none. */
  label?: Label;
  reason?: string;
  /** The status the reviewer saw; when given and the item has moved on since, the decision is refused. */
  fromStatus?: Status;
  /** The assignee the reviewer saw (null: nobody); when given and someone else holds the item now, the decision is refused. */
  fromAssignee?: string | null;
  /**
   * The item's updatedAt the reviewer saw (the page sends it); when the item changed since, even back to
   * the same status and holder, the decision is refused. A resent form (reloading the 409 page) thus
   * never decides.
   */
  fromUpdatedAt?: string;
  /**
   * A correction of a confirmed or dismissed item: the id of the decision in force, which this one
   * supersedes. Required on a final item (and refused on an open one), so two supervisors correcting
   * the same decision at once cannot both win. Any outcome, `reopened` (back to the queue) only here.
   */
  corrects?: string;
}

export interface Decision {
  id: string;
  itemId: string;
  outcome: Outcome;
  reviewerLabel: Label | null;
  reason: string;
  reviewer: string;
  createdAt: string;
  /** A correction's: the id of the decision it superseded; null for every other decision. */
  supersedes: string | null;
}

export function defaultLabel(outcome: Exclude<Outcome, 'reopened'>, modelLabel: string, scores: Record<string, number>): Label | null {
  if (outcome === 'dismissed') return 'netral';
  if (outcome === 'escalated') return null;
  if (modelLabel !== 'netral') return modelLabel as Label;
  const partisan = LABELS.filter((l) => l !== 'netral');
  return partisan.reduce((a, b) => ((scores[b] ?? 0) > (scores[a] ?? 0) ? b : a));
}

/**
 * When the item was first confirmed or dismissed: retention's clock (store/retention.ts). Set by the first
 * final decision and never moved after it, by a correction nor by a decision after a reopening or
 * escalation, so correcting a decision never keeps the post's text longer.
 */
const firstDecidedAt = (decidedAt: string | null, status: Status, now: string): string | null => decidedAt ?? (isFinalStatus(status) ? now : null);

export async function decideItem(rdb: ReviewDb, id: string, input: DecisionInput, reviewer: string): Promise<Decision> {
  const reason = input.reason ?? '';
  assertFits('reason', reason, TEXT_LIMITS.reason);
  return writeTx(rdb, (tx) => withItemState(tx, id, () => decideIn(rdb, tx, id, input, reviewer, reason)));
}

/** A conflict refusing `change` (a decision or an assignment) carries the item's state as the refusing transaction reads it (the API's 409 `current`). */
async function withItemState<T>(tx: Tx, id: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (err) {
    if (err instanceof ConflictError) err.current = await readItemState(tx, id, (status, assignee) => heldBy(status as Status, assignee));
    throw err;
  }
}

async function decideIn(rdb: ReviewDb, tx: Tx, id: string, input: DecisionInput, reviewer: string, reason: string): Promise<Decision> {
  const before = await forChange(rdb, tx.selectFrom('items').select(['status', 'assignee', 'label', 'scores', 'updated_at', 'purged_at', 'decided_at']).where('id', '=', id)).executeTakeFirst();
  if (!before) throw new NotFoundError('item not found');
  checkNotPurged(input.corrects, before.purged_at);
  // Checked first: a reviewer who saw `in_review` must not have the decision land on what someone
  // else escalated (or decided) a moment ago, unseen.
  if (input.fromStatus !== undefined && input.fromStatus !== before.status) {
    throw new ConflictError(`item is ${before.status} now, not ${input.fromStatus} as the decision expected; reload it and decide again`, 'fromStatus');
  }
  // A take-over keeps the status (in_review), so the status alone cannot tell a supervisor whose item
  // was taken from him; the holder he saw can. A decided item is held by nobody (its row keeps the last
  // holder), as the API shows it.
  const held = heldBy(before.status as Status, before.assignee);
  if (input.fromAssignee !== undefined && input.fromAssignee !== held) {
    throw new ConflictError(`item is assigned to ${nobodyOr(held)} now, not ${nobodyOr(input.fromAssignee)} as the decision expected; reload it and decide again`, 'fromAssignee');
  }
  // Deciding an item someone else holds takes it from them: meant only when fromAssignee names them, as
  // for an assignment (checkHolder) and as the page asks for a take-over first. Admins included.
  if (input.fromAssignee === undefined && held !== null && held !== reviewer) {
    throw new ConflictError(`item is held by ${nobodyOr(held)}; to decide it over their hold, send fromAssignee with that name (or take it over first)`, 'fromAssignee');
  }
  // Compared as instants: the same time written in another zone (…+07:00 for …Z) is the same version.
  if (input.fromUpdatedAt !== undefined && Date.parse(input.fromUpdatedAt) !== Date.parse(before.updated_at)) {
    throw new ConflictError(`item changed at ${before.updated_at}, after ${input.fromUpdatedAt} as the decision expected; reload it and decide again`, 'fromUpdatedAt');
  }
  if (before.status === 'escalated' && input.outcome === 'escalated') throw new ConflictError('item is already escalated');
  // An item's decisions are read back in time order; a second one within the same millisecond (an
  // escalation decided at once) would otherwise tie and come back in random id order. And the item's
  // updatedAt must move on, or a decision on a page from before this one would pass fromUpdatedAt.
  // On a final item the last decision is the one in force, which a correction must name.
  const last = await latestDecision(tx, id);
  checkCorrection(before.status as Status, { final: isFinalStatus(before.status as Status), inForce: last?.id, corrects: input.corrects, outcome: input.outcome, reason });
  const reviewerLabel = input.outcome === 'reopened' ? null : (input.label ?? defaultLabel(input.outcome, before.label, JSON.parse(before.scores)));
  checkCorrectionChanges(input.corrects, last, input.outcome, reviewerLabel);
  const now = nowAfter(before.updated_at, last?.created_at);
  const decision: Decision = {
    id: randomUUID(),
    itemId: id,
    outcome: input.outcome,
    reviewerLabel,
    reason,
    reviewer,
    createdAt: now,
    supersedes: input.corrects ?? null,
  };
  const status = statusAfter(input.outcome);
  // A correction that leaves the item open hands it back to nobody: whoever held it when it was decided
  // (kept in the row) is not working on it now.
  const release = input.corrects !== undefined && reopens(input.outcome);
  const res = await tx
    .updateTable('items')
    .set({ status, updated_at: now, decided_at: firstDecidedAt(before.decided_at, status, now), ...(release ? { assignee: null } : {}) })
    .where('id', '=', id)
    .where('status', '=', before.status)
    .where('updated_at', '=', before.updated_at)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new ConflictError('item changed concurrently');
  await tx
    .insertInto('decisions')
    .values({ id: decision.id, item_id: id, outcome: decision.outcome, reviewer_label: decision.reviewerLabel, reason: decision.reason, reviewer, created_at: now, ...(input.corrects ? { supersedes: input.corrects } : {}) })
    .execute();
  await appendAudit(tx, {
    itemId: id,
    actor: reviewer,
    action: 'decision',
    before: { status: before.status, assignee: before.assignee },
    after: { status, reviewer_label: decision.reviewerLabel, reason: decision.reason, decision_id: decision.id, ...(input.corrects ? { supersedes: input.corrects } : {}), ...(release ? { assignee: null } : {}) },
    at: now,
  });
  return decision;
}

export async function decisionsFor(rdb: ReviewDb, itemId: string): Promise<Decision[]> {
  const rows = await rdb.db.selectFrom('decisions').selectAll().where('item_id', '=', itemId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    outcome: r.outcome as Outcome,
    reviewerLabel: r.reviewer_label as Label | null,
    reason: r.reason,
    reviewer: r.reviewer,
    createdAt: r.created_at,
    supersedes: r.supersedes ?? null,
  }));
}

export interface Note {
  id: string;
  author: string;
  text: string | null;
  suggestedLabel: Label | null;
  createdAt: string;
}

/** Analysts add notes and suggest labels; the suggestion is recorded, the decision stays with supervisors. */
export async function addNote(rdb: ReviewDb, itemId: string, input: { text?: string; suggestedLabel?: Label }, author: string): Promise<Note> {
  const text = input.text ?? '';
  assertFits('text', text, TEXT_LIMITS.note);
  return writeTx(rdb, async (tx) => {
    // PostgreSQL reads committed data without locks: the row lock makes a purge running now either
    // finish first (and the note is refused) or wait for the note (and clear its text too).
    const item = await forChange(rdb, tx.selectFrom('items').select(['id', 'purged_at']).where('id', '=', itemId)).executeTakeFirst();
    if (!item) throw new NotFoundError('item not found');
    // Retention purges an item's texts once; a note added later would keep personal data forever.
    if (item.purged_at) throw new PurgedError('the item\'s texts were purged by retention; it takes no more notes');
    // Notes are read in time order (the latest suggestion is the last): two in one millisecond, or a
    // clock stepped back, must not come out in the order of their random ids.
    const last = await tx.selectFrom('notes').select((eb) => eb.fn.max('created_at').as('at')).where('item_id', '=', itemId).executeTakeFirst();
    const now = nowAfter(last?.at ?? undefined);
    const note: Note = { id: randomUUID(), author, text, suggestedLabel: input.suggestedLabel ?? null, createdAt: now };
    await tx.insertInto('notes').values({ id: note.id, item_id: itemId, author, text: note.text, suggested_label: note.suggestedLabel, created_at: now }).execute();
    await appendAudit(tx, { itemId, actor: author, action: 'note', after: { note_id: note.id, suggested_label: note.suggestedLabel }, at: now });
    return note;
  });
}

export async function notesFor(rdb: ReviewDb, itemId: string): Promise<Note[]> {
  const rows = await rdb.db.selectFrom('notes').selectAll().where('item_id', '=', itemId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, author: r.author, text: r.text, suggestedLabel: r.suggested_label as Label | null, createdAt: r.created_at }));
}
