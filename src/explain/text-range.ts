// A stretch of a post's text, and the rule places found in it keep: no two over each other.

/** A stretch of the post: [start, end) in UTF-16 code units, as JavaScript strings index. */
export interface TextRange {
  start: number;
  end: number;
}

/** The ranges by start, an overlapping one left out for the earlier, longer one (sorts `ranges` in place). */
export function nonOverlapping<T extends TextRange>(ranges: T[]): T[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const r of ranges) if (!out.length || r.start >= out[out.length - 1].end) out.push(r);
  return out;
}
