// Where the input's bytes are not valid UTF-8 (they are decoded as U+FFFD), so that the CSV reader can
// tell which records hold them: typically a Windows-1252 export (curly quotes, é), which otherwise
// passes silently. Each chunk is checked whole by buffer.isUtf8 (native), so valid input costs about
// nothing; only a chunk that fails is walked byte by byte. A U+FFFD written as valid UTF-8 is text.
import { isUtf8 } from 'node:buffer';
import { counted } from './count-noun.js';
import { convertCommand } from './convert-hint.js';

const EMPTY = Buffer.alloc(0);

/** Length of `b` without an incomplete character at its end (whose rest is in the next chunk). */
function completeLength(b: Buffer): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k];
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? b.length - k : b.length;
  }
  return b.length;
}

/** Pushes the offsets (from `base`) of the bytes in `b` that are not part of a well-formed character. */
function invalidBytes(b: Buffer, base: number, out: number[]): void {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    // the second byte's range rules out overlong forms, surrogates and code points past U+10FFFF
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    let ok = n > 0 && i + n <= b.length && b[i + 1] >= lo && b[i + 1] <= hi;
    for (let k = 2; ok && k < n; k++) ok = (b[i + k] & 0xc0) === 0x80;
    if (ok) i += n;
    else out.push(base + i++);
  }
}

export class Utf8Check {
  /** An incomplete character at the end of the last chunk, checked with the next one. */
  private carry: Buffer | undefined;
  /** Input offset of the next chunk's first byte. */
  private offset = 0;
  /** Offsets of invalid bytes, ascending; those before `next` are passed. */
  private invalid: number[] = [];
  private next = 0;

  /** Checks the next chunk of the input (undefined: the input has ended). */
  check(chunk: Buffer | undefined): void {
    let bytes = chunk ?? EMPTY;
    let base = this.offset;
    if (this.carry !== undefined) {
      bytes = Buffer.concat([this.carry, bytes]);
      base -= this.carry.length;
      this.carry = undefined;
    }
    const whole = chunk === undefined ? bytes.length : completeLength(bytes);
    if (whole < bytes.length) this.carry = Buffer.from(bytes.subarray(whole));
    const span = bytes.subarray(0, whole);
    if (!isUtf8(span)) invalidBytes(span, base, this.invalid);
    this.offset += chunk?.length ?? 0;
  }

  /** Whether input bytes [start, end) hold an invalid byte; asked in input order, as records come. */
  within(start: number, end: number): boolean {
    const invalid = this.invalid;
    if (this.next === invalid.length) return false;
    while (this.next < invalid.length && invalid[this.next] < start) this.next++;
    if (this.next > 4096) {
      this.invalid = invalid.slice(this.next);
      this.next = 0;
    }
    return this.next < this.invalid.length && this.invalid[this.next] < end;
  }
}

/**
 * The summary's warning for `records` records whose bytes were not text: invalid UTF-8 (most often a
 * Windows-1252 export, which iconv converts), or in UTF-16 input a lone surrogate or odd last byte
 * (damaged or cut, which no conversion mends).
 */
export function notTextWarning(records: number, utf16: boolean, convert: { input: string; format: string }): string {
  const had = `${counted(records, 'record')} had`;
  if (utf16) return `${had} UTF-16 that is not valid text (an unpaired surrogate, or an odd last byte; shown as U+FFFD): the export is damaged or was cut there`;
  return `${had} bytes that are not UTF-8 (shown as U+FFFD); if the export is Windows-1252, convert it first: ${convertCommand('iconv -f WINDOWS-1252 -t UTF-8', convert.input, convert.format)}`;
}
