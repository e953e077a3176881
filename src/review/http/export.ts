// The decisions export (GET /v1/review/export and the page's /review/export): one place, so the API and
// the page send the same file, audit it the same way and stream it with the same back-pressure.
import type { Response } from 'express';
import type { ReviewStore } from '../store/index.js';
import { EXPORT_COLUMNS, EXPORT_HISTORY_COLUMNS, type ExportRow, type ExportWindow } from '../store/reports.js';
import { csvLine } from '../../util/csv-cell.js';
import { OUTPUT_DELIMITER_CHOICES, outputDelimiter } from '../../util/csv-output-delimiter.js';
import { decimalDelimiterProblem, OUTPUT_DECIMAL_CHOICES, outputDecimal, type DecimalMark } from '../../util/csv-output-decimal.js';
import { streamLines } from './stream-lines.js';
import { takeExportSlot } from './export-slots.js';
import { wibDate } from '../../elections/stage.js';
import { probability, wibIsoTime } from '../web/format.js';
import { roundScore } from '../../util/score-places.js';

export type ExportFormat = 'csv' | 'jsonl';

export const isExportFormat = (v: unknown): v is ExportFormat => v === 'csv' || v === 'jsonl';

/**
 * `bom=1`: a UTF-8 byte order mark before the CSV. Excel reads a CSV without one in the Windows code
 * page (an emoji or "é" in a post opens as mojibake); scripts expect the file to start at the header,
 * so it is off unless asked for. Only for CSV: a BOM is no JSON.
 */
function bomProblem(format: ExportFormat, bom: unknown): string | undefined {
  if (bom === undefined) return undefined;
  if (bom !== '0' && bom !== '1') return 'must be 0 or 1';
  return bom === '1' && format !== 'csv' ? 'is only for format=csv' : undefined;
}

const UTF8_BOM = '\ufeff';

/**
 * `delimiter=;`: the CSV's cells between semicolons, as Excel under an Indonesian locale (a decimal
 * comma, so `;` lists) splits them; `tab` likewise; `,` is the default. Only for CSV. No `sep=` line
 * is written: Excel then ignores the BOM, and other readers take it for the header.
 */
function delimiterProblem(format: ExportFormat, delimiter: unknown): string | undefined {
  if (delimiter === undefined) return undefined;
  if (outputDelimiter(delimiter) === undefined) return `must be ${OUTPUT_DELIMITER_CHOICES}`;
  return format !== 'csv' ? 'is only for format=csv' : undefined;
}

/**
 * `decimal=,`: the CSV's number cells (risk, the counts) with a decimal comma, which Excel under an
 * Indonesian locale reads as a number; `.` is the default. Only for CSV, and with `;` or tab between
 * cells (a comma file would have to quote each number, and a quoted cell is text to Excel).
 */
function decimalProblem(format: ExportFormat, decimal: unknown, delimiter: unknown): string | undefined {
  if (decimal === undefined) return undefined;
  const mark = outputDecimal(decimal);
  if (mark === undefined) return `must be ${OUTPUT_DECIMAL_CHOICES}`;
  if (format !== 'csv') return 'is only for format=csv';
  return decimalDelimiterProblem(mark, outputDelimiter(delimiter) ?? ',');
}

/** The CSV options an export takes besides its window. */
export interface ExportCsvOptions {
  bom: boolean;
  delimiter?: string;
  decimal?: DecimalMark;
}

/** An export parameter that is wrong, and why (in the API's words). */
export interface ExportOptionProblem {
  field: 'bom' | 'delimiter' | 'decimal';
  problem: string;
}

/**
 * The CSV options of an export query (`bom`, `delimiter`, `decimal`; absent ones are the defaults), or
 * the first of them that is wrong: the one reading of them for the API and the page.
 */
export function exportCsvOptions(format: ExportFormat, q: { bom?: unknown; delimiter?: unknown; decimal?: unknown }): ExportCsvOptions | ExportOptionProblem {
  const bom = bomProblem(format, q.bom);
  if (bom) return { field: 'bom', problem: bom };
  const delimiter = delimiterProblem(format, q.delimiter);
  if (delimiter) return { field: 'delimiter', problem: delimiter };
  const decimal = decimalProblem(format, q.decimal, q.delimiter);
  if (decimal) return { field: 'decimal', problem: decimal };
  return { bom: q.bom === '1', delimiter: outputDelimiter(q.delimiter), decimal: outputDecimal(q.decimal) };
}

