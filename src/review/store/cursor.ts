// Opaque page cursors: a [finite number, string] pair as base64url JSON. The queue uses (risk, id); the
// audit log (seq, "audit"), the tag keeping one list's cursor from being read by the other.
export function encodeCursor(risk: number, id: string): string {
  return Buffer.from(JSON.stringify([risk, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { risk: number; id: string } | undefined {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Finite only: JSON's 1e400 parses as Infinity, which no list hands out (it would read as the first page).
    if (Array.isArray(v) && Number.isFinite(v[0]) && typeof v[1] === 'string') return { risk: v[0], id: v[1] };
  } catch {
    /* fall through */
  }
  return undefined;
}

/** A cursor this list did not hand out (a 400 naming `cursor` in the API). */
export class BadCursorError extends Error {}
