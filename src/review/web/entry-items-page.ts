// The items one export held, for admins (the API's GET /audit/:seq/items as a page, linked from the
// export's entry in the audit log): whose personal data left with that file (a lost laptop). Item ids
// and what became of each (stored, purged, deleted) only, never text or authors; 50 a page by id, with
// the log's pager. Not audited, as the log is not.
import type { AuditEntry, EntryItemsPage } from '../store/index.js';
import type { Principal } from '../roles.js';
import { html, page, pager, type Html } from './html.js';
import { wibTime } from './format.js';
import { ITEM_STATE_TEXT } from './words.js';
import { when } from './time-tag.js';
import { pastEndNote } from './past-end-note.js';

/** The page's own path, for its pager and the log's link to it. */
export const entryItemsPath = (seq: number, cursor?: string): string => `/review/audit/${seq}/items${cursor ? `?${new URLSearchParams({ cursor })}` : ''}`;

/** What the export was: who, when, which format, how many rows and items (its entry's `after`). */
function exportSummary(entry: AuditEntry): Html {
  const after = entry.after ?? {};
  const count = typeof after.items === 'number' ? html`, ${after.items} item` : '';
  const window = after.since || after.until ? html`, keputusan ${after.since ? html`sejak ${wibTime(String(after.since))} ` : ''}${after.until ? html`sampai sebelum ${wibTime(String(after.until))}` : ''}` : '';
  return html`Ekspor oleh <b>${entry.actor}</b> pada ${when(entry.at)}: format ${String(after.format ?? '–')}, ${String(after.rows ?? '–')} baris${count}${window}.`;
}

export function entryItemsPage(user: Principal, csrf: string, entry: AuditEntry, listing: EntryItemsPage, cursor?: string): string {
  const idCell = (id: string, state: keyof typeof ITEM_STATE_TEXT) =>
    html`${state === 'deleted' ? html`<span class="gone" title="Item ini sudah dihapus">${id}</span>` : html`<a href="/review/items/${id}">${id}</a>`} <small><a href="/review/audit?item=${id}" class="item-log" title="Saring log audit menurut item ini">log</a></small>`;
  const rows = listing.items.map((it) => html`<tr data-item="${it.id}" class="state-${it.state}"><td class="item" data-label="Item">${idCell(it.id, it.state)}</td><td class="state" data-label="Keadaan">${ITEM_STATE_TEXT[it.state]}</td></tr>`);
  const body = !listing.recorded
    ? html`<p class="hint" id="not-recorded">Item ekspor ini tidak tercatat: ekspor ini diaudit sebelum netra mencatat item setiap ekspor, jadi item mana yang dibawanya tidak diketahui.</p>`
    : cursor !== undefined && rows.length === 0
      ? pastEndNote('daftar item ekspor ini', 'item', entryItemsPath(entry.seq))
      : html`<div class="table-scroll"><table class="audit audit-cards" id="entry-items">
<thead><tr><th>Item</th><th>Keadaan</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="2" class="empty">Tidak ada item.</td></tr>`}</tbody>
</table></div>`;
  return page(
    `Item ekspor #${entry.seq} · Audit`,
    html`<section class="audit-log entry-items">
<nav class="crumbs" aria-label="Navigasi log audit"><a href="/review/audit">« log audit</a></nav>
<h1>Item dalam ekspor #${entry.seq}</h1>
<p id="entry-summary">${exportSummary(entry)}</p>
<p class="hint">Hanya id item dan keadaannya sekarang (tersimpan, teks dan penulis dihapus oleh retensi, atau item dihapus), menurut id; teks unggahan dan penulis tidak ditampilkan. Berkas ekspornya memuat teks dan penulis setiap item saat diekspor.</p>
${body}
${pager('Halaman item ekspor', cursor ? html`<a href="${entryItemsPath(entry.seq)}">« awal</a>` : '', listing.nextCursor ? html`<a id="next-page" href="${entryItemsPath(entry.seq, listing.nextCursor)}">berikutnya »</a>` : '')}
</section>`,
    { user, csrf },
  );
}
