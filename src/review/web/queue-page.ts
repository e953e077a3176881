// The queue page: filters, the chart, one page of items and its pager.
import { LABELS } from '../../data/labels.js';
import { LEVELS } from '../../decision/level.js';
import { STATUSES } from '../db/schema.js';
import type { ListFilters, Suggestion, TwoWayPage } from '../store/index.js';
import { hasRole, type Principal } from '../roles.js';
import { html, Html, page, pager } from './html.js';
import { snippet } from './snippet.js';
import { queueChart } from './chart.js';
import { probability, wibTime } from './format.js';
import { SORT_TEXT, statusText } from './words.js';
import { errorBox } from './form-errors.js';
import { pastEndNote } from './past-end-note.js';
import { filterQuery } from './filter-query.js';
import { select } from './filter-select.js';
import { backingText, countText } from './suggestion-words.js';
import { exportWindowForm } from './export-window-form.js';

/** The queue's order: "risiko tertinggi" (the default, sent empty as a filter left at "semua" is), newest or oldest queued first. */
function sortSelect(value: string | undefined): Html {
  return html`<select name="sort" id="f-sort"><option value="">${SORT_TEXT.risk}</option>${(['newest', 'oldest'] as const).map((o) => html`<option value="${o}"${value === o ? new Html(' selected') : ''}>${SORT_TEXT[o]}</option>`)}</select>`;
}

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
  : pastEnd
    ? pastEndNote('antrean', 'item', `/review${filterQuery(filters)}`)
    : html`<div class="table-scroll"><table class="items" id="queue">
<thead><tr><th>Unggahan</th><th>Risiko</th><th>Level</th><th>Label model</th><th>Status</th><th>Usulan analis</th><th>Pemilu</th><th>Dipegang oleh</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="8" class="empty">Tidak ada item.</td></tr>`}</tbody>
</table></div>`}
${'errors' in listing
  ? ''
  : html`<p id="queue-announce" class="visually-hidden" role="status"></p>
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
