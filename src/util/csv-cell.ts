// The one CSV cell writer: the batch CSV output and the review decisions export are both opened in
// spreadsheets, so both write cells by one rule. A cell is quoted only when it must be: it holds the
// file's delimiter, a quote or a line break, or another delimiter a spreadsheet may split on (Excel
// under a locale whose list separator is ';', such as Indonesian, opens a comma file by ';' and would
// make "x;=SUM(A1:A9)" two cells, the second a formula the guard never saw). A text a spreadsheet would
// run as a formula gets a leading ' (the ' is the guard, quotes would not stop it); controls a
// spreadsheet or terminal would act on or choke on (NUL cuts a cell short, ESC drives a terminal) are
// written by name, as the review page shows them. A tab is text unless the file is tab-separated.
// A number is written with the file's decimal mark, and is never guarded or quoted for it: it can hold
// no formula, quote, control or line break, and Excel's text import takes a quoted cell for text.
import { guardFormula } from './spreadsheet-formula.js';
import type { DecimalMark } from './csv-output-decimal.js';

/**
 * The cell rules' version, which a resumable batch CSV records in its progress file: a resume by a
 * netra whose cells come out otherwise would mix two writers' cells in one file. Raise it whenever a
 * cell's bytes change (the table in test/util/csv-cell-version.test.ts pins them).
 * 1: the batch CSV's own writer (controls raw; quoted on the delimiter, a quote or a line break);
 * 2: this one writer (controls by name); 3: a cell holding `,` or `;` quoted whatever the delimiter.
 */
export const CSV_CELL_VERSION = 3;

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** A quote, a line break, or a list separator of a spreadsheet's locale (a tab only splits a file read by tabs). */
const MUST_QUOTE = /["\r\n,;]/;
const named = (c: string): string => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`;

/** A number with the file's decimal mark; quoted only when the mark is the delimiter (a file no netra writes). */
function numberCell(v: number, delimiter: string, decimal: DecimalMark): string {
  const s = decimal === ',' ? String(v).replace('.', ',') : String(v);
  return s.includes(delimiter) ? `"${s}"` : s;
}

/**
 * One cell: null or undefined is empty; a number is written with `decimal` as its mark (-0.5 is a
 * number, not a formula), a boolean as it is; a string is guarded. `delimiter` is the file's (`,`
 * unless chosen otherwise).
 */
export function csvCell(v: unknown, delimiter = ',', decimal: DecimalMark = '.'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return numberCell(v, delimiter, decimal);
  const s = String(v).replace(CONTROLS, named);
  const safe = typeof v === 'string' ? guardFormula(s) : s;
  return safe.includes(delimiter) || MUST_QUOTE.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line of cells, ended by LF. */
export function csvLine(cells: readonly unknown[], delimiter = ',', decimal: DecimalMark = '.'): string {
  return `${cells.map((c) => csvCell(c, delimiter, decimal)).join(delimiter)}\n`;
}
