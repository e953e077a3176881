// Corrections of a final (confirmed or dismissed) decision. A supervisor may correct to anything the
// normal flow allows from an open item: confirmed, dismissed, escalated, or back to the queue
// (`reopened`, status new), a mistaken dismissal being as likely to need a second look as a new label.
// Never to in_review: that is an assignment, which the reopened item takes as any new one does.
import type { Outcome, Status } from '../db/schema.js';
import { StoreInputError } from '../limits.js';
import { ConflictError, PurgedError, UnchangedCorrectionError } from './errors.js';

/** The status a decision leaves its item in: its outcome's own, `new` for a reopening. */
export const statusAfter = (outcome: Outcome): Status => (outcome === 'reopened' ? 'new' : outcome);

/** A correction that leaves the item open (escalated, reopened) also clears its holder: nobody took it up yet. */
export const reopens = (outcome: Outcome): boolean => statusAfter(outcome) === 'new' || outcome === 'escalated';

export interface CorrectionCheck {
  final: boolean;
  /** The id of the item's last decision: on a final item, the one in force. */
  inForce: string | undefined;
  corrects: string | undefined;
  outcome: Outcome;
  reason: string;
}

/**
 * A purged item's decision is no longer corrected: the post it was about is gone, so nobody can review
 * it again, and a reopened or escalated item without text would sit in the queue. Checked before the
 * version the page saw (the purge moved it), so the refusal says why.
 */
export function checkNotPurged(corrects: string | undefined, purgedAt: string | null): void {
  if (corrects !== undefined && purgedAt !== null) throw new PurgedError("the item's text was purged by retention: its decision can no longer be corrected", 'corrects');
}

/**
 * A final item is changed only by a correction naming the decision in force (the last one), with a
 * reason; an open item has nothing to correct, and `reopened` is a correction's only. Checked after the
 * item row is locked, so of two corrections of one decision the second names a decision no longer in force.
 */
export function checkCorrection(status: Status, c: CorrectionCheck): void {
  if (c.corrects === undefined) {
    if (c.final) throw new ConflictError(`item is already ${status}; to correct it, send corrects with the id of the decision in force (${c.inForce}) and a reason`, 'corrects');
    if (c.outcome === 'reopened') throw new StoreInputError('outcome', 'must be confirmed, dismissed or escalated; reopened only in a correction (corrects)');
    return;
  }
  if (!c.final) throw new ConflictError(`item is ${status}: it has no final decision to correct; decide it without corrects`, 'corrects');
  if (c.corrects !== c.inForce) throw new ConflictError(`decision ${c.corrects} is not the one in force (${c.inForce} is); reload the item and correct again`, 'corrects');
  if (!c.reason.trim()) throw new StoreInputError('reason', 'is required: why the decision is corrected');
}

/**
 * A correction must change what is in force: the same outcome with the same reviewer label (confirmed
 * ajakan "corrected" to confirmed ajakan) would only add a second decision saying the same, counted as a
 * correction in the trail and the export. A reason alone is not corrected: it stays with its decision.
 */
export function checkCorrectionChanges(corrects: string | undefined, inForce: { outcome: string; reviewer_label: string | null } | undefined, outcome: Outcome, label: string | null): void {
  if (corrects === undefined || !inForce || inForce.outcome !== outcome || inForce.reviewer_label !== label) return;
  throw new UnchangedCorrectionError(
    `the correction changes nothing: decision ${corrects} in force is already ${outcome} with label ${label ?? 'none'}; a correction must change the outcome or the label`,
    { outcome, label },
  );
}
