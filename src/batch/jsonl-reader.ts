// JSONL input: one JSON object per line. Tolerant of what real exports contain: a BOM (UTF-16LE or BE after
// one is decoded), CRLF or CR-only line ends, blank lines (skipped, not counted as records), invalid
// UTF-8 (decoded with U+FFFD), lines that are not JSON or not objects (error records), and lines too
// long to hold in memory (discarded as they stream past, reported as one error record).
//
// The reader only splits lines; parseJsonLine turns one into fields later, in the scoring thread,
// so the main thread stays free for I/O.
import { isUtf8 } from 'node:buffer';
import type { RawRecord } from './types.js';
import { lineEndsAt } from './line-ends.js';
import { utf8WithoutBom } from './csv-encoding.js';
import { BatchUsageError } from './errors.js';
import { jsonErrorWhere } from '../service/json-position.js';
import { convertCommand } from './convert-hint.js';
import { nonFiniteAsNull } from './non-finite-json.js';

export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

export interface JsonlOptions {
  maxLineBytes?: number;
  /** Told when the input is UTF-16 (see csv-encoding.ts). */
  onUtf16?: () => void;
  /** The input as --input gives it ('-', the default, for stdin), for the commands messages give. */
  input?: string;
}

const LF = 10;
const CR = 13;

/**
 * A feed that opens with "[" is a JSON array (a pretty-printed export, often named .json), not JSON
 * Lines: read line by line, its elements would be bad records but the last one, and the job would
 * end "done". Refused before anything is written (exit 2).
 */
const jsonArray = (input: string) =>
  `the input is a JSON array ('[' before its first record), not JSON Lines (one object per line); convert it: ${convertCommand("jq -c '.[]'", input, 'jsonl')}`;

/**
 * A feed whose first line is a lone "{" is pretty-printed JSON (`jq .`, indent=2): every line of each
 * object would be a bad record, and the job would end "done". Refused as a JSON array is.
 */
const prettyJson = (input: string) =>
  `the input is pretty-printed JSON (a lone '{' on its first line), not JSON Lines (one object per line); convert it: ${convertCommand('jq -c .', input, 'jsonl')}`;

const isBlank = (s: string): boolean => s.length === 0 || s.trim().length === 0;

/** The first record's line, refused when it shows the whole input is JSON but not JSON Lines. */
function refuseWholeJson(text: string, input: string): void {
  const t = text.trim();
  if (t.charCodeAt(0) === 0x5b) throw new BatchUsageError(jsonArray(input)); // "["
  if (t === '{') throw new BatchUsageError(prettyJson(input));
}

/**
 * The file's line ends from its first line break at `at` (see line-ends.ts): CR for CR alone, else LF
 * (a CR before it is stripped, CR CR LF included). 0 while that cannot be told yet: no break so far,
 * or a CR whose next bytes have not arrived.
 */
function lineEnds(buf: Buffer, at: number, ended: boolean): 0 | typeof LF | typeof CR {
  if (at === -1) return 0;
  const ends = lineEndsAt(buf, at, ended);
  return ends === undefined ? 0 : ends === 'cr' ? CR : LF;
}

/** Index of the first CR or LF in `buf`, or -1. */
function firstBreak(buf: Buffer): number {
  const cr = buf.indexOf(CR);
  const lf = buf.indexOf(LF);
  return cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
}

