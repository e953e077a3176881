// Labels for corpus posts live in data/labels/<corpus-file>.csv as `row,label,check[,notes]` — ids and
// labels only, never text. `check` fingerprints the text so a shifted or edited corpus is caught.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
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
  let records: Record<string, string>[];
  try {
    // bom: a file saved by a spreadsheet starts with one; relax_column_count: `notes` is optional per row
    records = parse(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as Record<string, string>[];
  } catch (err) {
    throw new LabelIntegrityError([`${path.basename(file)}: ${(err as Error).message.split('\n')[0]}`]);
  }
  const problems: string[] = [];
  const seen = new Set<number>();
  const rows: LabelRow[] = [];
  records.forEach((r, i) => {
    const where = `${path.basename(file)} line ${i + 2}`;
    const row = /^\d+$/.test(r.row ?? '') ? Number(r.row) : NaN; // not '', '0x1', '1e0' or '1.0'
    if (!Number.isSafeInteger(row)) problems.push(`${where}: bad row id ${JSON.stringify(r.row)}`);
    else if (seen.has(row)) problems.push(`${where}: duplicate row ${row}`);
    if (!isLabel(r.label)) problems.push(`${where}: unknown label ${JSON.stringify(r.label)}`);
    if (!/^[0-9a-f]{12}$/.test(r.check ?? '')) problems.push(`${where}: missing or malformed check`);
    seen.add(row);
    rows.push({ row, label: r.label as Label, check: r.check });
  });
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
    for (const l of readLabelFile(path.join(labelsDir, labelFile))) {
      const post = posts.get(l.row);
      if (!post) problems.push(`${labelFile}: row ${l.row} is not in the corpus`);
      else if (textCheck(post.text) !== l.check) problems.push(`${labelFile}: row ${l.row} text differs from when it was labeled`);
      else out.push({ ...post, label: l.label });
    }
  }
  if (problems.length) throw new LabelIntegrityError(problems);
  return out;
}
