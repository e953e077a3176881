// The summary's warnings about the input as a whole: records that were not text, records without a
// posting time, or no records at all.
import { notTextWarning } from './utf8-check.js';
import { counted } from './count-noun.js';
import type { BatchOptions } from './job-options.js';
import type { InputNotes } from './job-reader.js';

/** What the job counted over the whole input that the warnings speak of. */
export interface InputCounts {
  read: number;
  /** Records whose bytes were not valid text. */
  notUtf8: number;
  /** Records scored with an election but without a posting time although --posted-at-field is set. */
  noPostedAt: number;
  /** Records scored without an election although --posted-at-field is set. */
  noElection: number;
  /** A signal stopped reading: the input was not read to its end, so no record read says nothing of it. */
  stopped?: boolean;
}

/**
 * Why a job read no records, when its reader did not say: an empty daily export is no failure, but
 * one that came empty by mistake must be noticed.
 */
function noRecordsWarning(bytes: number, input: string): string {
  if (bytes === 0) return `the input ${input} is empty (0 bytes): nothing was read`;
  return `no records were read: the input ${input} has ${counted(bytes, 'byte')}, all blank lines (or a byte order mark)`;
}

/** Records scored without a stage are no bad records, but their level may be one too low: say how many. */
function noStageWarning(records: number, field: string): string {
  return `${counted(records, 'record')} had no posting time (field "${field}" missing, empty or blank): scored without an election stage, so a partisan post made from candidate determination through the quiet period was not raised a level`;
}

/** A posting time gives a stage only with an election: say how many records had none, and how to give one. */
function noElectionWarning(records: number, opts: Pick<BatchOptions, 'postedAtField' | 'electionField'>): string {
  // With --election every record has one, so only --election-field alone or neither flag leaves records without.
  const why = opts.electionField !== undefined ? `field "${opts.electionField}" missing, empty or blank, and no --election` : 'no --election or --election-field';
  return `${counted(records, 'record')} had no election (${why}): scored without an election stage although --posted-at-field ${opts.postedAtField} is set, since a stage needs the election's dates; give --election ID or --election-field NAME`;
}

/** The reader's warnings, then those the whole job shows: records that were not text or had no posting time, or none read. */
export function inputWarnings(notes: InputNotes, counts: InputCounts, opts: BatchOptions, source: { bytesRead: number; name: string }): string[] {
  const warnings = notes.warnings;
  if (counts.notUtf8 > 0) warnings.push(notTextWarning(counts.notUtf8, notes.utf16, { input: opts.input, format: opts.format }));
  if (opts.postedAtField !== undefined && counts.noElection > 0) warnings.push(noElectionWarning(counts.noElection, opts));
  if (opts.postedAtField !== undefined && counts.noPostedAt > 0) warnings.push(noStageWarning(counts.noPostedAt, opts.postedAtField));
  if (counts.read === 0 && !counts.stopped && warnings.length === 0) warnings.push(noRecordsWarning(source.bytesRead, source.name));
  return warnings;
}
