// Opaque page cursors: a [finite number, string] pair, or [number, string, tag] for a list with several
// orders, as base64url JSON. The queue uses (risk, id) for its risk order and (queued time in ms, id,
// "newest" | "oldest") for its time orders; the audit log (seq, "audit"). The tags keep one list's or
// order's cursor from being read by another, where it would name a wrong place.
export function encodeCursor(risk: number, id: string, tag?: string): string {
  return Buffer.from(JSON.stringify(tag === undefined ? [risk, id] : [risk, id, tag])).toString('base64url');
}

export function decodeCursor(cursor: string): { risk: number; id: string; tag?: string } | undefined {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Finite only: JSON's 1e400 parses as Infinity, which no list hands out (it would read as the first page).
    if (!Array.isArray(v) || !Number.isFinite(v[0]) || typeof v[1] !== 'string') return undefined;
    if (v.length === 2) return { risk: v[0], id: v[1] };
    if (v.length === 3 && typeof v[2] === 'string') return { risk: v[0], id: v[1], tag: v[2] };
  } catch {
    /* fall through */
  }
  return undefined;
}

/** A cursor this list did not hand out: a 400 naming `cursor` in the API, saying `problem`. */
export class BadCursorError extends Error {
  constructor(readonly problem = 'is not valid') {
    super(`bad cursor: ${problem}`);
  }
}
