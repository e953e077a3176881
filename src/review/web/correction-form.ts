// The item page's "Koreksi keputusan": a supervisor corrects a confirmed or dismissed item by recording
// the right decision, which supersedes the one in force (the API's `corrects`): confirmed, dismissed,
// escalated, or reopened (back to the queue); that one stays in the item's decisions, the export and the audit log. Plain form controls (radios, select, textarea, a
// button), so it works by keyboard and without the script; the reason is required, here and on the server.
import { LABELS } from '../../data/labels.js';
import { TEXT_LIMITS } from '../limits.js';
import type { Decision, Item } from '../store/index.js';
import { defaultLabel } from '../store/workflow.js';
import { html, Html } from './html.js';
import { limitHint, NO_IMPLICIT_SUBMIT, REASON_WARNING } from './form-parts.js';
import { decisionText, outcomeText } from './words.js';
import type { Outcome } from '../db/schema.js';

/** Said in the form's place once retention purged the item's text: the post can no longer be reviewed again. */
export const PURGED_NO_CORRECTION = 'Koreksi keputusan tidak tersedia: teks unggahan sudah dihapus oleh retensi, jadi keputusannya tidak dapat ditinjau ulang.';
/** A correction sent from a page opened before the purge. */
export const PURGED_CORRECTION_REFUSED = 'Tidak diubah: teks item ini sudah dihapus oleh retensi; keputusannya tidak dapat dikoreksi lagi';

/** A correction that would record what is already in force: same outcome, same label (the API's 409 naming outcome and label). */
export const unchangedCorrectionText = (inForce: { outcome: string; label: string | null }): string =>
  `Tidak diubah: koreksi ini sama dengan keputusan yang berlaku (${outcomeText(inForce.outcome)}, label ${inForce.label ?? '–'}); pilih keputusan atau label lain`;

/** What a refused correction brings back into the form. */
export interface TypedCorrection {
  outcome?: string;
  label?: string;
  reason?: string;
}

export function correctionForm(item: Item, inForce: Decision, csrf: string, query: string, typed: TypedCorrection = {}): Html {
  const checked = (outcome: string) => (typed.outcome === outcome ? new Html(' checked') : '');
  const selected = (label: string) => (typed.label === label ? new Html(' selected') : '');
  const radio = (outcome: Outcome, required: boolean) =>
    html`<label><input type="radio" name="outcome" value="${outcome}" id="correct-${outcome}"${required ? new Html(' required') : ''}${checked(outcome)}> ${decisionText(outcome)}</label>`;
  return html`<section class="correct" aria-labelledby="correct-heading">
<h2 id="correct-heading">Koreksi keputusan</h2>
<p class="hint" id="correct-hint">Keputusan yang berlaku: <b>${outcomeText(inForce.outcome)}</b>, label <b>${inForce.reviewerLabel ?? '–'}</b>, oleh ${inForce.reviewer}. Koreksi mencatat keputusan baru yang menggantikannya, dengan keputusan atau label lain; keputusan itu tetap tersimpan di riwayat, ekspor dan log audit.</p>
<form method="post" action="/review/items/${item.id}/decision${query}" class="correct" id="correct" autocomplete="off" aria-describedby="correct-hint">
  <input type="hidden" name="_csrf" value="${csrf}">
  <input type="hidden" name="fromStatus" value="${item.status}">
  <input type="hidden" name="fromUpdatedAt" value="${item.updatedAt}">
  <input type="hidden" name="corrects" value="${inForce.id}">
  ${NO_IMPLICIT_SUBMIT}
  <fieldset><legend>Keputusan yang benar</legend> ${radio('confirmed', true)} ${radio('dismissed', false)} ${radio('escalated', false)} ${radio('reopened', false)}
  <p class="hint" id="correct-open-hint">Buka kembali (kembali ke antrean sebagai baru) tidak mencatat label; Eskalasi dan Buka kembali melepaskan item dari pemegangnya.</p></fieldset>
  <label>Label peninjau <select name="label" id="correct-label"><option value="">(bawaan: ${defaultLabel('confirmed', item.label, item.scores)} bila Konfirmasi, netral bila Tolak)</option>${LABELS.map((l) => html`<option value="${l}"${selected(l)}>${l}</option>`)}</select></label>
  <div class="reason-field"><label>Alasan koreksi (wajib) <textarea name="reason" id="correct-reason" rows="3" required title="${limitHint(TEXT_LIMITS.reason)}" aria-describedby="correct-reason-hint">
${typed.reason ?? ''}</textarea></label>
  <p class="hint" id="correct-reason-hint">${REASON_WARNING}</p></div>
  <button type="submit" id="correct-send">Simpan koreksi</button>
</form>
</section>`;
}
