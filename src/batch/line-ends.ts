// How a feed's lines end, told from its first line break, for the CSV and the JSONL reader alike.
const LF = 10;
const CR = 13;

/** LF or CRLF; CR CR LF (a CRLF file converted twice); CR alone (old Mac exports). */
export type LineEnds = 'lf' | 'crcrlf' | 'cr';

/**
 * What the first line break, at `at` in `head`, says the file's lines end in; undefined while the
 * bytes after a CR that decide it have not arrived (`ended`: the input has no more).
 */
export function lineEndsAt(head: Uint8Array, at: number, ended: boolean): LineEnds | undefined {
  if (head[at] === LF) return 'lf';
  const next = head[at + 1];
  const after = head[at + 2];
  if (next === LF) return 'lf';
  if (next === CR && after === LF) return 'crcrlf';
  if (!ended && (next === undefined || (next === CR && after === undefined))) return undefined;
  return 'cr';
}
