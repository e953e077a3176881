// A time as the pages show it: WIB for the reader, the exact UTC instant in <time datetime>.
import { html, type Html } from './html.js';
import { wibTime } from './format.js';

export const when = (iso: string | null): Html | string => (iso === null ? '–' : html`<time datetime="${iso}">${wibTime(iso)}</time>`);
