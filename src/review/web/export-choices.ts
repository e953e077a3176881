// The page's reading of the decisions export's CSV choices, before the API's strict reading
// (exportCsvOptions). The time-window form shows every choice at once and works without a script, so
// it cannot hide the CSV-only fields when JSONL is chosen, nor tie the BOM to the delimiter:
// - with JSONL, a CSV-only choice that is valid for CSV (a delimiter, a decimal mark, the BOM) does
//   not apply and is left out, as if the form had not shown it; the file is the JSONL one. A value no
//   CSV takes either (`delimiter=|`) is still refused, as a mistyped link is.
// - a decimal comma with the delimiter left at its default (none given) is the Excel Indonesia file, `;`
//   between cells: a comma file would have to quote every number, and the form offers no explicit comma, so
//   it cannot ask for that conflict. A link that asks for both (`delimiter=,&decimal=,`) is still refused.
// - the BOM left at "otomatis" (none given) is on for the Excel Indonesia file (`;` between cells, or a
//   decimal comma): that Excel reads a CSV without one in the Windows code page, so the post's emoji
//   come out as mojibake. `bom=0` is the file without one (for a script); `bom=1` always has one.
// The API keeps refusing these (docs/review.md, GET /export): a script states what it wants.
import { outputDecimal } from '../../util/csv-output-decimal.js';
import { outputDelimiter } from '../../util/csv-output-delimiter.js';

const CSV_ONLY_VALID: Readonly<Record<'bom' | 'delimiter' | 'decimal', (v: unknown) => boolean>> = {
  bom: (v) => v === '0' || v === '1',
  delimiter: (v) => outputDelimiter(v) !== undefined,
  decimal: (v) => outputDecimal(v) !== undefined,
};

/** The export's parameters as the page means them (`given`: the query without its empty values). */
export function pageExportChoices(format: 'csv' | 'jsonl', given: Record<string, unknown>): Record<string, unknown> {
  if (format === 'jsonl') {
    return Object.fromEntries(Object.entries(given).filter(([k, v]) => !(Object.hasOwn(CSV_ONLY_VALID, k) && CSV_ONLY_VALID[k as keyof typeof CSV_ONLY_VALID](v))));
  }
  const decimalComma = outputDecimal(given.decimal) === ',';
  const withDelimiter = decimalComma && given.delimiter === undefined ? { ...given, delimiter: ';' } : given;
  const forExcelIndonesia = outputDelimiter(withDelimiter.delimiter) === ';' || decimalComma;
  return withDelimiter.bom === undefined && forExcelIndonesia ? { ...withDelimiter, bom: '1' } : withDelimiter;
}
