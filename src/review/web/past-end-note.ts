// A list page past its end (a pager link kept after the list changed, a cursor beyond its last row):
// the page says so and links to the first page, instead of an empty table saying there is nothing,
// which misled under a queue chart or a log with entries. One wording for the queue, the audit log and
// an export's items.
import { html, type Html } from './html.js';

/** `list`: the list's name ("antrean"); `rows`: what it lists ("item"); `first`: its first page's URL. */
export const pastEndNote = (list: string, rows: string, first: string): Html =>
  html`<p class="flash refused" role="status" id="past-end">Halaman ini sudah melewati akhir ${list}: tidak ada ${rows} lagi sesudah halaman sebelumnya. <a href="${first}">Buka halaman pertama</a></p>`;
