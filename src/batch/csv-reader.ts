// CSV input through csv-parse as a stream: header row, any one-character delimiter, BOM, CRLF,
// quoted newlines, relaxed quotes (stray or undoubled quotes are kept as text) and relaxed column
// counts (short rows leave fields missing, long rows drop the extras). Empty lines are skipped.
//
// With relaxed quotes csv-parse only fails on a quoted field that never closes. At the end of the
// input that is one bad (last) record; in the middle it means the rest of the input is one runaway
// field, and reading stops once it passes maxRecordSize (memory stays bounded) with a fatal record.
import { parse, CsvError, type Info } from 'csv-parse';
import { BatchUsageError } from './errors.js';
import type { RawRecord } from './types.js';

export const DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;

export interface CsvOptions {
  delimiter?: string;
  /**
   * Columns the header must have, each with the flag that named it (the text field, and any field
   * named by a flag): a missing or repeated one is a usage error, so a typo cannot pass silently.
   */
  requiredColumns?: { column: string; flag: string; optional?: boolean }[];
  maxRecordChars?: number;
}

/**
 * The line ends to split records at, from the input's first line break outside quotes (a quoted header
 * cell may hold one): "\r\r\n" (a CRLF file converted twice) is one line end; after CR alone (old
 * Mac exports) CR is one too; and always both CRLF and LF, whichever comes, because csv-parse
 * otherwise keeps the first line's ending for the whole file and a file with LF rows appended lost
 * those rows into one field. Reads UTF-16LE after its BOM (Excel's "Unicode text"; csv-parse decodes
 * it). Fed the growing head of the input; undefined until the first break (and the two characters
 * after a CR) have arrived, or the input ended.
 */
export class LineEndSniffer {
  private at = 0;
  private quoted = false;
  /** Bytes per code unit: 2 after a UTF-16LE BOM (Excel's "Unicode text"), which csv-parse decodes. */
  private unit = 0;

  sniff(head: Buffer, ended: boolean): string[] | undefined {
    if (this.unit === 0) {
      if (head.length < 2 && !ended) return undefined;
      this.unit = head[0] === 0xff && head[1] === 0xfe ? 2 : 1;
      if (this.unit === 2) this.at = 2;
    }
    const unit = this.unit;
    const code = (i: number): number => (unit === 1 ? head[i] : head[i] | (head[i + 1] << 8));
    for (; this.at + unit <= head.length; this.at += unit) {
      const c = code(this.at);
      if (c === 34) this.quoted = !this.quoted;
      else if (!this.quoted && c === 10) return ['\r\n', '\n'];
      else if (!this.quoted && c === 13) {
        if (this.at + 3 * unit > head.length && !ended) return undefined; // see what follows the CR first
        const next = this.at + unit < head.length ? code(this.at + unit) : -1;
        const after = this.at + 2 * unit < head.length ? code(this.at + 2 * unit) : -1;
        if (next === 10) return ['\r\n', '\n'];
        if (next === 13 && after === 10) return ['\r\r\n', '\r\n', '\n'];
        return ['\r\n', '\n', '\r'];
      }
    }
    return ended ? ['\r\n', '\n'] : undefined;
  }
}

function crlfCount(record: Record<string, string | undefined>): number {
  let n = 0;
  for (const k in record) {
    const v = record[k];
    if (v === undefined || v.indexOf('\r') < 0) continue;
    for (let i = v.indexOf('\r\n'); i >= 0; i = v.indexOf('\r\n', i + 2)) n++;
  }
  return n;
}

export async function* readCsv(chunks: AsyncIterable<Buffer>, opts: CsvOptions = {}): AsyncGenerator<RawRecord> {
  const maxRecordChars = opts.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  let header: string[] | undefined;
  let n = 0;
  let nextLine = 2; // the line after the header
  let emptySeen = 0;
  let skew = 0; // csv-parse counts a CRLF inside a quoted field as two lines
  // Records are taken synchronously in on_record (and dropped from the stream), so none are lost
  // when a later error destroys the stream.
  let pending: RawRecord[] = [];
  const makeParser = (recordDelimiter: string[]) => parse({
    columns: (names: string[]) => (header = names.map((h) => String(h).trim())),
    delimiter: opts.delimiter ?? ',',
    record_delimiter: recordDelimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: maxRecordChars,
    on_record: (record: Record<string, string | undefined>, info: Info) => {
      const line = nextLine + (info.empty_lines - emptySeen);
      skew += crlfCount(record);
      nextLine = info.lines - skew + 1;
      emptySeen = info.empty_lines;
      pending.push({ n: ++n, line, fields: record });
      return null;
    },
  });
  let parser: ReturnType<typeof makeParser> | undefined;
  let head: Buffer[] = []; // bytes before the line ends are known
  const sniffer = new LineEndSniffer();
  const send = (p: ReturnType<typeof makeParser>, chunk: Buffer | undefined) =>
    new Promise<Error | undefined>((resolve) => {
      if (chunk) p.write(chunk, (err) => resolve(err ?? undefined));
      else p.end(() => resolve(undefined)).once('error', (err) => resolve(err));
    });
  const feed = async (chunk: Buffer | undefined): Promise<Error | undefined> => {
    if (!parser) {
      if (chunk) head.push(chunk);
      const start = Buffer.concat(head);
      // no line break in a record's worth of bytes: the default (the parser then reports the record's size)
      const ends = sniffer.sniff(start, chunk === undefined || start.length > maxRecordChars);
      if (!ends) return undefined;
      parser = makeParser(ends);
      parser.on('error', () => {}); // reported through the write/end callbacks
      parser.resume(); // nothing is pushed but the end of stream; keep the readable side flowing
      head = [];
      const err = start.length > 0 ? await send(parser, start) : undefined;
      return err ?? (chunk === undefined ? send(parser, undefined) : undefined);
    }
    return send(parser, chunk);
  };

  let checked = false;
  const checkHeader = () => {
    if (checked || !header) return;
    checked = true;
    for (const { column, flag, optional } of opts.requiredColumns ?? []) {
      const count = header.filter((h) => h === column).length;
      if (count === 0 && !optional) throw new BatchUsageError(`the CSV header has no column "${column}" (columns: ${header.join(', ') || 'none'}); use --${flag}`);
      if (count > 1) throw new BatchUsageError(`the CSV header has ${count} columns named "${column}" (--${flag}); rename all but one`);
    }
  };
  const take = () => {
    const out = pending;
    pending = [];
    return out;
  };

  let err: Error | undefined;
  for await (const chunk of chunks) {
    err = await feed(chunk);
    checkHeader();
    yield* take();
    if (err) break;
  }
  if (!err) {
    err = await feed(undefined);
    checkHeader();
    yield* take();
  }
  if (!err) return;
  if (!(err instanceof CsvError)) throw err;
  const line = nextLine;
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    yield { n: ++n, line, error: 'quoted field is never closed (the record runs to the end of the input)' };
  } else if (err.code === 'CSV_MAX_RECORD_SIZE') {
    yield { n: ++n, line, error: `record is longer than ${maxRecordChars} characters (probably an unclosed quote); the rest of the input was not read`, fatal: true };
  } else {
    yield { n: ++n, line, error: `unreadable CSV: ${err.message.slice(0, 200)}; the rest of the input was not read`, fatal: true };
  }
}
