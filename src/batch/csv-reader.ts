// CSV input through csv-parse as a stream: header row, any one-character delimiter, BOM, CRLF,
// quoted newlines, relaxed quotes (stray or undoubled quotes are kept as text) and relaxed column
// counts (short rows leave fields missing, long rows drop the extras). Empty lines are skipped.
// The bytes reach csv-parse through csv-scanner.ts, which finds the line each record starts on.
//
// With relaxed quotes csv-parse only fails on a quoted field that never closes. At the end of the
// input that is one bad (last) record; in the middle it means the rest of the input is one runaway
// field, and reading stops once it passes maxRecordSize (memory stays bounded) with a fatal record.
import { parse, CsvError } from 'csv-parse';
import { CsvRecordScanner } from './csv-scanner.js';
import { utf8WithoutBom } from './csv-encoding.js';
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
 * those rows into one field. Fed the growing head of the input (UTF-8, see csv-encoding.ts);
 * undefined until the first break (and the two characters after a CR) have arrived, or the input ended.
 */
export class LineEndSniffer {
  private at = 0;
  private quoted = false;

  sniff(head: Buffer, ended: boolean): string[] | undefined {
    for (; this.at < head.length; this.at++) {
      const c = head[this.at];
      if (c === 34) this.quoted = !this.quoted;
      else if (!this.quoted && c === 10) return ['\r\n', '\n'];
      else if (!this.quoted && c === 13) {
        if (this.at + 3 > head.length && !ended) return undefined; // see what follows the CR first
        const next = this.at + 1 < head.length ? head[this.at + 1] : -1;
        const after = this.at + 2 < head.length ? head[this.at + 2] : -1;
        if (next === 10) return ['\r\n', '\n'];
        if (next === 13 && after === 10) return ['\r\r\n', '\r\n', '\n'];
        return ['\r\n', '\n', '\r'];
      }
    }
    return ended ? ['\r\n', '\n'] : undefined;
  }
}

export async function* readCsv(input: AsyncIterable<Buffer>, opts: CsvOptions = {}): AsyncGenerator<RawRecord> {
  const maxRecordChars = opts.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  const delimiter = opts.delimiter ?? ',';
  let header: string[] | undefined;
  let n = 0;
  let scanner: CsvRecordScanner | undefined;
  let outOfStep = false;
  // Records are taken synchronously in on_record (and dropped from the stream), so none are lost
  // when a later error destroys the stream.
  let pending: RawRecord[] = [];
  const makeParser = (recordDelimiter: string[]) => parse({
    columns: (names: string[]) => {
      scanner!.records.shift();
      return (header = names.map((h) => String(h).trim()));
    },
    delimiter,
    record_delimiter: recordDelimiter,
    bom: false, // dropped before (csv-encoding.ts); a second one is text, to the scanner too
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: maxRecordChars,
    on_record: (record: Record<string, string | undefined>) => {
      const start = scanner!.records.shift();
      if (start === undefined) outOfStep = true;
      else pending.push({ n: ++n, line: start.line, fields: record });
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
  /** Scans the bytes for record starts, then hands csv-parse what the scan has passed. */
  const scanAndSend = async (p: ReturnType<typeof makeParser>, chunk: Buffer | undefined): Promise<Error | undefined> => {
    const bytes = scanner!.scan(chunk);
    const err = bytes.length > 0 ? await send(p, bytes) : undefined;
    return err ?? (chunk === undefined ? send(p, undefined) : undefined);
  };
  const feed = async (chunk: Buffer | undefined): Promise<Error | undefined> => {
    if (!parser) {
      if (chunk) head.push(chunk);
      const start = Buffer.concat(head);
      // no line break in a record's worth of bytes: the default (the parser then reports the record's size)
      const ends = sniffer.sniff(start, chunk === undefined || start.length > maxRecordChars);
      if (!ends) return undefined;
      scanner = new CsvRecordScanner(ends, delimiter);
      parser = makeParser(ends);
      parser.on('error', () => {}); // reported through the write/end callbacks
      parser.resume(); // nothing is pushed but the end of stream; keep the readable side flowing
      head = [];
      const err = await scanAndSend(parser, start);
      return err ?? (chunk === undefined ? scanAndSend(parser, undefined) : undefined);
    }
    return scanAndSend(parser, chunk);
  };

  let checked = false;
  const checkHeader = () => {
    if (outOfStep) throw new Error('CSV reader: csv-parse and the line scan found different records (a bug in csv-scanner.ts)');
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
  for await (const chunk of utf8WithoutBom(input)) {
    err = await feed(chunk);
    checkHeader();
    yield* take();
    if (err) break;
  }
  if (!err) {
    err = await feed(undefined);
    outOfStep ||= (scanner?.records.length ?? 0) > 0 && err === undefined;
    checkHeader();
    yield* take();
  }
  if (!err) return;
  if (!(err instanceof CsvError)) throw err;
  // the record csv-parse was reading: the oldest one the scan has begun and the parser not returned
  const line = scanner?.records[0]?.line ?? 1;
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    yield { n: ++n, line, error: 'quoted field is never closed (the record runs to the end of the input)' };
  } else if (err.code === 'CSV_MAX_RECORD_SIZE') {
    yield { n: ++n, line, error: `record is longer than ${maxRecordChars} characters (probably an unclosed quote); the rest of the input was not read`, fatal: true };
  } else {
    yield { n: ++n, line, error: `unreadable CSV: ${err.message.slice(0, 200)}; the rest of the input was not read`, fatal: true };
  }
}
