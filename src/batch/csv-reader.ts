// CSV input through csv-parse as a stream: header row, any one-character delimiter, BOM, CRLF,
// quoted newlines, relaxed quotes (stray or undoubled quotes are kept as text) and relaxed column
// counts (short rows leave fields missing, long rows drop the extras). Empty lines, and rows of empty
// cells (a spreadsheet's empty row), are skipped.
// The bytes reach csv-parse through csv-scanner.ts, which finds the line each record starts on and
// cuts a record longer than the limit short, so csv-parse never holds more than about that much.
//
// A bad record — longer than the limit, or with a quote that is never closed (at the end of the
// input) — is reported as such, and reading goes on after it: it never stops the job.
import { shortRowNote } from './short-row.js';
import { REPEATED_HEADER, repeatsHeader } from './repeated-header.js';
import { LongRows } from './long-rows.js';
import { checkColumns, onlyHeaderWarning, type RequiredColumn } from './csv-header-check.js';
import { LineEndSniffer } from './csv-line-end-sniffer.js';
import { parse, CsvError } from 'csv-parse';
import { CsvRecordScanner, SCAN_STEP, type RecordStart } from './csv-scanner.js';
import { DEFAULT_MAX_LINE_BYTES } from './jsonl-reader.js';
import { utf8WithoutBom } from './csv-encoding.js';
import { onlySepLineWarning, withoutSepLine } from './csv-sep-line.js';
import { Utf8Check } from './utf8-check.js';
import { BatchUsageError } from './errors.js';
import type { RawRecord } from './types.js';

export { LineEndSniffer } from './csv-line-end-sniffer.js';

/** The most of one record held in memory, as for a JSONL line. */
const DEFAULT_MAX_RECORD_BYTES = DEFAULT_MAX_LINE_BYTES;

export interface CsvOptions {
  delimiter?: string;
  /** The delimiter was given (--delimiter), not a default: an Excel `sep=` line that differs is bad usage. */
  delimiterGiven?: boolean;
  /**
   * Columns the header must have, each with the flag that named it (the text field, and any field
   * named by a flag): a missing or repeated one is a usage error, so a typo cannot pass silently.
   */
  requiredColumns?: RequiredColumn[];
  /** Longer records (in UTF-8 bytes, without the line end) are bad records. */
  maxRecordBytes?: number;
  /** Told what looks wrong with an input that reads without errors (for the job's summary). */
  onWarning?: (message: string) => void;
  /** Told when the input is UTF-16 (see csv-encoding.ts). */
  onUtf16?: () => void;
  /** The input as --input gives it ('-', the default, for stdin), for the commands messages give. */
  input?: string;
}

/**
 * A spreadsheet's row of empty cells (`;;;;;;;`, `,,,,`): the export of an empty row, which its author
 * sees as an empty line, so it is skipped as one (csv-parse's skip_records_with_empty_values would
 * skip it out of step with the line scan, and takes blank cells for empty too).
 */
const isEmptyRow = (record: Record<string, string | undefined>): boolean => Object.values(record).every((v) => v === undefined || v === '');

