// Where each CSV record starts and ends, found in the bytes before csv-parse reads them. csv-parse
// counts lines per character (a CRLF inside quotes is two lines, a bare CR one), and stops for good
// at a record over its size limit. This scan follows csv-parse's quote rules under relax_quotes
// exactly — a quote opens a quoted field only at the start of a field; inside one, "" is a quote and
// any other quote ends the quoting — so both see the same records, and readCsv checks that they do.
//
// A line ends where a record could end outside quotes, at the file's own line ends: LF and CRLF; CR
// alone only in a file whose lines end in CR (old Mac exports); CR CR LF once in a file converted
// twice. Elsewhere a bare CR is a character within its line (as vim, less, grep -n and wc -l count).
// Which of those a file has is found by this same scan (csv-line-end-sniffer.ts): with every
// CR and LF a line end, where the first one falls outside quotes.
//
// A record longer than the limit is not passed on whole: once it is over, the rest of it is dropped
// as it streams past, and where it ends csv-parse is handed a line end (after a closing quote if it
// was inside one) so that it ends the truncated record there, which readCsv reports as bad.

const QUOTE = 0x22;
const CR = 13;
const LF = 10;
const EMPTY = Buffer.alloc(0);
/** Ends csv-parse's copy of a cut record, outside quotes or inside them. Every file's line ends include LF. */
const END_RECORD = Buffer.from('\n');
const END_QUOTED_RECORD = Buffer.from('"\n');
/** Bytes scanned per step at most, so a record that goes over the limit is cut within this many bytes of it. */
export const SCAN_STEP = 1 << 20;

/** One record (the header first), from its first byte on. */
export interface RecordStart {
  /** 1-based line the record starts on. */
  line: number;
  /** 1-based line the record ends on (more than `line` when a quoted field holds line breaks). */
  endLine: number;
  /** Why the record is bad (too long, or a quote never closed); csv-parse's reading of it is to be dropped. */
  problem?: string;
  /** Input offsets of its first byte and of its end (before its line end), for utf8-check.ts. */
  start: number;
  end: number;
}

export class CsvRecordScanner {
  /** Records begun, in input order; those before `taken` have been taken by the reader. */
  private readonly records: RecordStart[] = [];
  private taken = 0;
  private readonly lineEnds: Buffer[];
  private readonly delimiter: Buffer;
  /** Bytes past the current one that a decision may look at; the scan stops that far short of a chunk's end. */
  private readonly lookahead: number;
  private readonly crEndsLines: boolean;
  /** Input offset of the first line end outside quotes, once the scan has passed it. */
  firstLineEnd: number | undefined;
  /** Input offset of this step's first byte (after the carry of the last one). */
  private offset = 0;
  private carry: Buffer | undefined;
  private line = 1;
  private quoting = false;
  private fieldStart = true;
  private inRecord = false;
  /** The record being read, its bytes before this step, and where it began in this step's buffer (0: before it). */
  private current: RecordStart | undefined;
  private recordBytes = 0;
  private recordFrom = 0;
  /** The current record went over the limit: its bytes are dropped; whether csv-parse was inside quotes at the cut. */
  private dropping = false;
  private cutInQuotes = false;
  /** This step's output: bytes for csv-parse, and where in the buffer the next run of them starts (-1: dropping). */
  private out: Buffer[] = [];
  private passFrom = 0;

  /** `firstLine`: the line the bytes start on (2 after an Excel sep line, csv-sep-line.ts). */
  constructor(lineEnds: string[], delimiter: string, private readonly maxRecordBytes: number, firstLine = 1) {
    this.line = firstLine;
    this.lineEnds = lineEnds.map((e) => Buffer.from(e));
    this.delimiter = Buffer.from(delimiter);
    this.crEndsLines = lineEnds.includes('\r');
    this.lookahead = Math.max(1, ...this.lineEnds.map((e) => e.length - 1), this.delimiter.length - 1);
  }

  /** The oldest record begun and not yet taken (csv-parse returns records in the same order). */
  take(): RecordStart | undefined {
    const record = this.records[this.taken];
    if (record === undefined) return undefined;
    // dropped in batches: shifting a long array one by one costs as much as the scan
    if (++this.taken === 4096) {
      this.records.splice(0, this.taken);
      this.taken = 0;
    }
    return record;
  }

  /** The oldest record begun and not yet taken, left in place. */
  peek(): RecordStart | undefined {
    return this.records[this.taken];
  }

