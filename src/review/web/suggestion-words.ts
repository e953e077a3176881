// An analyst label suggestion's counts in the page's words (queue row title, item page note).
import type { Suggestion } from '../store/index.js';

/** "2 dari 3 analis" (backing the label, of those who suggested one); nothing when one analyst suggested. */
export const backingText = (s: Suggestion): string => (s.analysts > 1 ? `${s.backing} dari ${s.analysts} analis` : '');
/** The title's and the item page's details: suggestions counted as notes and as analysts. */
export const countText = (s: Suggestion): string => `${s.count} usulan dari ${s.analysts} analis${s.analysts > 1 ? `; ${s.backing} mengusulkan ${s.label}` : ''}`;
