// Output formats. JSONL: one line per record with the same object as POST /v1/score. CSV: that
// object flattened for spreadsheets, one score column per label and the evidence as one readable
// cell ("phrase (weight) | …"); with --written, one more column at the end with the words the post
// writes for each phrase ("tidak → ga | coblos → c0bl0s, COBLOS"), the other columns unchanged.
// CSV cells are written by the one cell writer the review export uses (src/util/csv-cell.ts: formulas
// guarded, controls named), with the chosen delimiter (--output-delimiter) and the number cells' decimal
// mark (--output-decimal: risk and scores; the weights inside the evidence text stay as written);
// JSONL is data, left as is (the bytes of JSON.stringify, written by src/pipeline/result-json.ts).
import { LABELS } from '../data/labels.js';
import type { ScoreResult } from '../pipeline/scorer.js';
import type { Evidence } from '../explain/evidence.js';
import type { BatchError, OutputFormat } from './types.js';
import { csvLine } from '../util/csv-cell.js';
import type { DecimalMark } from '../util/csv-output-decimal.js';
import type { Utf8Builder } from '../util/utf8-builder.js';
import { appendResultJson } from '../pipeline/result-json.js';

export const CSV_COLUMNS = ['id', 'label', 'risk', 'level', ...LABELS.map((l) => `score_${l}`), 'evidence', 'stage', 'election'] as const;

export function formatEvidence(evidence: readonly Evidence[]): string {
  return evidence.map((e) => `${e.text}${e.candidate ? ` [${e.candidate}]` : ''} (${e.weight})`).join(' | ');
}

/** The column --written appends: the other columns keep their places. */
export const WRITTEN_COLUMN = 'evidence_written';

/** Each phrase found in the post with the distinct words written for it, in evidence order; phrases not found are left out. */
export function formatWritten(evidence: readonly Evidence[]): string {
  const parts: string[] = [];
  for (const e of evidence) if (e.written) parts.push(`${e.text} → ${[...new Set(e.written.map((w) => w.text))].join(', ')}`);
  return parts.join(' | ');
}

export function csvHeader(written = false, delimiter = ','): string {
  return csvLine(written ? [...CSV_COLUMNS, WRITTEN_COLUMN] : CSV_COLUMNS, delimiter);
}

function csvCells(r: ScoreResult): unknown[] {
  return [r.id ?? '', r.label, r.risk, r.level, ...LABELS.map((l) => r.scores[l]), formatEvidence(r.evidence), r.stage ?? '', r.election ?? ''];
}

export function csvRow(r: ScoreResult, delimiter = ',', decimal: DecimalMark = '.'): string {
  return csvLine(csvCells(r), delimiter, decimal);
}

function csvRowWritten(r: ScoreResult, delimiter = ',', decimal: DecimalMark = '.'): string {
  return csvLine([...csvCells(r), formatWritten(r.evidence)], delimiter, decimal);
}

/**
 * How a kept result goes into a chunk's output: JSONL as the bytes of `JSON.stringify(result)` and a
 * newline, by the result's own writer (src/pipeline/result-json.ts), with `written` as the scorer gives
 * it; CSV needs its column (`written`: --written was given), its cells go between `delimiter`s
 * (--output-delimiter), and its numbers take `decimal` (--output-decimal).
 */
export function formatter(format: OutputFormat, written = false, delimiter = ',', decimal: DecimalMark = '.'): (out: Utf8Builder, r: ScoreResult) => void {
  if (format !== 'csv') return (out, r) => appendResultJson(out, r, '\n');
  return written ? (out, r) => out.append(csvRowWritten(r, delimiter, decimal)) : (out, r) => out.append(csvRow(r, delimiter, decimal));
}

/** The file header a format needs before the first record ('' for JSONL). */
export function outputHeader(format: OutputFormat, written = false, delimiter = ','): string {
  return format === 'csv' ? csvHeader(written, delimiter) : '';
}

export function errorLine(e: BatchError): string {
  return `${JSON.stringify(e)}\n`;
}