  /**
   * Scans the next bytes (undefined: the input has ended) and returns what csv-parse may read now:
   * the few bytes at the end that a decision needs to see past wait for the next call.
   */
  scan(chunk: Buffer | undefined): Buffer[] {
    if (chunk !== undefined && chunk.length > SCAN_STEP) {
      const out: Buffer[] = [];
      for (let at = 0; at < chunk.length; at += SCAN_STEP) out.push(...this.scan(chunk.subarray(at, at + SCAN_STEP)));
      return out;
    }
    const ended = chunk === undefined;
    const buf = this.carry === undefined ? (chunk ?? EMPTY) : chunk === undefined ? this.carry : Buffer.concat([this.carry, chunk]);
    const stop = ended ? buf.length : buf.length - this.lookahead;
    this.out = [];
    this.passFrom = this.dropping ? -1 : 0;
    this.recordFrom = 0;
    const d0 = this.delimiter[0];
    const crEndsLines = this.crEndsLines;
    let { line, quoting, fieldStart, inRecord } = this;
    let i = 0;
    // the next LF, CR and delimiter byte at or after i (recomputed once passed; none: 2^32 - 1)
    let nextLF = -1;
    let nextCR = -1;
    let nextD = -1;
    // this loop sees every byte of the input: state in locals, runs of text skipped natively
    while (i < stop) {
      const c = buf[i];
      if (quoting) {
        // on to the next quote, counting the line ends on the way
        let q = buf.indexOf(QUOTE, i);
        if (q < 0 || q > stop) q = stop;
        if (crEndsLines) {
          for (; i < q; i++) if (buf[i] === LF || (buf[i] === CR && buf[i + 1] !== LF)) line++;
        } else {
          if (nextLF < i) nextLF = buf.indexOf(LF, i) >>> 0;
          for (; nextLF < q; nextLF = buf.indexOf(LF, nextLF + 1) >>> 0) line++;
        }
        i = q;
        if (i === stop) break;
        if (buf[i + 1] === QUOTE) i++; // an escaped quote
        else quoting = false; // closed, or (relax_quotes) a stray quote that ends the quoting
        i++;
        continue;
      }
      if (c === LF || c === CR) {
        const end = this.lineEndAt(buf, i);
        if (end > 0) {
          this.firstLineEnd ??= this.offset + i;
          if (inRecord) this.finish(buf, i, i + end, line);
          line++;
          inRecord = false; // an empty line starts no record (skip_empty_lines)
          fieldStart = true;
          i += end;
          continue;
        }
      }
      if (!inRecord) {
        inRecord = true;
        this.begin(line, i);
      }
      if (c === QUOTE && fieldStart) {
        quoting = true;
        fieldStart = false;
        i++;
      } else if (c === d0 && this.delimiterAt(buf, i)) {
        fieldStart = true;
        i += this.delimiter.length;
      } else {
        // text, a quote inside a field too: on to the next byte that may end the field
        fieldStart = false;
        i++;
        if (nextLF < i) nextLF = buf.indexOf(LF, i) >>> 0;
        if (nextCR < i) nextCR = buf.indexOf(CR, i) >>> 0;
        if (nextD < i) nextD = buf.indexOf(d0, i) >>> 0;
        i = Math.min(nextLF, nextCR, nextD, stop);
      }
    }
    Object.assign(this, { line, quoting, fieldStart, inRecord });
    if (ended && inRecord) {
      if (quoting) this.current!.problem = 'quoted field is never closed (the record runs to the end of the input)';
      this.finish(buf, i, i, line); // csv-parse is handed the line end the input lacks
      this.quoting = false;
    } else if (inRecord && !this.dropping && this.recordBytes + i - this.recordFrom > this.maxRecordBytes) {
      this.cut(buf, i); // over the limit in the middle: drop the rest of it as it comes
    }
    if (inRecord) this.recordBytes += i - this.recordFrom;
    if (this.passFrom >= 0 && this.passFrom < i) this.out.push(buf.subarray(this.passFrom, i));
    this.carry = i < buf.length ? buf.subarray(i) : undefined;
    this.offset += i;
    return this.out;
  }

  private begin(line: number, at: number): void {
    this.current = { line, endLine: line, start: this.offset + at, end: this.offset + at };
    this.records.push(this.current);
    this.recordBytes = 0;
    this.recordFrom = at;
  }

  /**
   * The current record ends at `at` on line `line`, its line end running to `next` (the same at the
   * end of the input): flags it when too long, and hands csv-parse the end of a cut record, or the closing
   * quote and line end of one the input left inside quotes.
   */
  private finish(buf: Buffer, at: number, next: number, line: number): void {
    this.current!.endLine = line;
    this.current!.end = this.offset + at;
    if (this.recordBytes + at - this.recordFrom > this.maxRecordBytes) this.current!.problem ??= `record is longer than ${this.maxRecordBytes} bytes`;
    if (this.dropping) {
      this.out.push(this.cutInQuotes ? END_QUOTED_RECORD : END_RECORD);
      this.dropping = false;
      this.passFrom = next;
    } else if (at === next && this.quoting) {
      this.out.push(buf.subarray(this.passFrom, at), END_QUOTED_RECORD);
      this.passFrom = at;
    }
  }

  /** Passes the current record's bytes up to `at`, and drops the rest of it. */
  private cut(buf: Buffer, at: number): void {
    if (this.passFrom < at) this.out.push(buf.subarray(this.passFrom, at));
    this.passFrom = -1;
    this.dropping = true;
    this.cutInQuotes = this.quoting;
  }

  /** Length of the line end at buf[i], 0 if none: the first of the file's line ends that matches (csv-parse's order). */
  private lineEndAt(buf: Buffer, i: number): number {
    for (const end of this.lineEnds) {
      let k = 0;
      while (k < end.length && buf[i + k] === end[k]) k++;
      if (k === end.length) return k;
    }
    return 0;
  }

  private delimiterAt(buf: Buffer, i: number): boolean {
    for (let k = 1; k < this.delimiter.length; k++) if (buf[i + k] !== this.delimiter[k]) return false;
    return true;
  }
}
