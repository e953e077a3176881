// Output formats. JSONL: one line per record with the same object as POST /v1/score. CSV: that
// object flattened for spreadsheets, one score column per label and the evidence as one readable
// cell ("phrase (weight) | …").
import { LABELS } from '../data/labels.js';
import type { ScoreResult } from '../pipeline/scorer.js';
import type { Evidence } from '../explain/evidence.js';
import type { BatchError, OutputFormat } from './types.js';

export const CSV_COLUMNS = ['id', 'label', 'risk', 'level', ...LABELS.map((l) => `score_${l}`), 'evidence', 'stage', 'election'] as const;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatEvidence(evidence: readonly Evidence[]): string {
  return evidence.map((e) => `${e.text}${e.candidate ? ` [${e.candidate}]` : ''} (${e.weight})`).join(' | ');
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`;
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

export function formatter(format: OutputFormat): (r: ScoreResult) => string {
  return format === 'csv' ? csvRow : jsonlLine;
}

/** The file header a format needs before the first record ('' for JSONL). */
export function outputHeader(format: OutputFormat): string {
  return format === 'csv' ? csvHeader() : '';
}

export function errorLine(e: BatchError): string {
  return `${JSON.stringify(e)}\n`;
}
