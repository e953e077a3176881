// Tokenizer for normalized, lowercased text. natural's Indonesian aggressive tokenizer is not used: it
// drops the first letter of capitalized words ("Jokowi" → "okowi") and splits emoji and placeholders.
// It yields what this regex matches, left to right (TOKEN_PATTERN, kept as the definition; the tests
// hold the scanner to it): placeholders, hashtags, words (with inner hyphens/apostrophes), flags,
// emoji and runs of ! or ?. The scanner below reads each character's class from a table instead:
// matching the regex (Unicode property classes tried at every position) was ≈ 3 µs of a post's ≈ 17
// in normalize, the scanner ≈ 1.
export const TOKEN_PATTERN =
  /<(?:url|user|email|num|date|time|no:\d{1,2}|gesture:\d)>|#[\p{L}\p{N}_]+|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\p{Regional_Indicator}{2}|\p{Extended_Pictographic}|[!?]+/gu;

const PLACEHOLDER = /<(?:url|user|email|num|date|time|no:\d{1,2}|gesture:\d)>/y;

const WORD = 1; // \p{L} or \p{N}
const REGIONAL = 2; // \p{Regional_Indicator}
const PICTOGRAPHIC = 3; // \p{Extended_Pictographic}
const OTHER = 4;

const IS_WORD = /[\p{L}\p{N}]/u;
const IS_REGIONAL = /\p{Regional_Indicator}/u;
const IS_PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** In TOKEN_PATTERN's order of alternatives: a letter or digit starts a word whatever else it is. */
function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (IS_WORD.test(ch)) return WORD;
  if (IS_REGIONAL.test(ch)) return REGIONAL;
  return IS_PICTOGRAPHIC.test(ch) ? PICTOGRAPHIC : OTHER;
}

/** Class of each BMP code point (lone surrogates included), 0 until first seen: 64 KB, filled lazily. */
const bmp = new Uint8Array(0x10000);
/**
 * Classes of code points above the BMP (emoji, flags, rare scripts), by code point. Bounded: cleared at
 * 4,096 entries; posts use a few hundred emoji, so it is nearly always a hit.
 */
const astral = new Map<number, number>();
const MAX_ASTRAL = 4_096;

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmp[cp];
    if (c === 0) bmp[cp] = c = classify(cp);
    return c;
  }
  let c = astral.get(cp);
  if (c === undefined) {
    if (astral.size >= MAX_ASTRAL) astral.clear();
    astral.set(cp, (c = classify(cp)));
  }
  return c;
}

/** The code point at i (a surrogate pair read whole; a lone surrogate is its own code point, as in a /u regex). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number): number => (cp >= 0x10000 ? 2 : 1);

/** The end of the run of letters and digits (and, in a hashtag, underscores) from i. */
function wordRunEnd(text: string, i: number, underscore: boolean): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) i++; // the common case, without the table
    else if (underscore && c === 95) i++;
    else {
      const cp = codePointAt(text, i);
      if (classOf(cp) !== WORD) break;
      i += width(cp);
    }
  }
  return i;
}

/** `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` from i, where a word character is: its end. */
function wordEnd(text: string, i: number): number {
  let end = wordRunEnd(text, i, false);
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c !== 39 && c !== 0x2019 && c !== 45) break;
    const next = wordRunEnd(text, end + 1, false);
    if (next === end + 1) break; // a joiner not followed by a letter or digit ends the word before it
    end = next;
  }
  return end;
}

export function rawTokens(text: string): string[] {
  const tokens: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */) {
      PLACEHOLDER.lastIndex = i;
      if (PLACEHOLDER.test(text)) {
        tokens.push(text.slice(i, PLACEHOLDER.lastIndex));
        i = PLACEHOLDER.lastIndex;
        continue;
      }
    } else if (c === 35 /* # */) {
      const end = wordRunEnd(text, i + 1, true);
      if (end > i + 1) {
        tokens.push(text.slice(i, end));
        i = end;
        continue;
      }
    } else if (c === 33 || c === 63 /* ! ? */) {
      let end = i + 1;
      while (end < n && (text.charCodeAt(end) === 33 || text.charCodeAt(end) === 63)) end++;
      tokens.push(text.slice(i, end));
      i = end;
      continue;
    }
    const cp = codePointAt(text, i);
    const kind = classOf(cp);
    const w = width(cp);
    if (kind === WORD) {
      const end = wordEnd(text, i);
      tokens.push(text.slice(i, end));
      i = end;
    } else if (kind === REGIONAL && i + w < n && classOf(codePointAt(text, i + w)) === REGIONAL) {
      const end = i + w + width(codePointAt(text, i + w));
      tokens.push(text.slice(i, end));
      i = end;
    } else if (kind === PICTOGRAPHIC) {
      tokens.push(text.slice(i, i + w));
      i += w;
    } else i += w;
  }
  return tokens;
}
