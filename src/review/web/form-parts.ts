// Parts the item page's forms share: the length hint of a free-text field, the warning under a reason,
// and the hidden first button that keeps Enter in a field from sending a form.
import { html } from './html.js';

export const limitHint = (max: number): string => `Paling banyak ${max.toLocaleString('id-ID')} karakter`;

// Retention purges the post's text and author but keeps every decision's reason (and the audit log and
// exports keep it too): a reason quoting the post or naming the account would keep what was purged.
export const REASON_WARNING = 'Jangan menyalin teks unggahan atau menyebut nama akun di sini: alasan tetap disimpan (juga di ekspor dan log audit) setelah teks unggahan dihapus oleh retensi.';

// autocomplete="off" on the decision and note forms: Chromium otherwise saves their fields' state in
// the history entry and puts it back into the page loaded by Back, so a reason and label sent with a
// decision (or a dropped draft) came back above the item as it is now, ready for `c`. What the page
// itself brings back (a refused form's values) is in the HTML as value/selected and stays.

// Enter in a text field submits its form with the form's first submit button. Making that first button
// a disabled, hidden one turns Enter into nothing, so typing a reason can never send a decision.
export const NO_IMPLICIT_SUBMIT = html`<button type="submit" disabled hidden aria-hidden="true" tabindex="-1" class="no-implicit-submit"></button>`;
