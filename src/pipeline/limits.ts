// Input limits shared by every entry point (service, batch, review), so a post rejected by one is
// rejected by all.
import { INVISIBLE_CLASS } from '../text/unicode.js';

export const DEFAULT_MAX_TEXT_LENGTH = 10_000;
/** The most NETRA_MAX_TEXT_LENGTH may be set to, in the service and the CLI alike. */
export const MAX_TEXT_LENGTH_SETTING = 1_000_000;

/** Length in characters as people count them (Unicode code points, not UTF-16 units). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

// Whitespace, control characters (NUL, bell…) and the invisible characters normalization removes
// (zero-width spaces and joiners, soft hyphens, variation selectors, BOM): a post of only these has
// nothing to score.
const VISIBLE = new RegExp(`[^\\s\\p{Cc}${INVISIBLE_CLASS}]`, 'u');

/** Whether a text is empty to a reader: nothing but whitespace, control and invisible characters. */
export function isBlankText(text: string): boolean {
  return !VISIBLE.test(text);
}