/**
 * Ends a HEAD request with the headers set so far. Express answers HEAD with the GET route, and HEAD
 * (RFC 9110) is GET without the content: the same status and headers (Content-Length, known only once
 * the file is written, may be left out). Nothing is handed out, so nothing is read or audited.
 */
export function headOnly(res: Response): boolean {
  if (res.req.method !== 'HEAD') return false;
  res.end();
  return true;
}

/** A line of the file: a stored decision row as a supervisor reads it beside the review page. */
export type ExportedRow = ExportRow & { risk_shown: string };

/** The file's columns: the store's, then `risk_shown`, then the decision's history (each after the columns before it, so those keep their places). */
export const EXPORTED_COLUMNS: (keyof ExportedRow)[] = [...EXPORT_COLUMNS, 'risk_shown', ...EXPORT_HISTORY_COLUMNS];

/**
 * Times in WIB with their offset, as the pages show them (a UTC clock time read as WIB is 7 hours off;
 * the instant is unchanged for a program), and the risk as the page writes it: a spreadsheet shows a
 * stored 1 as "1", a certainty no calibrated risk is. `risk` itself stays the stored number, to the 6
 * places the scorer and the batch CLI write (a store may hold more, from a caller of the enqueuer or
 * the store: 1e-9 came out as "1e-9", which a spreadsheet reads as text or a formula's exponent).
 */
export function exportedRow(row: ExportRow): ExportedRow {
  const wib = (at: string | null) => (at === null ? null : wibIsoTime(at));
  const { decision_id, final, corrects, superseded_by, superseded_at, queued_by, ...earlier } = row;
  // Keys in EXPORTED_COLUMNS' order, as the JSONL lines show them.
  return { ...earlier, posted_at: wib(row.posted_at), decided_at: wibIsoTime(row.decided_at), risk: roundScore(row.risk), risk_shown: probability(row.risk), decision_id, final, corrects, superseded_by, superseded_at: wib(superseded_at), queued_by };
}

/** The decisions export, one CSV or JSONL line per decision. */
async function* exportLines(rows: AsyncIterable<ExportRow>, format: ExportFormat, delimiter: string, decimal: DecimalMark): AsyncGenerator<string> {
  for await (const stored of rows) {
    const row = exportedRow(stored);
    yield format === 'csv' ? csvLine(EXPORTED_COLUMNS.map((c) => row[c]), delimiter, decimal) : `${JSON.stringify(row)}\n`;
  }
}

const utcWindow = (w: ExportWindow): ExportWindow => ({
  ...(w.since === undefined ? {} : { since: new Date(w.since).toISOString() }),
  ...(w.until === undefined ? {} : { until: new Date(w.until).toISOString() }),
});

/**
 * Audits the export as `actor`, then streams every decision there is by then to `res` as an attachment;
 * `busy`, with nothing written to `res` and nothing audited, when the process streams as many exports as
 * it may (export-slots.ts): the caller refuses in its own words (the API's problem, the page's HTML).
 */
export async function sendDecisionsExport(store: ReviewStore, res: Response, format: ExportFormat, actor: string, opts: Partial<ExportCsvOptions> & { window?: ExportWindow } = {}): Promise<'sent' | 'busy'> {
  // HEAD exports nothing, so it takes no slot.
  const release = res.req.method === 'HEAD' ? () => undefined : takeExportSlot(store);
  if (!release) return 'busy';
  try {
    // The day in WIB, as the pages show times: an export made at 05:00 WIB is named for that day, not the UTC one before.
    const stamp = wibDate(new Date());
    res.set('Content-Disposition', `attachment; filename="netra-decisions-${stamp}.${format}"`);
    res.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    if (headOnly(res)) return 'sent';
    // Audited before a byte goes out: an export that cannot be audited is not sent. It ends at the last
    // decision there is now, so decisions made during a slow download are neither sent nor counted.
    // The window's bounds as stored (UTC ISO), so the audit entry and the query compare like with like.
    // Its rows are read from the store as it was then, however long the download takes.
    const { rows, close } = await store.auditExport(actor, { format, window: utcWindow(opts.window ?? {}) });
    try {
      const delimiter = opts.delimiter ?? ',';
      if (format === 'csv') res.write(`${opts.bom ? UTF8_BOM : ''}${csvLine(EXPORTED_COLUMNS, delimiter)}`);
      await streamLines(res, exportLines(rows, format, delimiter, opts.decimal ?? '.'));
      if (!res.destroyed) res.end();
    } finally {
      await close(); // the snapshot's connection, also when the client left before the first row
    }
    return 'sent';
  } finally {
    release();
  }
}
