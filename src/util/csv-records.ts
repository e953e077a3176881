// CSV records with the file line each starts on, so data errors name real lines even past blank lines
// and quoted multi-line fields. The records are parsed from the text as given; the line numbers from a
// copy with CRLF/CR line ends made LF (csv-parse's own line count is unreliable with CRLF), with the
// same options: a different trim would skip other lines (whitespace-only ones) and pair records wrongly.
import { parse } from 'csv-parse/sync';

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file the record starts on. */
  line: number;
}

/** `trim`: cells padded by spreadsheets; `delimiter`: another than the comma (`;` or tab exports). */
export function csvRecords(text: string, opts: { trim?: boolean; delimiter?: string } = {}): CsvRecord[] {
  const options = { bom: true, skip_empty_lines: true, relax_column_count: true, trim: opts.trim ?? false, delimiter: opts.delimiter ?? ',' };
  const records = parse(text, options) as string[][];
  const lf = parse(text.replace(/\r\n?/g, '\n'), { ...options, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  // info.lines is the line the record ends on; the newlines inside its quoted fields lead back to its start
  return records.map((fields, i) => ({ fields, line: lf[i].info.lines - lf[i].record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0) }));
}

/** The required columns a header lacks, in order. */
export function missingColumns(header: readonly string[], required: readonly string[]): string[] {
  return required.filter((c) => !header.includes(c));
}
