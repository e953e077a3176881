// A filter's <select> on the queue and audit pages: "semua" (no filter) first.
import { html, Html } from './html.js';

/** A filter: the options' values are the API's codes, their text the page's words (`text`) where they differ. */
export function select(name: string, options: readonly string[], value: string | undefined, text: (code: string) => string = (c) => c): Html {
  return html`<select name="${name}" id="f-${name}"><option value="">semua</option>${options.map((o) => html`<option value="${o}"${value === o ? new Html(' selected') : ''}>${text(o)}</option>`)}</select>`;
}
