// A stretch of a post's text, and the two rules every place found in it keeps: whole characters, and
// no two places over each other.

/** A stretch of the post: [start, end) in UTF-16 code units, as JavaScript strings index. */
export interface TextRange {
  start: number;
  end: number;
}

/** A mark that belongs to the character before it: combining marks, variation selectors, a keycap's ⃣. */
const ATTACHED = /\p{M}/u;

/**
 * `range` grown to whole characters as a reader sees them: a match found on "0⃣2" of "0⃣2⃣" takes
 * the keycap's marks along, and one that starts on a mark starts at the character it belongs to.
 */
export function wholeCharacters<T extends TextRange>(text: string, range: T): T {
  let { start, end } = range;
  while (end < text.length) {
    const c = String.fromCodePoint(text.codePointAt(end)!);
    if (!ATTACHED.test(c)) break;
    end += c.length;
  }
  while (start > 0 && ATTACHED.test(String.fromCodePoint(text.codePointAt(start)!))) start -= isLowSurrogateAt(text, start - 1) ? 2 : 1;
  return start === range.start && end === range.end ? range : { ...range, start, end };
}

const isLowSurrogateAt = (text: string, i: number) => i > 0 && /[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1]);

/** The ranges by start, an overlapping one left out for the earlier, longer one (sorts `ranges` in place). */
export function nonOverlapping<T extends TextRange>(ranges: T[]): T[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const r of ranges) if (!out.length || r.start >= out[out.length - 1].end) out.push(r);
  return out;
}
