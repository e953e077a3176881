// Excel's CSV exports may open with a line `sep=;` (or `sep=,`, a tab, `|`; sometimes quoted,
// `"sep=;"`) that names the delimiter before the header. Read as the header, it hid every column.
// It is taken off the (decoded, BOM-less) input here, and its delimiter handed to the CSV reader.
import { lineEndsAt } from './line-ends.js';
import { decideHead } from './stream-head.js';

const LF = 10;
const QUOTE = 0x22;
const SEP_LINE = /^(?:sep=([^"\r\n])|"sep=([^"\r\n])")$/u;
/** `"sep=` + a character of up to 4 bytes + `"`: a first line without a break by then is no sep line. */
const LONGEST = 10;

/**
 * Bytes the sep line at the start of `head` takes with its line end: 0 when there is none, undefined
 * while that cannot be told yet (`ended`: the input has no more).
 */
function sepLineLength(head: Buffer, ended: boolean, found: (delimiter: string, line: string) => void): number | undefined {
  const prefix = head[0] === QUOTE ? '"sep=' : 'sep=';
  for (let k = 0; k < prefix.length && k < head.length; k++) if (head[k] !== prefix.charCodeAt(k)) return 0;
  let at = head.subarray(0, LONGEST + 1).findIndex((b) => b === LF || b === 13);
  if (at === -1) {
    if (!ended) return head.length > LONGEST ? 0 : undefined;
    at = head.length; // the whole input is the sep line
  }
  const line = head.subarray(0, at).toString('utf8');
  const m = SEP_LINE.exec(line);
  if (!m) return 0;
  let end = 0;
  if (at < head.length) {
    // its line end as the file's first line break would be read (line-ends.ts)
    const ends = lineEndsAt(head, at, ended);
    if (ends === undefined) return undefined;
    end = ends === 'crcrlf' ? 3 : ends === 'lf' && head[at] !== LF ? 2 : 1;
  }
  found(m[1] ?? m[2], line);
  return at + end;
}

/** Why a CSV of only a sep line (an empty sheet's export) read no records: it is not blank. */
export const onlySepLineWarning = (line: string): string => `no records were read: the CSV has only Excel's first line ${line} (line 1), and no header after it`;

/** The input without an opening sep line; `found` is told its delimiter before any byte after it is yielded. */
export function withoutSepLine(chunks: AsyncIterable<Buffer>, found: (delimiter: string, line: string) => void): AsyncGenerator<Buffer> {
  return decideHead(chunks, (head, ended) => sepLineLength(head, ended, found));
}
