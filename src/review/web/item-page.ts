// One item's page: the post, the model's facts, the decision, correction and note forms, the history.
// No maxlength on the text fields: the browser counts it in UTF-16 units (an emoji is two) and cuts
// pasted text silently, far below the server's limits in characters. The server checks the limits and
// a longer text comes back with a visible error instead.
import { LABELS } from '../../data/labels.js';
import type { AuditEntry, Item, ListFilters, Suggestion } from '../store/index.js';
import type { ItemRecord } from '../store/retention.js';
import { actorOf, hasRole, type Principal } from '../roles.js';
import { html, Html, page, type ShortcutGroup } from './html.js';
import { candidateChips } from './candidate-chips.js';
import { TEXT_LIMITS } from '../limits.js';
import { probability } from './format.js';
import { decisionText, outcomeText, stageText, statusText } from './words.js';
import { errorBox } from './form-errors.js';
import { heldSince } from './changes.js';
import { defaultLabel, isFinalStatus } from '../store/workflow.js';
import { postLink } from './post-link.js';
import { limitHint, NO_IMPLICIT_SUBMIT, REASON_WARNING } from './form-parts.js';
import { correctionForm, PURGED_NO_CORRECTION } from './correction-form.js';
import { when } from './time-tag.js';
import { retentionNote } from './retention-note.js';
import { filterQuery } from './filter-query.js';
import { countText } from './suggestion-words.js';
import type { ItemPageExtras } from './item-message.js';
import { takeForm } from './take-form.js';
import { itemText } from './item-text.js';
import { trailRows } from './trail-rows.js';

/**
 * Who queued the item (its `create` entry's actor: `cli:budi` for a batch run, a key for an API client)
 * beside its source: a source is only what the client said, so a supervisor sees whose word it is
 * without opening the trail.
 */
function queuedBy(audit: readonly AuditEntry[]): Html | '' {
  const created = audit.find((a) => a.action === 'create');
  return created ? html` <span class="queued-by" id="queued-by">· dimasukkan oleh ${created.actor}</span>` : '';
}

/** For a long post scored by its riskiest part: label, risk, scores and evidence are that part's (marked in the text). */
function scoredPartFact(item: Item): Html | string {
  if (!item.part || item.text === null) return '';
  return html`<dt>Dinilai</dt><dd id="scored-part-fact"><a href="#scored-part">bagian yang ditandai</a> dari unggahan panjang: label, risiko, skor dan bukti model adalah milik bagian itu</dd>`;
}

/** The latest label suggestion beside the decision form: seen before deciding, never preselected. */
function suggestionNote(s: Suggestion | undefined): Html | '' {
  if (!s) return '';
  return html`<p class="suggestion" id="suggestion">Usulan analis terakhir: <b>${s.label}</b> oleh ${s.author}, ${when(s.createdAt)} (${countText(s)}; lihat Catatan)</p>`;
}

/** The item page's working shortcuts: j/k with a neighbour to go to, c/d/e with the buttons they press. */
function itemShortcuts(neighbours: boolean, decisionForm: boolean, escalateButton: boolean): ShortcutGroup[] {
  const groups: ShortcutGroup[] = neighbours ? ['move'] : [];
  if (decisionForm) groups.push('decide', ...(escalateButton ? (['escalate'] as const) : []));
  return groups;
}