export async function* readCsv(input: AsyncIterable<Buffer>, opts: CsvOptions = {}): AsyncGenerator<RawRecord> {
  const maxRecordBytes = opts.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  let delimiter = opts.delimiter ?? ',';
  let firstLine = 1; // 2 after an Excel sep line
  let header: string[] | undefined;
  let headerProblem: string | undefined;
  let headerStart: RecordStart | undefined;
  let n = 0;
  let scanner: CsvRecordScanner | undefined;
  let outOfStep = false;
  // Records are taken synchronously in on_record (and dropped from the stream), so none are lost
  // when a later error destroys the stream.
  let pending: RawRecord[] = [];
  const utf8 = new Utf8Check(); // over the bytes the scanner sees, so its record offsets apply
  const longRows = new LongRows();
  const makeParser = (recordDelimiter: string[]) => parse({
    columns: (names: string[]) => {
      const start = (headerStart = scanner!.take());
      if (start?.problem) headerProblem = `the CSV header (line ${start.line}): ${start.problem}`;
      return (header = names.map((h) => String(h).trim()));
    },
    delimiter,
    record_delimiter: recordDelimiter,
    bom: false, // dropped before (csv-encoding.ts); a second one is text, to the scanner too
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // never reached while the scan cuts long records short (it stops csv-parse for good)
    max_record_size: maxRecordBytes + 2 * SCAN_STEP,
    on_record: (record: Record<string, string | undefined>, info: { index: number }) => {
      const start = scanner!.take();
      if (start === undefined) outOfStep = true;
      else if (start.problem === undefined && isEmptyRow(record)) return null; // not a record, as an empty line is not
      else if (start.problem !== undefined) pending.push({ n: ++n, line: start.line, error: start.problem });
      else if (header !== undefined && repeatsHeader(record, info.index, header)) pending.push({ n: ++n, line: start.line, error: REPEATED_HEADER });
      else {
        // info.index: the row's cell count (fewer keys than cells when header names repeat)
        if (header !== undefined) longRows.see(info.index, header.length, start.line);
        const short = header !== undefined && info.index < header.length ? { shortRow: shortRowNote(info.index, Object.values(record), header.length, delimiter) } : {};
        pending.push({ n: ++n, line: start.line, fields: record, ...short, ...(utf8.within(start.start, start.end) ? { notUtf8: true } : {}) });
      }
      return null;
    },
  });
  let parser: ReturnType<typeof makeParser> | undefined;
  let head: Buffer[] = []; // bytes before the line ends are known
  let sniffer: LineEndSniffer | undefined; // made once the delimiter is known (a sep line may set it)
  const send = (p: ReturnType<typeof makeParser>, chunk: Buffer | undefined) =>
    new Promise<Error | undefined>((resolve) => {
      if (chunk) p.write(chunk, (err) => resolve(err ?? undefined));
      else p.end(() => resolve(undefined)).once('error', (err) => resolve(err));
    });
  /** Scans the bytes for records, then hands csv-parse what the scan has passed. */
  const scanAndSend = async (p: ReturnType<typeof makeParser>, chunk: Buffer | undefined): Promise<Error | undefined> => {
    for (const bytes of scanner!.scan(chunk)) {
      const err = await send(p, bytes);
      if (err) return err;
    }
    return chunk === undefined ? send(p, undefined) : undefined;
  };
  const feed = async (chunk: Buffer | undefined): Promise<Error | undefined> => {
    if (!parser) {
      if (chunk) head.push(chunk);
      const start = Buffer.concat(head);
      // no line break (and two bytes after it) in a record's worth: the default (the header is too long)
      sniffer ??= new LineEndSniffer(delimiter);
      const ends = sniffer.sniff(start, chunk === undefined || start.length > maxRecordBytes + 2);
      if (!ends) return undefined;
      scanner = new CsvRecordScanner(ends, delimiter, maxRecordBytes, firstLine);
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
    if (headerProblem) throw new Error(`unreadable CSV: ${headerProblem}; records cannot be read without it`);
    if (checked || !header) return;
    checked = true;
    checkColumns(header, opts.requiredColumns ?? [], delimiter, opts.onWarning, sepLineText);
  };
  const take = () => {
    const out = pending;
    pending = [];
    return out;
  };

  let sepLineText: string | undefined;
  const sepLine = (sep: string, line: string) => {
    if (opts.delimiterGiven && sep !== delimiter) {
      throw new BatchUsageError(`the CSV's first line ${JSON.stringify(line)} sets the delimiter ${JSON.stringify(sep)}, but --delimiter gives ${JSON.stringify(delimiter)}; drop --delimiter, or fix or delete that first line`);
    }
    delimiter = sep;
    firstLine = 2;
    sepLineText = line;
  };
  let err: Error | undefined;
  for await (const chunk of withoutSepLine(utf8WithoutBom(input, { onUtf16: opts.onUtf16, convert: { input: opts.input ?? '-', format: 'csv' } }), sepLine)) {
    utf8.check(chunk);
    err = await feed(chunk);
    checkHeader();
    yield* take();
    if (err) break;
  }
  if (!err) {
    utf8.check(undefined);
    err = await feed(undefined);
    outOfStep ||= scanner?.peek() !== undefined && err === undefined;
    checkHeader();
    yield* take();
    const cut = longRows.warning(delimiter);
    if (cut !== undefined) opts.onWarning?.(cut);
    // No record: say why, or the job ends "0 records" unremarked.
    if (!err && n === 0 && headerStart) opts.onWarning?.(onlyHeaderWarning(header!, headerStart));
    else if (!err && !headerStart && sepLineText !== undefined) opts.onWarning?.(onlySepLineWarning(sepLineText));
  }
  if (!err) return;
  if (!(err instanceof CsvError)) throw err;
  // Not expected with relaxed quotes and column counts, and long records cut short: stop, keeping what
  // was read. The record csv-parse was reading is the oldest one the scan has begun and it not returned.
  const line = scanner?.peek()?.line ?? 1;
  yield { n: ++n, line, error: `unreadable CSV: ${err.message.slice(0, 200)}; the rest of the input was not read`, fatal: true };
}
