// POST /review/items/:id/decision: a supervisor's decision or correction from the item page.
import type { Request, Response } from 'express';
import { actorOf, hasRole } from '../roles.js';
import { decisionSchema } from '../http/validate.js';
import { fieldErrors } from '../../service/validation.js';
import { ConflictError, NotFoundError, PurgedError, UnchangedCorrectionError } from '../store/index.js';
import { OPEN_STATUSES } from '../store/workflow.js';
import type { Status } from '../db/schema.js';
import { formErrorText } from './form-errors.js';
import { formFields, str } from './params.js';
import { typedOf } from './form-failure.js';
import { typedAfterConflict } from './conflict-typed.js';
import { PURGED_CORRECTION_REFUSED, unchangedCorrectionText } from './correction-form.js';
import { backToItem, changedFlash } from './flash.js';
import type { PageContext } from './page-context.js';
import { refuseRole } from './role-refusal.js';
import { sessionOf } from './session.js';
import { showItem } from './show-item.js';

const REASON_REQUIRED = 'Alasan: wajib diisi untuk setiap keputusan (Konfirmasi, Tolak, Eskalasi); tulis singkat mengapa.';
const CORRECTION_REASON_REQUIRED = 'Alasan: wajib diisi untuk koreksi; tulis singkat mengapa keputusan dikoreksi.';

export async function decide(ctx: PageContext, req: Request, res: Response): Promise<void> {
  const { store } = ctx;
  const s = sessionOf(req);
  if (!hasRole(s.principal.role, 'supervisor')) return refuseRole(ctx, req, res, 'supervisor', 'Keputusan memerlukan peran supervisor.');
  // The page sends the status and the holder it showed ('' = nobody), so a decision made on a stale
  // page (decided, escalated or taken over meanwhile) is a conflict.
  const fromAssignee = str(req.body?.fromAssignee);
  // And the item's version it showed (fromUpdatedAt): a form resent by reloading the 409 page carries
  // the version it was refused for, so it cannot decide once the item is back to the same status and holder.
  const input = decisionSchema.safeParse({ ...formFields(req.body, ['outcome', 'label', 'reason', 'fromStatus', 'fromUpdatedAt', 'corrects']), fromAssignee: fromAssignee === '' ? null : fromAssignee });
  const corrects = str(req.body?.corrects);
  // A correction's typed values go back into the correction form, never the decision form.
  const typed = { ...typedOf(req.body), ...(corrects ? { corrects, outcome: str(req.body?.outcome) } : {}) };
  const id = String(req.params.id);
  // Every decision needs a reason (the schema's rule, the API's too): a final decision with no reason
  // could not be understood later. Spaces alone are no reason (formFields). Said in the page's words.
  if (!input.success) {
    const formErrors = fieldErrors(input.error).map((e) => (e.field === 'reason' && e.message.startsWith('is required') ? (corrects ? CORRECTION_REASON_REQUIRED : REASON_REQUIRED) : formErrorText(e)));
    return showItem(ctx, req, res, id, { formErrors, typed }, 400);
  }
  // On the page an item someone else holds is taken over first ("Ambil alih dari …"), never decided
  // by a plain click; the page shows no working buttons then, so this is an old page or a forged form.
  // (The API still lets a supervisor decide it, naming the holder in fromAssignee.)
  // The message names the holder and version as they are now, not as the form has them: a form sent
  // again (the 409 page reloaded) after the holder released or decided the item said "dipegang oleh"
  // someone who no longer held it.
  const holder = input.data.fromAssignee;
  if (holder && holder !== actorOf(s.principal)) {
    const rec = await store.record(id);
    if (!rec) throw new NotFoundError(id);
    const unchanged = input.data.fromUpdatedAt === undefined || Date.parse(input.data.fromUpdatedAt) === Date.parse(rec.item.updatedAt);
    const stillHeld = unchanged && rec.item.assignee === holder && OPEN_STATUSES.includes(rec.item.status as Status);
    const flash = stillHeld ? { text: `Tidak diubah: item ini dipegang oleh ${holder}; ambil alih dulu untuk memutuskan`, refused: true } : changedFlash(rec, input.data.fromUpdatedAt);
    return showItem(ctx, req, res, id, { flash, typed: typedAfterConflict(rec, typed) }, 409);
  }
  try {
    await store.decide(id, input.data, actorOf(s.principal));
  } catch (err) {
    // Changed meanwhile (decided, escalated, taken over): nothing was saved. The item comes back as it
    // is now (409) with the message naming who changed it and how, and, while it is still open, what
    // was typed, so it need not be typed again; the form's fromStatus/fromAssignee are now the current ones.
    if (!(err instanceof ConflictError)) throw err;
    const rec = await store.record(id);
    if (!rec) throw new NotFoundError(id);
    // Purged since the page was opened: nothing to type again, the correction cannot be made.
    if (err instanceof PurgedError) return showItem(ctx, req, res, id, { flash: { text: PURGED_CORRECTION_REFUSED, refused: true } }, 409);
    // Nothing changed meanwhile: the correction itself would change nothing. Said so, with what was typed kept.
    if (err instanceof UnchangedCorrectionError) return showItem(ctx, req, res, id, { flash: { text: unchangedCorrectionText(err.inForce), refused: true }, typed }, 409);
    return showItem(ctx, req, res, id, { flash: changedFlash(rec, input.data.fromUpdatedAt), typed: typedAfterConflict(rec, typed) }, 409);
  }
  backToItem(req, res, String(req.params.id), `${input.data.corrects ? 'corrected' : 'saved'}-${input.data.outcome}`);
}
