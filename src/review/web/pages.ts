// The review page's views: login, queue (with filters and the chart), one item and (admins) the audit log.
import { LABELS } from '../../data/labels.js';
import { LEVELS } from '../../decision/level.js';
import { STATUSES } from '../db/schema.js';
import type { AuditEntry, AuditPage, Item, ListFilters, Suggestion, TwoWayPage } from '../store/index.js';
import { AUDIT_ACTIONS } from '../store/index.js';
import type { ItemRecord } from '../store/retention.js';
import { actorOf, hasRole, type Principal } from '../roles.js';
import { html, Html, page, pager, type ShortcutGroup } from './html.js';
import { candidateChips } from './candidate-chips.js';
import { highlight } from './highlight.js';
import { snippet } from './snippet.js';
import { queueChart } from './chart.js';
import { TEXT_LIMITS } from '../limits.js';
import { probability, wibTime } from './format.js';
import { actionText, decisionText, outcomeText, SORT_TEXT, stageText, statusText } from './words.js';
import { auditTrailLines } from './audit-trail.js';
import { errorBox } from './form-errors.js';
import { heldSince } from './changes.js';
import { defaultLabel, isFinalStatus } from '../store/workflow.js';
import { postLink } from './post-link.js';
import { limitHint, NO_IMPLICIT_SUBMIT, REASON_WARNING } from './form-parts.js';
import { correctionForm, PURGED_NO_CORRECTION } from './correction-form.js';
import { entryItemsPath } from './entry-items-page.js';
import { when } from './time-tag.js';
import { retentionNote } from './retention-note.js';
import type { PurgeDue } from '../purge-due.js';

