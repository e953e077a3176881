// Merging labels made outside the project (`row,label` lines, no text) into a label file. Rows already
// in the file keep the fingerprint they were labeled with, and must still match the corpus: a corpus
// that shifted since would otherwise be re-fingerprinted, and every old label silently moved to the
// next post. Input is read as CSV (comma, semicolon or tab, as spreadsheets export it); a line that
// cannot be read is an error naming its file and line, never skipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvRecords, type CsvRecord } from '../util/csv-records.js';
import { isLabel, type Label } from './labels.js';
import { textCheck, type CorpusPost } from './corpus.js';
import type { LabelRow } from './label-files.js';

export class LabelImportError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.slice(0, 20).join('\n') + (problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''));
    this.name = 'LabelImportError';
  }
}

export interface ImportedLabel {
  row: number;
  label: Label;
  where: string;
}

/** The delimiter of a label file: the one its header line uses most outside quotes. */
function delimiterOf(header: string): string {
  const bare = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, bare.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/**
 * The labels in one input file, in order. Columns: `row,label` or `file,row,label`; a header row is
 * required so a shifted column is caught. With a `file` column every line must name `corpusFile`: a
 * line for another corpus file is an error, not skipped — it would be written nowhere, and a typo in
 * the column (or the wrong --file) would otherwise drop good lines behind a successful exit. The same
 * row twice with different labels is an error naming both lines (which one is meant is not ours to guess).
 */
export function readLabelInput(file: string, corpusFile: string): ImportedLabel[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const name = path.basename(file);
  // each record with the file line it starts on, so errors name real line numbers
  let parsed: CsvRecord[];
  try {
    parsed = csvRecords(text, { trim: true, delimiter: delimiterOf(text.split(/\r?\n/, 1)[0]) });
  } catch (err) {
    throw new LabelImportError([`${name}: ${(err as Error).message}`]);
  }
  const records = parsed.map((p) => p.fields);
  const lineOf = (i: number): number => parsed[i].line;
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  const rowAt = header.indexOf('row');
  const labelAt = header.indexOf('label');
  const fileAt = header.indexOf('file');
  if (rowAt < 0 || labelAt < 0) throw new LabelImportError([`${name}: the first line must be a header naming the columns row and label (and optionally file)`]);
  const out: ImportedLabel[] = [];
  const problems: string[] = [];
  const first = new Map<number, { label: Label; line: number }>();
  records.forEach((r, i) => {
    if (i === 0) return;
    const where = `${name} line ${lineOf(i)}`;
    if (fileAt >= 0 && r[fileAt] !== corpusFile) {
      problems.push(`${where}: file ${JSON.stringify(r[fileAt] ?? '')} is not ${corpusFile} (the --file being imported); import each corpus file's lines separately`);
      return;
    }
    const row = r[rowAt] ?? '';
    const label = r[labelAt] ?? '';
    if (!/^\d+$/.test(row)) problems.push(`${where}: bad row id ${JSON.stringify(row)}`);
    else if (label === '') problems.push(`${where}: missing label`);
    else if (!isLabel(label)) problems.push(`${where}: unknown label ${JSON.stringify(label)}`);
    else {
      const before = first.get(Number(row));
      if (before && before.label !== label) problems.push(`${where}: row ${row} is labeled ${JSON.stringify(label)}, but line ${before.line} labels it ${JSON.stringify(before.label)}`);
      else {
        if (!before) first.set(Number(row), { label, line: lineOf(i) });
        out.push({ row: Number(row), label, where });
      }
    }
  });
  if (problems.length) throw new LabelImportError(problems);
  return out;
}

/**
 * The label file's rows after the import: existing rows (verified against the corpus, fingerprints
 * kept) overridden by imported ones in order (later files win, e.g. adjudications); new rows get the
 * corpus text's fingerprint.
 */
export function mergeLabels(existing: readonly LabelRow[], imported: readonly ImportedLabel[], posts: ReadonlyMap<number, CorpusPost>, corpusFile: string): LabelRow[] {
  const problems: string[] = [];
  const merged = new Map<number, LabelRow>();
  for (const r of existing) {
    const post = posts.get(r.row);
    if (!post) problems.push(`${corpusFile}: labeled row ${r.row} is no longer in the corpus`);
    else if (textCheck(post.text) !== r.check) problems.push(`${corpusFile}: labeled row ${r.row} text differs from when it was labeled`);
    merged.set(r.row, r);
  }
  if (problems.length) throw new LabelImportError([...problems, 'the corpus changed since labeling: nothing was imported']);
  for (const l of imported) {
    const post = posts.get(l.row);
    if (!post) {
      problems.push(`${l.where}: row ${l.row} is not in ${corpusFile}`);
      continue;
    }
    const kept = merged.get(l.row);
    merged.set(l.row, { row: l.row, label: l.label, check: kept?.check ?? textCheck(post.text) });
  }
  if (problems.length) throw new LabelImportError(problems);
  return [...merged.values()].sort((a, b) => a.row - b.row);
}

export interface LabelChange {
  row: number;
  from: Label;
  to: Label;
}

/** The rows whose label the import changed (existing rows given a different label), by row. */
export function labelChanges(existing: readonly LabelRow[], merged: readonly LabelRow[]): LabelChange[] {
  const before = new Map(existing.map((r) => [r.row, r.label]));
  return merged.filter((r) => before.has(r.row) && before.get(r.row) !== r.label).map((r) => ({ row: r.row, from: before.get(r.row)!, to: r.label }));
}

/**
 * The import's report: the file, its label count, how many are new and how many changed, then one line
 * per changed label (`row N old → new`, `(test split)` when `<corpusFile>:<row>` is in `testIds`).
 */
export function importSummary(target: string, existing: readonly LabelRow[], merged: readonly LabelRow[], testIds: ReadonlySet<string>, corpusFile: string): string[] {
  const changes = labelChanges(existing, merged);
  const had = new Set(existing.map((r) => r.row));
  const added = merged.filter((r) => !had.has(r.row)).length;
  return [
    `${target}: ${merged.length} labels (${added} new, ${changes.length} changed)`,
    ...changes.map((c) => `  changed: row ${c.row} ${c.from} → ${c.to}${testIds.has(`${corpusFile}:${c.row}`) ? ' (test split)' : ''}`),
  ];
}
