// The queue page's form exporting the decisions of a time window (GET /review/export).
import { html, type Html } from './html.js';

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
export function exportWindowForm(): Html {
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
