// Output formats. JSONL: one line per record with the same object as POST /v1/score. CSV: that
// object flattened for spreadsheets, one score column per label and the evidence as one readable
// cell ("phrase (weight) | …"); with --written, one more column at the end with the words the post
// writes for each phrase ("tidak → ga | coblos → c0bl0s, COBLOS"), the other columns unchanged.
// CSV cells are guarded against spreadsheet formulas as the review export's are; JSONL is data, left as is.
import { LABELS } from '../data/labels.js';
import type { ScoreResult } from '../pipeline/scorer.js';
import type { Evidence } from '../explain/evidence.js';
import type { BatchError, OutputFormat } from './types.js';
import { guardFormula } from '../util/spreadsheet-formula.js';

export const CSV_COLUMNS = ['id', 'label', 'risk', 'level', ...LABELS.map((l) => `score_${l}`), 'evidence', 'stage', 'election'] as const;

const NEEDS_QUOTES = /[",\r\n]/;

/** A cell, quoted where needed; one a spreadsheet would run as a formula (an id "=6", "+62…") starts with '. */
export function csvField(value: string): string {
  const safe = guardFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

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

export function csvHeader(written = false): string {
  return `${CSV_COLUMNS.join(',')}${written ? `,${WRITTEN_COLUMN}` : ''}\n`;
}

function csvRowWritten(r: ScoreResult): string {
  return `${csvRow(r).slice(0, -1)},${csvField(formatWritten(r.evidence))}\n`;
}

export function csvRow(r: ScoreResult): string {
  const cells = [
    r.id ?? '',
    r.label,
    String(r.risk),
    r.level,
    ...LABELS.map((l) => String(r.scores[l])),
    formatEvidence(r.evidence),
    r.stage ?? '',
    r.election ?? '',
  ];
  return `${cells.map(csvField).join(',')}\n`;
}

export function jsonlLine(r: ScoreResult): string {
  return `${JSON.stringify(r)}\n`;
}

/** JSONL gives `written` as the scorer does; CSV needs its column (`written`: --written was given). */
export function formatter(format: OutputFormat, written = false): (r: ScoreResult) => string {
  if (format !== 'csv') return jsonlLine;
  return written ? csvRowWritten : csvRow;
}

/** The file header a format needs before the first record ('' for JSONL). */
export function outputHeader(format: OutputFormat, written = false): string {
  return format === 'csv' ? csvHeader(written) : '';
}

export function errorLine(e: BatchError): string {
  return `${JSON.stringify(e)}\n`;
}