export function filterQuery(f: ListFilters | AuditQuery, extra: Record<string, string | undefined> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function loginPage(csrf: string, error?: string, next?: string): string {
  return page(
    'Masuk',
    html`<section class="login">
<h1>Masuk</h1>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="/review/login" autocomplete="off">
  <input type="hidden" name="_csrf" value="${csrf}">
  ${next ? html`<input type="hidden" name="next" value="${next}">` : ''}
  <label>Kunci API <input type="password" name="key" id="key" required autofocus></label>
  <button type="submit">Masuk</button>
</form>
<p class="hint">Kunci dibuat oleh admin: <code>npm run cli -- keys create --role supervisor --name NAMA</code></p>
</section>`,
  );
}


/** The queue's order: "risiko tertinggi" (the default, sent empty as a filter left at "semua" is), newest or oldest queued first. */
function sortSelect(value: string | undefined): Html {
  return html`<select name="sort" id="f-sort"><option value="">${SORT_TEXT.risk}</option>${(['newest', 'oldest'] as const).map((o) => html`<option value="${o}"${value === o ? new Html(' selected') : ''}>${SORT_TEXT[o]}</option>`)}</select>`;
}

/** A filter: the options' values are the API's codes, their text the page's words (`text`) where they differ. */
function select(name: string, options: readonly string[], value: string | undefined, text: (code: string) => string = (c) => c): Html {
  return html`<select name="${name}" id="f-${name}"><option value="">semua</option>${options.map((o) => html`<option value="${o}"${value === o ? new Html(' selected') : ''}>${text(o)}</option>`)}</select>`;
}

/** "2 dari 3 analis" (backing the label, of those who suggested one); nothing when one analyst suggested. */
const backingText = (s: Suggestion): string => (s.analysts > 1 ? `${s.backing} dari ${s.analysts} analis` : '');
/** The title's and the item page's details: suggestions counted as notes and as analysts. */
const countText = (s: Suggestion): string => `${s.count} usulan dari ${s.analysts} analis${s.analysts > 1 ? `; ${s.backing} mengusulkan ${s.label}` : ''}`;

/** An analyst's latest label suggestion, short for the queue row ("serangan 2 dari 3 analis"); its title says who and when. */
function suggestionCell(s: Suggestion | undefined): Html | string {
  if (!s) return '–';
  return html`<span class="suggestion" title="usulan terakhir oleh ${s.author}, ${wibTime(s.createdAt)}; ${countText(s)}">${s.label}${s.analysts > 1 ? html` <small>${backingText(s)}</small>` : ''}</span>`;
}

/**
 * The queue, one page of it. A refused query (`errors`: a misspelt or bad filter) shows the messages
 * above the filter form, with the filters that were fine still chosen, and no listing. `notice` says
 * why the page shown is not the one asked for (a cursor of another order: the first page instead).
 */
export function queuePage(user: Principal, csrf: string, filters: ListFilters, listing: TwoWayPage | { errors: string[] }, chart: Record<string, Record<string, number>>, elections: string[], suggestions: ReadonlyMap<string, Suggestion> = new Map(), notice?: string): string {
  const refused = 'errors' in listing ? listing.errors : undefined;
  // Items keep the filters; their "« antrean" leads back to the page holding them.
  const itemQuery = filterQuery(filters);
  // The post excerpt, the row's link, comes first: on a phone the table scrolls sideways in its box
  // and only the first columns show, and a row must open from what shows.
  const rows = ('errors' in listing ? [] : listing.items).map(
    (it) => html`<tr class="row" data-href="/review/items/${it.id}${itemQuery}" data-id="${it.id}">
  <td class="snippet"><a href="/review/items/${it.id}${itemQuery}">${it.text === null ? '(teks dihapus)' : snippet({ ...it, text: it.text })}</a></td>
  <td class="num">${probability(it.risk)}</td>
  <td><span class="level l-${it.level}">${it.level}</span></td>
  <td>${it.label}</td>
  <td><span class="status st-${it.status}">${statusText(it.status)}</span></td>
  <td class="suggested">${suggestionCell(suggestions.get(it.id))}</td>
  <td class="election">${it.election ?? '–'}</td>
  <td class="assignee">${it.assignee ?? '–'}</td>
</tr>`,
  );
  // No items on a page with items before it: a cursor past the last item (an old "berikutnya" link
  // whose items were decided meanwhile). "Tidak ada item." under a chart counting items misled.
  const pastEnd = !('errors' in listing) && rows.length === 0 && listing.prevCursor !== null;
  return page(
    refused ? 'Saringan tidak diterapkan · Antrean' : 'Antrean',
    html`<section class="queue">
<div class="summary">
  <h1>Antrean tinjauan</h1>
  ${new Html(queueChart(chart))}
</div>
${hasRole(user.role, 'supervisor') ? html`<nav class="exports" aria-label="Ekspor keputusan"><a href="/review/export?format=csv" id="export-csv">Ekspor CSV</a> · <a href="/review/export?format=csv&amp;bom=1" id="export-csv-excel">Ekspor CSV (Excel)</a> · <a href="/review/export?format=csv&amp;bom=1&amp;delimiter=%3B&amp;decimal=%2C" id="export-csv-excel-id">Ekspor CSV (Excel Indonesia, pemisah titik koma)</a> · <a href="/review/export?format=jsonl" id="export-jsonl">Ekspor JSONL</a></nav>
${exportWindowForm()}` : ''}
${refused ? errorBox('Saringan tidak diterapkan:', refused) : ''}
<form method="get" action="/review" class="filters" id="filters">
  <label>Status ${select('status', STATUSES, filters.status, statusText)}</label>
  <label>Level ${select('level', LEVELS, filters.level)}</label>
  <label>Label ${select('label', LABELS, filters.label)}</label>
  <label>Pemilu ${select('election', elections, filters.election)}</label>
  <label>Urutan ${sortSelect(filters.sort)}</label>
  <button type="submit">Saring</button>
</form>
${notice ? html`<p class="flash refused" role="status" id="cursor-note">${notice}</p>` : ''}
${'errors' in listing
  ? ''
  : html`<div class="table-scroll"><table class="items" id="queue">
<thead><tr><th>Unggahan</th><th>Risiko</th><th>Level</th><th>Label model</th><th>Status</th><th>Usulan analis</th><th>Pemilu</th><th>Dipegang oleh</th></tr></thead>
<tbody>${rows.length ? rows : pastEnd ? '' : html`<tr><td colspan="8" class="empty">Tidak ada item.</td></tr>`}</tbody>
</table></div>
${pastEnd ? html`<p class="flash refused" role="status" id="past-end">Halaman ini sudah melewati akhir antrean: tidak ada item lagi sesudah halaman sebelumnya. <a href="/review${filterQuery(filters)}">Buka halaman pertama</a></p>` : ''}
<p id="queue-announce" class="visually-hidden" role="status"></p>
${pager(
  'Halaman antrean',
  listing.prevCursor ? html`<a href="/review${filterQuery(filters)}">« awal</a>` : '',
  listing.prevCursor ? html`<a id="prev-page" href="/review${filterQuery(filters, { before: listing.prevCursor })}">‹ sebelumnya</a>` : '',
  listing.nextCursor ? html`<a id="next-page" href="/review${filterQuery(filters, { cursor: listing.nextCursor })}">berikutnya »</a>` : '',
)}`}
</section>`,
    { user, csrf, shortcuts: rows.length ? ['move', 'open'] : [] },
  );
}

function itemText(item: Item): Html {
  if (item.text === null) return html`<p class="purged">Teks unggahan telah dihapus (retensi) pada ${when(item.purgedAt)}.</p>`;
  const marks = [
    ...item.evidence.map((e) => ({ text: e.text, kind: 'evidence' as const, title: `bukti · bobot ${e.weight}${e.candidate ? ` · ${e.candidate}` : ''}` })),
    ...item.mentions.map((m) => ({ text: m.text, kind: 'mention' as const, title: `${m.kind}${m.candidate ? ` · ${m.candidate}` : ''}` })),
  ];
  // dir="auto": the post's own direction, isolated from the page around it.
  return html`<blockquote class="post" id="post-text" dir="auto">${new Html(highlight(item.text, marks, item.part ?? undefined, item.election ?? undefined))}</blockquote>`;
}

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

/**
 * "Take" for an unassigned item, a distinct "take over from X" for one someone else holds, and "give
 * back" for one's own (`assignee` empty: nobody). Each sends the holder shown, so a change made
 * meanwhile (taken over, given back, decided) is a conflict, not silently undone.
 */
function takeForm(item: Item, user: Principal, csrf: string, q: string): Html {
  if (item.assignee === actorOf(user)) {
    return html`<form method="post" action="/review/items/${item.id}/assign${q}" class="inline" id="release"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="fromAssignee" value="${item.assignee}"><input type="hidden" name="assignee" value=""><button type="submit" class="b-release">Lepaskan (kembalikan ke antrean)</button></form>`;
  }
  const label = item.assignee === null ? 'Ambil (tugaskan ke saya)' : `Ambil alih dari ${item.assignee}`;
  return html`<form method="post" action="/review/items/${item.id}/assign${q}" class="inline" id="take"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="fromAssignee" value="${item.assignee ?? ''}"><button type="submit" class="${item.assignee === null ? 'b-take' : 'b-takeover'}">${label}</button></form>`;
}

// No maxlength on the text fields: the browser counts it in UTF-16 units (an emoji is two) and cuts
// pasted text silently, far below the server's limits in characters. The server checks the limits and
// a longer text comes back with a visible error instead.
/** A one-time message after a form: a success ("Tersimpan: …"), or a refusal (nothing saved or changed). */
export interface ItemMessage {
  text: string;
  refused?: boolean;
}

/** What the item page may show besides the item: a one-time status message, or a refused form's errors and what was typed. */
export interface ItemPageExtras {
  flash?: ItemMessage;
  /** Messages (in Indonesian) of a decision or note form the server refused; nothing was saved. */
  formErrors?: string[];
  /** `corrects` set: what was typed in the correction form (its reason and label), not the decision form. */
  typed?: { reason?: string; label?: string; text?: string; suggestedLabel?: string; outcome?: string; corrects?: string };
  /** When retention purges the item's text under the current settings (purgeDueAt); unset: not said. */
  purgeDue?: PurgeDue;
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

/** The item's audit trail in the page's words (audit-trail.ts); the time with its offset, since the exact instant matters here. */
function trailRows(audit: readonly AuditEntry[], modelLabel: string): Html[] {
  const lines = auditTrailLines(audit, modelLabel);
  return audit.map(
    (a, i) =>
      html`<tr data-seq="${a.seq}"><td data-label="Waktu">${when(a.at)} <small class="offset">(UTC+7)</small></td><td class="actor" data-label="Oleh">${a.actor}</td><td class="act" data-label="Aksi">${actionText(a.action)}</td><td data-label="Perubahan"><ul class="changes">${lines[i].map((l) => html`<li>${l}</li>`)}</ul></td></tr>`,
  );
}

/** The audit page's filters as given (strings, as in the query), for the form and the pager links. */
export interface AuditQuery {
  action?: string;
  actor?: string;
  item?: string;
  since?: string;
  until?: string;
}

/** Longer `before`/`after` values (a queue page's read names up to 500 ids) are folded to their start. */
const FOLD_OVER = 120;
const FOLDED_START = 80;

function foldedJson(json: string) {
  if (json.length <= FOLD_OVER) return html`<code>${json}</code>`;
  const last = json.charCodeAt(FOLDED_START - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? FOLDED_START - 1 : FOLDED_START; // not between a surrogate pair
  return html`<details class="long"><summary><code>${json.slice(0, cut)}…</code></summary><code>${json}</code></details>`;
}

/**
 * The decisions of a time window only (one day's, say), so a supervisor need not hand over every
 * decision and decided post in the store. Times typed here are WIB, as the page shows them; empty: no bound.
 * The CSV's delimiter as the API's `delimiter` takes it: ';' for Excel under Indonesian settings (as the
 * "Excel Indonesia" link); the default is sent as none, so it also serves JSONL: the comma, or ';' with a decimal
 * comma (export-choices.ts), so no choice here is refused. Its decimal as the API's `decimal`: ',' for numbers
 * Excel under Indonesian settings reads; the point is sent as none.
 * The BOM (the API's `bom`) is "otomatis" by default: on for that Excel's file (';' or a decimal comma), `0` for a
 * file without one. Every field is shown with JSONL too (no script hides them): the page leaves them out then
 * (export-choices.ts).
 */
function exportWindowForm(): Html {
  return html`<details class="export-window"><summary>Ekspor keputusan menurut waktu (mis. satu hari)</summary><form method="get" action="/review/export" class="filters" id="export-window">
  <label>Keputusan sejak (WIB) <input type="datetime-local" name="since" id="export-since"></label>
  <label>sampai sebelum <input type="datetime-local" name="until" id="export-until"></label>
  <label>Format <select name="format" id="export-format"><option value="csv">CSV</option><option value="jsonl">JSONL</option></select></label>
  <label>Pemisah CSV <select name="delimiter" id="export-delimiter"><option value="">koma (,); titik koma (;) bila desimal koma</option><option value=";">titik koma (;), untuk Excel Indonesia</option><option value="tab">tab</option></select></label>
  <label>Desimal <select name="decimal" id="export-decimal"><option value="">titik (.)</option><option value=",">koma (,), untuk Excel Indonesia</option></select></label>
  <label>CSV untuk Excel (BOM) <select name="bom" id="export-bom"><option value="">otomatis: ya untuk Excel Indonesia</option><option value="1">ya</option><option value="0">tidak, untuk skrip</option></select></label>
  <button type="submit">Ekspor</button>
</form></details>`;
}

/**
 * The item column: the entry's item. A queue page's read is of no item but lists the ids it showed,
 * so it says why it is listed and how big the page was: the filtered item it showed ("<id> dari 12
 * item"), else the page's size ("12 item"); a bulk export likewise, by its count of items, linked to
 * the list of those items (entry-items-page.ts). Other
 * entries of no item (keys, logins): "–".
 * The id opens the item, as ids do elsewhere on the pages, unless the item is deleted (its page is a
 * 404: the id is plain text); a small "log" beside it filters this log by the item (not shown when it
 * is filtered so already), which also works once the item is deleted.
 */
function auditItem(a: AuditEntry, filtered: string | undefined, existing: ReadonlySet<string>): Html | string {
  const id = (id: string) => (existing.has(id) ? html`<a href="/review/items/${id}">${id}</a>` : html`<span class="gone" title="Item ini sudah dihapus">${id}</span>`);
  const link = (item: string) => html`${id(item)}${item === filtered ? '' : html` <small><a href="/review/audit${filterQuery({ item })}" class="item-log" title="Saring log audit menurut item ini">log</a></small>`}`;
  if (a.itemId) return link(a.itemId);
  const ids = a.after?.ids;
  // A bulk export counts its items (`items`) and names them in audit_shown only: listed under an item filter, it held that item.
  const count = Array.isArray(ids) ? ids.length : typeof a.after?.items === 'number' ? a.after.items : undefined;
  // A bulk export's count opens the list of the items it held (ids and what became of them, never text);
  // one audited before its items were recorded opens a page saying so.
  const bulkExport = a.action === 'export';
  if (count === undefined) return bulkExport ? html`<a href="${entryItemsPath(a.seq)}" class="entry-items">daftar item</a>` : '–';
  const size = bulkExport ? html`<a href="${entryItemsPath(a.seq)}" class="entry-items" title="Item yang dibawa ekspor ini">${count} item</a>` : `${count} item`;
  const holds = filtered !== undefined && (Array.isArray(ids) ? ids.includes(filtered) : true);
  return holds ? html`${link(filtered)} <small>dari ${size}</small>` : size;
}

/**
 * The whole audit log for admins, newest first: the API's GET /audit as a page, with the same filters.
 * Refused filters (`errors`) come back in the form as typed, above no listing.
 */
/** `existing`: the listed items still stored (the others are deleted: no link to their page). */
export function auditPage(user: Principal, csrf: string, q: AuditQuery, listing: (AuditPage & { existing: ReadonlySet<string> }) | { errors: string[] }, cursor?: string): string {
  const json = (v: Record<string, unknown> | null) => (v ? foldedJson(JSON.stringify(v)) : '');
  const text = (name: keyof AuditQuery, label: string, placeholder: string) =>
    html`<label>${label} <input type="text" name="${name}" id="f-${name}" value="${q[name] ?? ''}" placeholder="${placeholder}"></label>`;
  // Each cell names its column (data-label): on a phone an entry's cells stack and show it (review.css, table.audit-cards, shared with the item's trail).
  const existing = 'errors' in listing ? new Set<string>() : listing.existing;
  const rows = ('errors' in listing ? [] : listing.entries).map(
    (a) => html`<tr data-seq="${a.seq}"><td class="num" data-label="#">${a.seq}</td><td class="at" data-label="Waktu">${when(a.at)}</td><td class="actor" data-label="Oleh">${a.actor}</td><td class="act" data-label="Aksi">${a.action}</td><td class="item" data-label="Item">${auditItem(a, q.item, existing)}</td><td data-label="Sebelum">${json(a.before)}</td><td data-label="Sesudah">${json(a.after)}</td></tr>`,
  );
  return page(
    'errors' in listing ? 'Saringan tidak diterapkan · Audit' : 'Audit',
    html`<section class="audit-log">
<h1>Log audit</h1>
${'errors' in listing ? errorBox('Saringan tidak diterapkan:', listing.errors) : ''}
<p class="hint">Semua entri, terbaru dahulu, termasuk yang tanpa item (kunci API, ekspor massal: <code>export</code> dengan jumlah itemnya, halaman antrean yang dibaca: <code>read</code> dengan id itemnya; saringan Item menemukan keduanya) dan riwayat item yang sudah dihapus. Setiap tampilan teks unggahan (antrean, item, API) dicatat sebagai <code>read</code>. Log tidak memuat teks unggahan atau catatan. Waktu ditampilkan dalam WIB; saringan waktu: tanggal dan jam, mis. <code>2024-01-10T09:30</code> atau <code>10-01-2024 09:30</code> (tanpa zona dibaca sebagai WIB), atau ISO 8601 dengan zona, mis. <code>2024-01-10T02:30:00Z</code>.</p>
<form method="get" action="/review/audit" class="filters" id="audit-filters">
  <label>Aksi ${select('action', AUDIT_ACTIONS, q.action)}</label>
  ${text('actor', 'Oleh', 'nama#id kunci')}
  ${text('item', 'Item', 'id item')}
  ${text('since', 'Sejak', '2024-01-01T00:00 (WIB)')}
  ${text('until', 'Sampai', '2024-02-01T00:00 (WIB)')}
  <button type="submit">Saring</button>
</form>
${'errors' in listing
  ? ''
  : html`<div class="table-scroll"><table class="audit audit-cards" id="audit-log">
<thead><tr><th>#</th><th>Waktu</th><th>Oleh</th><th>Aksi</th><th>Item</th><th>Sebelum</th><th>Sesudah</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="7" class="empty">Tidak ada entri.</td></tr>`}</tbody>
</table></div>
${pager('Halaman log audit', cursor ? html`<a href="/review/audit${filterQuery(q)}">« terbaru</a>` : '', listing.nextCursor ? html`<a id="next-page" href="/review/audit${filterQuery(q, { cursor: listing.nextCursor })}">lebih lama »</a>` : '')}`}
</section>`,
    { user, csrf },
  );
}
