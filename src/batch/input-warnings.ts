// The summary's warnings about the input as a whole: records that were not text, or none at all.
import { notTextWarning } from './utf8-check.js';
import { counted } from './count-noun.js';
import type { BatchOptions } from './job-options.js';
import type { InputNotes } from './job-reader.js';

/**
 * Why a job read no records, when its reader did not say: an empty daily export is no failure, but
 * one that came empty by mistake must be noticed.
 */
function noRecordsWarning(bytes: number, input: string): string {
  if (bytes === 0) return `the input ${input} is empty (0 bytes): nothing was read`;
  return `no records were read: the input ${input} has ${counted(bytes, 'byte')}, all blank lines (or a byte order mark)`;
}

/** The reader's warnings, then those the whole job shows: records that were not text, or none read. */
export function inputWarnings(notes: InputNotes, notUtf8: number, recordsRead: number, opts: BatchOptions, source: { bytesRead: number; name: string }): string[] {
  const warnings = notes.warnings;
  if (notUtf8 > 0) warnings.push(notTextWarning(notUtf8, notes.utf16, { input: opts.input, format: opts.format }));
  if (recordsRead === 0 && warnings.length === 0) warnings.push(noRecordsWarning(source.bytesRead, source.name));
  return warnings;
}
