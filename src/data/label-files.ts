// Labels for corpus posts live in data/labels/<corpus-file>.csv as `row,label,check[,notes]` — ids and
// labels only, never text. `check` fingerprints the text so a shifted or edited corpus is caught.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { csvRecords, missingColumns, type CsvRecord } from '../util/csv-records.js';
import { DATA_DIR } from '../text/resources.js';
import { isLabel, type Label } from './labels.js';
import { readCorpusFile, textCheck, type CorpusPost } from './corpus.js';

export const LABELS_DIR = path.join(DATA_DIR, 'labels');

export interface LabelRow {
  row: number;
  label: Label;
  check: string;
}

export class LabelIntegrityError extends Error {
  constructor(readonly problems: string[]) {
    super(`label integrity check failed:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`);
    this.name = 'LabelIntegrityError';
  }
}

export function readLabelFile(file: string): LabelRow[] {
  return readLabelRecords(file).map(({ row, label, check }) => ({ row, label, check }));
}

const LABEL_COLUMNS = ['row', 'label', 'check'];

/** The rows of a labels file with the line each is on. A missing header or column is one problem, said once. */
function readLabelRecords(file: string): (LabelRow & { line: number })[] {
  const name = path.basename(file);
  let records: CsvRecord[];
  try {
    // trim: spreadsheets pad cells; relax_column_count: `notes` is optional per row (checked below)
    records = csvRecords(readFileSync(file, 'utf8'), { trim: true });
  } catch (err) {
    throw new LabelIntegrityError([`${name}: ${(err as Error).message.split('\n')[0]}`]);
  }
  if (records.length === 0) return [];
  const header = records[0].fields;
  const missing = missingColumns(header, LABEL_COLUMNS);
  if (missing.length === LABEL_COLUMNS.length || (missing.length > 0 && /^\d+$/.test(header[0] ?? ''))) {
    throw new LabelIntegrityError([`${name}: missing header: the first line must be \`row,label,check\` (optionally \`,notes\`), found ${JSON.stringify(header.join(','))}`]);
  }
  if (missing.length) throw new LabelIntegrityError([`${name}: missing column ${missing.join(', ')} (header: ${header.join(',')}; expected row,label,check[,notes])`]);
  const at = (r: string[], c: string): string | undefined => r[header.indexOf(c)];
  const problems: string[] = [];
  const seen = new Set<number>();
  const rows: (LabelRow & { line: number })[] = [];
  for (const { fields: r, line } of records.slice(1)) {
    const where = `${name} line ${line}`;
    if (r.length > header.length) {
      problems.push(`${where}: ${r.length} fields, but the header has ${header.length} (${header.join(',')})`);
      continue;
    }
    const id = at(r, 'row');
    const label = at(r, 'label');
    const check = at(r, 'check');
    const row = /^\d+$/.test(id ?? '') ? Number(id) : NaN; // not '', '0x1', '1e0' or '1.0'
    if (!Number.isSafeInteger(row)) problems.push(`${where}: bad row id ${JSON.stringify(id)}`);
    else if (seen.has(row)) problems.push(`${where}: duplicate row ${row}`);
    if (!isLabel(label)) problems.push(`${where}: unknown label ${JSON.stringify(label)}`);
    if (!/^[0-9a-f]{12}$/.test(check ?? '')) problems.push(`${where}: missing or malformed check`);
    seen.add(row);
    rows.push({ row, label: label as Label, check: check as string, line });
  }
  if (problems.length) throw new LabelIntegrityError(problems);
  return rows;
}

export interface LabeledCorpusPost extends CorpusPost {
  label: Label;
}

/** Joins every label file with the corpus, verifying that each row exists and its text is unchanged. */
export function joinLabels(corpusDir: string, labelsDir: string = LABELS_DIR): LabeledCorpusPost[] {
  const out: LabeledCorpusPost[] = [];
  const problems: string[] = [];
  const files = readdirSync(labelsDir).filter((f) => f.endsWith('.csv')).sort();
  for (const labelFile of files) {
    const corpusFile = labelFile; // data/labels/<corpus-file>.csv
    const posts = readCorpusFile(corpusDir, corpusFile);
    const labelPath = path.join(labelsDir, labelFile);
    for (const l of readLabelRecords(labelPath)) {
      const post = posts.get(l.row);
      // the labels file by path and line: that is where a fix (or `git diff`) starts
      if (!post) problems.push(`${labelPath} line ${l.line}: row ${l.row} is not in the corpus (${path.join(corpusDir, corpusFile)})`);
      else if (textCheck(post.text) !== l.check) problems.push(`${labelPath} line ${l.line}: row ${l.row} text differs from when it was labeled (${path.join(corpusDir, corpusFile)})`);
      else out.push({ ...post, label: l.label });
    }
  }
  if (problems.length) throw new LabelIntegrityError(problems);
  return out;
}
