// CSV (and JSONL) bytes as UTF-8 without a BOM, before anything splits them: a UTF-8 BOM is dropped,
// and UTF-16LE after its BOM (Excel's "Unicode text", Windows PowerShell's `>`) or UTF-16BE after its
// BOM (some Java and Mac exports) is decoded, so line
// ends, quotes and delimiters are single bytes to the scanner, csv-parse and the JSONL reader alike.
// UTF-16 without a BOM is refused. Invalid UTF-8 passes through (decoded later as U+FFFD); so does UTF-16 that is no text, as 0xFF.

import { decideHead } from './stream-head.js';
import { BatchUsageError } from './errors.js';
import { convertCommand } from './convert-hint.js';

const startsWith = (buf: Buffer, bytes: number[]): boolean => bytes.every((b, i) => buf[i] === b);

const EMPTY = Buffer.alloc(0);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Never part of UTF-8: stands for UTF-16 that is no text, so it is read and counted as invalid UTF-8 is. */
const NOT_TEXT = Buffer.from([0xff]);

/**
 * UTF-16 to UTF-8. A lone surrogate, or an odd last byte, becomes the byte 0xFF, not U+FFFD as
 * TextDecoder would write it: the readers then show it as U+FFFD and count its record among those
 * whose bytes are not text, as for invalid UTF-8 (a U+FFFD in the input itself stays text).
 */
export class Utf16Decoder {
  /** An odd byte, and a high surrogate whose low half may be in the next chunk. */
  private held = EMPTY;

  constructor(private readonly bigEndian: boolean) {}

  /** The next chunk's UTF-8 (undefined: the input has ended). */
  decode(chunk: Buffer | undefined): Buffer {
    const bytes = this.held.length > 0 ? Buffer.concat([this.held, chunk ?? EMPTY]) : (chunk ?? EMPTY);
    let whole = bytes.length & ~1;
    const last = whole < 2 ? 0 : this.bigEndian ? bytes.readUInt16BE(whole - 2) : bytes.readUInt16LE(whole - 2);
    if (chunk !== undefined && last >= 0xd800 && last <= 0xdbff) whole -= 2;
    this.held = chunk === undefined ? EMPTY : Buffer.from(bytes.subarray(whole));
    const units = this.bigEndian ? Buffer.from(bytes.subarray(0, whole)).swap16() : bytes.subarray(0, whole);
    const parts = units.toString('utf16le').split(LONE_SURROGATE).map((s) => Buffer.from(s));
    const out = parts.flatMap((p, i) => (i === 0 ? [p] : [NOT_TEXT, p]));
    if (chunk === undefined && bytes.length > whole) out.push(NOT_TEXT);
    return out.length === 1 ? out[0] : Buffer.concat(out);
  }
}

/** The UTF-16 a text without a BOM is in, told by a NUL byte beside each of its first two characters; else undefined. */
export function bomlessUtf16(head: Buffer): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (head.length < 4) return undefined;
  if (head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0) return 'UTF-16LE';
  if (head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0) return 'UTF-16BE';
  return undefined;
}

/**
 * UTF-16 without a BOM, told by a NUL byte beside each of the first two characters (no CSV or JSONL
 * text starts so): read as UTF-8, its header had NULs in every name and its JSONL lines were all bad
 * records. Refused (exit 2) rather than guessed, as Windows-1252 is not guessed either.
 */
function refuseBomlessUtf16(head: Buffer, convert: { input: string; format: string }): void {
  const name = bomlessUtf16(head);
  if (name === undefined) return;
  throw new BatchUsageError(
    `the input looks like ${name} without a byte order mark (a NUL byte beside each character), and netra does not guess an encoding; convert it: ${convertCommand(`iconv -f ${name} -t UTF-8`, convert.input, convert.format)}`,
  );
}

/**
 * `keepUtf8Bom`: a UTF-8 BOM stays, for the JSONL reader, which strips one at the start of any line.
 * `onUtf16`: told when the input is UTF-16 (for the summary's wording).
 * `convert`: the input as --input gives it ('-' for stdin) and its format, for the iconv command.
 */
export async function* utf8WithoutBom(
  chunks: AsyncIterable<Buffer>,
  { keepUtf8Bom = false, onUtf16, convert = { input: '-', format: 'csv|jsonl' } }: { keepUtf8Bom?: boolean; onUtf16?: () => void; convert?: { input: string; format: string } } = {},
): AsyncGenerator<Buffer> {
  let utf16: Utf16Decoder | undefined; // set after a UTF-16 BOM; a second BOM is text
  const afterBom = decideHead(chunks, (head, ended) => {
    if (head.length < 4 && !ended) return undefined; // not enough yet to see a BOM, or UTF-16 without one
    const le = startsWith(head, [0xff, 0xfe]);
    if (le || startsWith(head, [0xfe, 0xff])) {
      utf16 = new Utf16Decoder(!le);
      onUtf16?.();
      return 2;
    }
    refuseBomlessUtf16(head, convert);
    return !keepUtf8Bom && startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  });
  for await (const chunk of afterBom) yield utf16 ? utf16.decode(chunk) : chunk;
  if (utf16) yield utf16.decode(undefined);
}
