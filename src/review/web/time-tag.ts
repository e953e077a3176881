// A time as the pages show it: WIB for the reader, the exact UTC instant in <time datetime>.
import { html, type Html } from './html.js';
import { wibTime } from './format.js';

/** A stored UTC time as people here read it (WIB), the exact instant kept in the element's datetime; '–' for none. */
export const when = (iso: string | null): Html | string => (iso === null ? '–' : html`<time datetime="${iso}">${wibTime(iso)}</time>`);
