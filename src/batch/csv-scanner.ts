// Where each CSV record starts, found in the bytes before csv-parse reads them. csv-parse counts
// lines per character (a CRLF inside quotes is two lines, a bare CR one), so its count drifts from
// what an editor shows. This scan follows csv-parse's quote rules under relax_quotes exactly — a
// quote opens a quoted field only at the start of a field; inside one, "" is a quote and any other
// quote ends the quoting — so both see the same records, and readCsv checks that they do.
//
// A line ends where a record could end outside quotes, at the file's own line ends: LF and CRLF; CR
// alone only in a file whose lines end in CR (old Mac exports); CR CR LF once in a file converted
// twice. Elsewhere a bare CR is a character within its line (as vim, less, grep -n and wc -l count).

const QUOTE = 0x22;
const CR = 13;
const LF = 10;
const EMPTY = Buffer.alloc(0);

/** One record (the header first), from its first byte on. */
export interface RecordStart {
  /** 1-based line the record starts on. */
  line: number;
}

export class CsvRecordScanner {
  /** Records begun and not yet taken by the reader, in input order. */
  readonly records: RecordStart[] = [];
  private readonly lineEnds: Buffer[];
  private readonly delimiter: Buffer;
  /** Bytes past the current one that a decision may look at; the scan stops that far short of a chunk's end. */
  private readonly lookahead: number;
  private readonly crEndsLines: boolean;
  private carry: Buffer | undefined;
  private line = 1;
  private quoting = false;
  private fieldStart = true;
  private inRecord = false;

  constructor(lineEnds: string[], delimiter: string) {
    this.lineEnds = lineEnds.map((e) => Buffer.from(e));
    this.delimiter = Buffer.from(delimiter);
    this.crEndsLines = lineEnds.includes('\r');
    this.lookahead = Math.max(1, ...this.lineEnds.map((e) => e.length - 1), this.delimiter.length - 1);
  }

  /**
   * Scans the next bytes (undefined: the input has ended) and returns the bytes csv-parse may read
   * now: the few at the end that a decision needs to see past wait for the next call.
   */
  scan(chunk: Buffer | undefined): Buffer {
    const ended = chunk === undefined;
    const buf = this.carry === undefined ? (chunk ?? EMPTY) : chunk === undefined ? this.carry : Buffer.concat([this.carry, chunk]);
    const stop = ended ? buf.length : buf.length - this.lookahead;
    const d0 = this.delimiter[0];
    const crEndsLines = this.crEndsLines;
    let { line, quoting, fieldStart, inRecord } = this;
    let i = 0;
    let nextLF = -1;
    // this loop sees every byte of the input: state in locals, text bytes on the shortest path
    while (i < stop) {
      const c = buf[i];
      if (quoting) {
        // jump to the next quote (natively), counting the line ends on the way
        let q = buf.indexOf(QUOTE, i);
        if (q < 0 || q > stop) q = stop;
        if (crEndsLines) {
          for (; i < q; i++) if (buf[i] === LF || (buf[i] === CR && buf[i + 1] !== LF)) line++;
        } else {
          if (nextLF < i) nextLF = buf.indexOf(LF, i) >>> 0; // none: 2^32 - 1, past any buffer
          for (; nextLF < q; nextLF = buf.indexOf(LF, nextLF + 1) >>> 0) line++;
        }
        i = q;
        if (i === stop) break;
        if (buf[i + 1] === QUOTE) i++; // an escaped quote
        else quoting = false; // closed, or (relax_quotes) a stray quote that ends the quoting
        i++;
      } else if (c > QUOTE && c !== d0) {
        // text: no line end, quote or delimiter
        fieldStart = false;
        if (!inRecord) {
          inRecord = true;
          this.records.push({ line });
        }
        i++;
      } else {
        const end = c === LF || c === CR ? this.lineEndAt(buf, i) : 0;
        if (end > 0) {
          line++;
          inRecord = false; // an empty line starts no record (skip_empty_lines)
          fieldStart = true;
          i += end;
          continue;
        }
        if (!inRecord) {
          inRecord = true;
          this.records.push({ line });
        }
        if (c === QUOTE) {
          quoting = fieldStart;
          fieldStart = false;
          i++;
        } else if (c === d0 && this.delimiterAt(buf, i)) {
          fieldStart = true;
          i += this.delimiter.length;
        } else {
          fieldStart = false;
          i++;
        }
      }
    }
    Object.assign(this, { line, quoting, fieldStart, inRecord });
    this.carry = i < buf.length ? buf.subarray(i) : undefined;
    return i === buf.length ? buf : buf.subarray(0, i);
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