export async function* readJsonl(chunks: AsyncIterable<Buffer>, opts: JsonlOptions = {}): AsyncGenerator<RawRecord> {
  const maxLineBytes = opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const inputName = opts.input ?? '-';
  let parts: Buffer[] = [];
  let partBytes = 0;
  let overflow = false;
  let line = 0;
  let n = 0;
  // LF: lines end at LF (a CR before it is stripped; a CR elsewhere is JSON whitespace, since raw CR
  // cannot be inside a JSON string). CR: lines end at CR, LF or CRLF, as in a CSV with CR line ends.
  let mode: 0 | typeof LF | typeof CR = 0;
  let held: Buffer | undefined; // the first CR and what follows it, until the mode can be told
  let afterCr = false; // the last chunk ended in a CR line end: an LF first in the next one is its CRLF

  // Up to five bytes over the limit are held, so a line of exactly the limit can still start with a BOM
  // and end in CRLF or CR CR LF (neither counts, as in the CSV reader); finish checks it without them.
  const append = (chunk: Buffer, start: number, end: number) => {
    if (overflow || end <= start) return;
    if (partBytes + (end - start) > maxLineBytes + 5) {
      overflow = true;
      parts = [];
      partBytes = 0;
    } else {
      parts.push(chunk.subarray(start, end));
      partBytes += end - start;
    }
  };

  const finish = (): RawRecord | undefined => {
    line++;
    if (overflow) {
      overflow = false;
      return { n: ++n, line, error: `line is longer than ${maxLineBytes} bytes` };
    }
    const buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes);
    parts = [];
    partBytes = 0;
    let content = buf.length;
    if (content > 0 && buf[content - 1] === CR) content--;
    if (content > 0 && buf[content - 1] === CR) content--; // CR CR LF: at most two CRs belong to the line end
    if (content >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) content -= 3; // nor does a BOM, as in the CSV reader
    if (content > maxLineBytes) return { n: ++n, line, error: `line is longer than ${maxLineBytes} bytes` };
    let text = buf.toString('utf8');
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === CR) end--; // CRLF, or CR CR LF
    if (end < text.length) text = text.slice(0, end);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (isBlank(text)) return undefined;
    if (n === 0) refuseWholeJson(text, inputName);
    // U+FFFD is rare in valid text, so the bytes are checked only when it shows (it may be valid UTF-8 itself)
    if (text.includes('\uFFFD') && !isUtf8(buf)) return { n: ++n, line, json: text, notUtf8: true };
    return { n: ++n, line, json: text };
  };

  function* split(chunk: Buffer): Generator<RawRecord> {
    let start = 0;
    if (afterCr && chunk.length > 0) {
      afterCr = false;
      if (chunk[0] === LF) start = 1;
    }
    // The next LF and (in a CR file) CR at or after `start`, each searched again only once passed;
    // -1 when there is none left in the chunk, so each byte is scanned at most once per kind.
    let lf = -2;
    let cr = mode === CR ? -2 : -1;
    while (start <= chunk.length) {
      if (lf !== -1 && lf < start) lf = chunk.indexOf(LF, start);
      if (cr !== -1 && cr < start) cr = chunk.indexOf(CR, start);
      const brk = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      append(chunk, start, brk === -1 ? chunk.length : brk);
      if (brk === -1) return;
      const rec = finish();
      if (rec) yield rec;
      start = brk + 1;
      if (brk === cr) {
        if (start === chunk.length) afterCr = true;
        else if (chunk[start] === LF) start++;
      }
    }
  }

  // UTF-16 (LE or BE) after its BOM is decoded first, as for CSV: its line ends are two bytes, LF and NUL.
  for await (const input of utf8WithoutBom(chunks, { keepUtf8Bom: true, onUtf16: opts.onUtf16, convert: { input: inputName, format: 'jsonl' } })) {
    let chunk = input;
    if (mode === 0) {
      if (held) chunk = Buffer.concat([held, chunk]);
      held = undefined;
      const at = firstBreak(chunk);
      mode = lineEnds(chunk, at, false);
      if (mode === 0) {
        // Everything before the first break is line content whatever the mode; keep the CR and after.
        append(chunk, 0, at === -1 ? chunk.length : at);
        if (at !== -1) held = Buffer.from(chunk.subarray(at));
        continue;
      }
    }
    for (const rec of split(chunk)) yield rec;
  }
  if (held) {
    mode = lineEnds(held, 0, true);
    for (const rec of split(held)) yield rec;
  }
  if (partBytes > 0 || overflow) {
    const rec = finish();
    if (rec) yield rec;
  }
}

/** JSON.parse of a line, with Python's NaN, Infinity and -Infinity read as null (non-finite-json.ts). */
function parsedLine(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    const lenient = nonFiniteAsNull(text);
    if (lenient === undefined) return { error: invalidJson(jsonErrorWhere(text, err)) };
    try {
      return { value: JSON.parse(lenient.text) };
    } catch (again) {
      // where the line itself stops being JSON, past the words read as null
      return { error: invalidJson(jsonErrorWhere(lenient.text, again)?.replace(/position (\d+)/, (_, at: string) => `position ${lenient.original(Number(at))}`)) };
    }
  }
}

// Never V8's message: it quotes the line's start, which can be the post (reasons reach stderr).
const invalidJson = (where: string | undefined): string => (where ? `invalid JSON ${where}` : 'invalid JSON');

/** Fields of a JSONL line, or why there are none. */
export function parseJsonLine(text: string): { fields: Record<string, unknown> } | { error: string } {
  const parsed = parsedLine(text);
  if ('error' in parsed) return parsed;
  const { value } = parsed;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: `not a JSON object (got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value})` };
  }
  return { fields: value as Record<string, unknown> };
}
