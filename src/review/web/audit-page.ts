// The whole audit log for admins, with its filters (GET /review/audit).
import { AUDIT_ACTIONS, type AuditEntry, type AuditPage } from '../store/index.js';
import type { Principal } from '../roles.js';
import { html, Html, page, pager } from './html.js';
import { errorBox } from './form-errors.js';
import { entryItemsPath } from './entry-items-page.js';
import { when } from './time-tag.js';
import { pastEndNote } from './past-end-note.js';
import { filterQuery } from './filter-query.js';
import { select } from './filter-select.js';

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
  // A cursor and nothing after it: past the end (the log only grows, so a kept link or a crafted cursor).
  const pastEnd = cursor !== undefined && rows.length === 0;
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
  ? '\n'
  : html`${pastEnd
    ? pastEndNote('log audit', 'entri', `/review/audit${filterQuery(q)}`)
    : html`<div class="table-scroll"><table class="audit audit-cards" id="audit-log">
<thead><tr><th>#</th><th>Waktu</th><th>Oleh</th><th>Aksi</th><th>Item</th><th>Sebelum</th><th>Sesudah</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="7" class="empty">Tidak ada entri.</td></tr>`}</tbody>
</table></div>`}
${pager('Halaman log audit', cursor ? html`<a href="/review/audit${filterQuery(q)}">« terbaru</a>` : '', listing.nextCursor ? html`<a id="next-page" href="/review/audit${filterQuery(q, { cursor: listing.nextCursor })}">lebih lama »</a>` : '')}`}
</section>`,
    { user, csrf },
  );
}
