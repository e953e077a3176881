// The rows of an agreement file (data/agreement/*.csv), each label checked against the guide's four.
// A label that is none of them is an error naming the file and line, not a silent disagreement: rows
// appended with CRLF to an LF file read as "netral\r", which once showed as κ 0.84 instead of 0.999.
import { parse } from 'csv-parse/sync';
import { LABELS } from '../../src/data/labels.js';

export function agreementRows(csv: string, file: string, ...labelColumns: string[]): Record<string, string>[] {
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  const columns = labelColumns.length ? labelColumns : ['label'];
  rows.forEach((row, i) => {
    for (const column of columns) {
      const value = row[column];
      if (!(LABELS as readonly string[]).includes(value)) {
        throw new Error(`${file} line ${i + 2}: ${column} ${JSON.stringify(value)} is not one of ${LABELS.join(', ')}`);
      }
    }
  });
  return rows;
}
