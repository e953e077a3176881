// Which CSV header names a message may print. Messages go to stderr (cron mail), and a file exported
// without a header line has its first post where the names are: a name that reads like a sentence is
// described, never printed, and a first line that holds a number or a date is named as a record.
import { codePointLength } from '../pipeline/limits.js';
import { parsePostedAt } from './posted-at.js';

/** Column names are short labels ("id", "Isi Postingan", "created at"); a post runs longer. */
const MAX_NAME_CHARS = 40;
const MAX_NAME_WORDS = 4;

const isNumberOrDate = (cell: string): boolean => /^\s*[-+]?\d+([.,]\d+)?\s*$/.test(cell) || 'iso' in parsePostedAt(cell.trim(), 0);

/** Whether a header line is more likely a record: a cell is a number (an id) or a date. */
export function looksLikeRecord(header: readonly string[]): boolean {
  return header.some(isNumberOrDate);
}

/** A header name as a message shows it: itself when it reads as a label, else its length. */
export function headerNameShown(name: string, recordLike: boolean): string {
  const words = name.trim().split(/\s+/u).length;
  const label = codePointLength(name) <= MAX_NAME_CHARS && words <= MAX_NAME_WORDS && !(recordLike && words > 1);
  return label ? name : `(${codePointLength(name)} characters, not shown)`;
}