export function itemPage(user: Principal, csrf: string, rec: ItemRecord, filters: ListFilters, nav: { next?: string; prev?: string }, extras: ItemPageExtras = {}, suggestion?: Suggestion): string {
  const { flash, formErrors } = extras;
  // Typed text goes back into the fields as it was; text with characters the page would show by name
  // ("[U+202E]") is left out rather than sent back altered. Line breaks and tabs are text (the reason is multi-line).
  const typed = Object.fromEntries(Object.entries(extras.typed ?? {}).filter(([, v]) => typeof v === 'string' && !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(v.replace(/[\u200c\u200d\t\r\n]/g, '')))) as NonNullable<ItemPageExtras['typed']>;
  const selected = (on: boolean) => (on ? new Html(' selected') : '');
  const { item } = rec;
  // Neighbours and forms keep the filters; "« antrean" names the item, and the queue finds its page
  // when the link is followed (GET /review?at=), so showing an item runs no paging queries.
  const q = filterQuery(filters);
  const candidates = candidateChips(item);
  const final = isFinalStatus(item.status);
  const open = !final;
  const canDecide = hasRole(user.role, 'supervisor');
  // Held by someone else: the decision buttons do nothing until the reviewer takes it over (the
  // server refuses such a form too). A stale page refused once used to come back with working buttons,
  // and the second click decided over the other supervisor's hold.
  const heldByOther = item.assignee !== null && item.assignee !== actorOf(user);
  const off = heldByOther ? new Html(' disabled') : '';
  // Who holds the item (its assignee, "Dipegang oleh") and who decided it last are two facts: a decided
  // item is usually held by nobody, and "Peninjau –" above a supervisor's decision read as if nobody had
  // reviewed it.
  const last = rec.decisions.at(-1);
  // Decisions a correction superseded: still listed, as recorded, and marked so.
  const corrected = new Set(rec.decisions.map((d) => d.supersedes).filter((id): id is string => id !== null));
  // The result of a form is in the title too (read first when the new page loads); review.js moves focus to its message.
  const result = flash ? (flash.refused ? flash.text.split(':')[0] : flash.text) : formErrors?.length ? 'Formulir tidak disimpan' : undefined;
  return page(
    result ? `${result} · Item` : 'Item',
    html`<section class="item" data-id="${item.id}" data-next="${nav.next ? `/review/items/${nav.next}${q}` : ''}" data-prev="${nav.prev ? `/review/items/${nav.prev}${q}` : ''}" id="item">
<nav class="crumbs" aria-label="Navigasi item"><a href="/review${filterQuery(filters, { at: item.id })}">« antrean</a>${nav.prev ? html` · <a href="/review/items/${nav.prev}${q}" id="prev">sebelumnya (k)</a>` : ''}${nav.next ? html` · <a href="/review/items/${nav.next}${q}" id="next">berikutnya (j)</a>` : ''}</nav>
${flash ? (flash.refused ? html`<p class="flash refused" role="alert" id="flash" tabindex="-1">${flash.text}</p>` : html`<p class="flash" role="status" id="flash" tabindex="-1">${flash.text}</p>`) : ''}
${formErrors?.length ? errorBox('Formulir tidak disimpan:', formErrors) : ''}
<h1>Risiko ${probability(item.risk)} · <span class="level l-${item.level}">${item.level}</span> · <span class="status st-${item.status}" id="status">${statusText(item.status)}</span></h1>
${itemText(item)}
<dl class="facts">
  <dt>Label model</dt><dd>${item.label} (${Object.entries(item.scores).map(([k, v]) => `${k} ${probability(v, 2)}`).join(', ')})</dd>
  ${scoredPartFact(item)}
  <dt>Kandidat</dt><dd>${candidates.length ? candidates : '–'}</dd>
  <dt>Pemilu · tahap</dt><dd><span class="election">${item.election ?? '–'}</span> · ${item.stage === null ? '–' : stageText(item.stage)}</dd>
  <dt>Sumber</dt><dd>${item.source}${item.externalId ? ` · ${item.externalId}` : ''}${queuedBy(rec.audit)}</dd>
  <dt>Penulis</dt><dd>${item.author ?? '–'}</dd>
  <dt>Tautan</dt><dd>${postLink(item.url)}</dd>
  <dt>Diunggah</dt><dd>${when(item.postedAt)}</dd>
  <dt>Bukti</dt><dd>${item.evidence.map((e) => html`<span class="chip">${e.text} <small>${e.weight.toFixed(2)}</small></span> `)}</dd>
  <dt>Model</dt><dd>${item.modelVersion}</dd>
  <dt>Dipegang oleh</dt><dd>${item.assignee ?? '–'}</dd>
  ${last ? html`<dt>Keputusan terakhir</dt><dd><b>${outcomeText(last.outcome)}</b> oleh ${last.reviewer}, ${when(last.createdAt)}</dd>` : ''}
  ${extras.purgeDue && item.purgedAt === null ? html`<dt>Retensi</dt><dd id="purge-at">${retentionNote(extras.purgeDue)}</dd>` : ''}
</dl>
${suggestionNote(suggestion)}
${canDecide && open && heldByOther
  ? html`<div class="held" id="held-notice" role="note">Item ini dipegang oleh <b>${item.assignee}</b> sejak ${when(heldSince(rec.audit, item.assignee ?? '') ?? null)}. Untuk memutuskan, ambil alih dulu: ${takeForm(item, user, csrf, q)}</div>`
  : ''}
${canDecide && open
  ? html`<form method="post" action="/review/items/${item.id}/decision${q}" class="decide" id="decide" autocomplete="off">
  <input type="hidden" name="_csrf" value="${csrf}">
  <input type="hidden" name="fromStatus" value="${item.status}">
  <input type="hidden" name="fromAssignee" value="${item.assignee ?? ''}">
  <input type="hidden" name="fromUpdatedAt" value="${item.updatedAt}">
  ${NO_IMPLICIT_SUBMIT}
  <label>Label peninjau <select name="label" id="label"><option value="">(bawaan: ${defaultLabel('confirmed', item.label, item.scores)} bila Konfirmasi, netral bila Tolak)</option>${LABELS.map((l) => html`<option value="${l}"${selected(typed.label === l)}>${l}</option>`)}</select></label>
  <div class="reason-field"><label>Alasan <textarea name="reason" id="reason" rows="3" title="${limitHint(TEXT_LIMITS.reason)}" aria-describedby="reason-hint">
${typed.reason ?? ''}</textarea></label>
  <p class="hint" id="reason-hint">${REASON_WARNING}</p></div>
  <button type="submit" name="outcome" value="confirmed" data-key="c" class="b-confirm" aria-describedby="decide-confirm"${off}>${decisionText('confirmed')} (c)</button>
  <button type="submit" name="outcome" value="dismissed" data-key="d" class="b-dismiss" aria-describedby="decide-confirm"${off}>${decisionText('dismissed')} (d)</button>
  ${item.status === 'escalated' ? '' : html`<button type="submit" name="outcome" value="escalated" data-key="e" class="b-escalate" aria-describedby="decide-confirm"${off}>${decisionText('escalated')} (e)</button>`}
  <p class="confirm-key" id="decide-confirm" role="status"></p>
</form>
${heldByOther ? '' : takeForm(item, user, csrf, q)}`
  : ''}
${canDecide && final && last ? (item.purgedAt === null ? correctionForm(item, last, csrf, q, typed.corrects ? typed : {}) : html`<p class="hint" id="correct-purged">${PURGED_NO_CORRECTION}</p>`) : ''}
${item.purgedAt === null // a purged item takes no notes: its form would only lose what was typed
  ? html`<form method="post" action="/review/items/${item.id}/notes${q}" class="note" autocomplete="off">
  <input type="hidden" name="_csrf" value="${csrf}">
  <label>Catatan <input type="text" name="text" id="note-text" title="${limitHint(TEXT_LIMITS.note)}" value="${typed.text ?? ''}"></label>
  <label>Usulan label <select name="suggestedLabel" id="suggested-label"><option value="">–</option>${LABELS.map((l) => html`<option value="${l}"${selected(typed.suggestedLabel === l)}>${l}</option>`)}</select></label>
  <button type="submit">Simpan catatan</button>
</form>`
  : html`<p class="hint" id="notes-closed">Catatan tidak diterima lagi: teks item ini sudah dihapus oleh retensi.</p>`}
${rec.decisions.length ? html`<h2>Keputusan</h2><ul class="decisions">${rec.decisions.map((d) => html`<li>${when(d.createdAt)} · ${d.reviewer} · ${d.supersedes ? 'koreksi · ' : ''}<b>${outcomeText(d.outcome)}</b> · label ${d.reviewerLabel ?? '–'}${d.reason ? html` · <bdi class="reason">${d.reason}</bdi>` : ''}${corrected.has(d.id) ? html` · <span class="superseded">dikoreksi</span>` : ''}</li>`)}</ul>` : ''}
${rec.notes.length ? html`<h2>Catatan</h2><ul class="notes">${rec.notes.map((n) => html`<li>${when(n.createdAt)} · ${n.author} · <bdi class="note-text">${n.text ?? '(dihapus)'}</bdi>${n.suggestedLabel ? ` · usul ${n.suggestedLabel}` : ''}</li>`)}</ul>` : ''}
<h2>Jejak audit</h2>
<div class="table-scroll"><table class="audit audit-cards" id="audit"><thead><tr><th>Waktu</th><th>Oleh</th><th>Aksi</th><th>Perubahan</th></tr></thead>
<tbody>${trailRows(rec.audit, item.label)}</tbody></table></div>
</section>`,
    { user, csrf, shortcuts: itemShortcuts(!!(nav.next || nav.prev), canDecide && open && !heldByOther, item.status !== 'escalated') },
  );
}
