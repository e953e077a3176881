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

/** Why `text` is over `max` characters, in the words every text limit answers with; undefined when it fits. */
export function tooLongProblem(text: string, max: number): string | undefined {
  if (text.length <= max) return undefined; // code points ≤ UTF-16 units: no count needed
  const n = codePointLength(text);
  return n > max ? `is ${n} characters long; the limit is ${max} characters` : undefined;
}

/**
 * Why a post's text is over the limit, naming the setting that raises it (the service's 400, the
 * review API's, the batch CLI's bad record): a reader who meets the limit learns what sets it.
 */
export function textTooLongProblem(text: string, max: number): string | undefined {
  const problem = tooLongProblem(text, max);
  return problem && `${problem} (NETRA_MAX_TEXT_LENGTH sets it)`;
}

// Whitespace and separators (\p{Z}), control characters (NUL, bell…), format characters (\p{Cf}: bidi
// controls, zero-width characters, tag characters, interlinear annotation marks) and the other
// invisible characters normalization removes (soft hyphens, variation selectors, Hangul fillers): a
// text of only these has nothing to score or read.
const VISIBLE = new RegExp(`[^\\s\\p{Z}\\p{Cc}\\p{Cf}${INVISIBLE_CLASS}]`, 'u');

/** Whether a text is empty to a reader: nothing but whitespace, control, format and invisible characters. */
export function isBlankText(text: string): boolean {
  return !VISIBLE.test(text);
}
