// The summary's warnings about the input as a whole: records that were not text, records without a
// posting time, with one in the future or long before every election netra knows, or no records at all.
import { notTextWarning } from './utf8-check.js';
import { counted } from './count-noun.js';
import type { BatchOptions } from './job-options.js';
import type { InputNotes } from './job-reader.js';
import type { EarliestElection } from './long-before.js';
import { firstRecord } from './first-record.js';
import { idWarnings } from './id-warnings.js';
import type { IdCounts } from './id-counts.js';

/** What the job counted over the whole input that the warnings speak of. */
export interface InputCounts {
  read: number;
  /** Records whose bytes were not valid text. */
  notUtf8: number;
  /** Records scored with an election but without a posting time although --posted-at-field is set. */
  noPostedAt: number;
  /** Records scored without an election although --posted-at-field is set. */
  noElection: number;
  /** Records scored with a posting time later than when they were scored, and the first of them. */
  postedLater?: number;
  firstPostedLater?: number;
  /** Records scored with a posting time long before every election the scorers know, the first of them, and that election (long-before.ts). */
  postedLongBefore?: number;
  firstPostedLongBefore?: number;
  earliestElection?: EarliestElection;
  /** What the job noticed about the records' ids (id-counts.ts). */
  ids?: IdCounts;
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
function noElectionWarning(records: number, opts: Pick<BatchOptions, 'postedAtField' | 'electionField' | 'format'>): string {
  // With --election every record has one, so only --election-field alone or neither flag leaves records without.
  if (opts.format === 'whatsapp') return `${counted(records, 'message')} had no election (no --election): scored without an election stage although each has its time, since a stage needs the election's dates; give --election ID`;
  const why = opts.electionField !== undefined ? `field "${opts.electionField}" missing, empty or blank, and no --election` : 'no --election or --election-field';
  return `${counted(records, 'record')} had no election (${why}): scored without an election stage although --posted-at-field ${opts.postedAtField} is set, since a stage needs the election's dates; give --election ID or --election-field NAME`;
}


/**
 * A posting time after the moment of scoring is no post's: the field holds something else there. Not
 * an error (the record is scored with it, as the value is a valid date), but its stage may be wrong.
 */
function postedLaterWarning(records: number, first: number | undefined, source: string): string {
  const where = firstRecord(records, first);
  return `${counted(records, 'record')} had a posting time later than when ${records === 1 ? 'it was' : 'they were'} scored (${source}${where}): no post is made in the future, so the field holds something else there (a placeholder such as 9999-12-31, a typo in the year, a wrong zone); ${records === 1 ? 'it was' : 'they were'} scored with that time, so ${records === 1 ? 'its' : 'their'} election stage, and the race a post without an election is given to, may be wrong`;
}

/**
 * A posting time long before every election netra knows is no post of a feed screened for them: a
 * numeric date read in the wrong order, most likely. Not an error (it is a valid date), as above.
 */
function postedLongBeforeWarning(records: number, first: number | undefined, earliest: EarliestElection | undefined, source: string): string {
  const one = records === 1;
  const where = firstRecord(records, first);
  const before = earliest ? `${earliest.first}, the first scheduled date of the earliest election netra knows (${earliest.id})` : 'the first scheduled date of the earliest election netra knows';
  return `${counted(records, 'record')} had a posting time more than a year before ${before} (${source}${where}): no feed screened for these elections holds such posts, so the field is likely read wrongly there (numeric dates in the wrong --posted-at-order: ymd reads a day-first 05/11/24 as 24 November 2005; a placeholder such as 1970-01-01); ${one ? 'it was' : 'they were'} scored with that time, so ${one ? 'its' : 'their'} election stage may be wrong`;
}

/** The reader's warnings, then those the whole job shows: records that were not text or had no posting time, or none read. */
export function inputWarnings(notes: InputNotes, counts: InputCounts, opts: BatchOptions, source: { bytesRead: number; name: string }): string[] {
  const warnings = notes.warnings;
  if (counts.notUtf8 > 0) warnings.push(notTextWarning(counts.notUtf8, notes.utf16, { input: opts.input, format: opts.format }));
  // a chat export's messages each have a time, from their headers
  const timed = opts.postedAtField !== undefined || opts.format === 'whatsapp';
  const timeSource = opts.postedAtField !== undefined ? `field "${opts.postedAtField}"` : "the messages' headers";
  warnings.push(...idWarnings(counts.ids, opts.idField));
  if (timed && counts.noElection > 0) warnings.push(noElectionWarning(counts.noElection, opts));
  if (opts.postedAtField !== undefined && counts.noPostedAt > 0) warnings.push(noStageWarning(counts.noPostedAt, opts.postedAtField));
  if (timed && (counts.postedLater ?? 0) > 0) warnings.push(postedLaterWarning(counts.postedLater ?? 0, counts.firstPostedLater, timeSource));
  if (timed && (counts.postedLongBefore ?? 0) > 0) warnings.push(postedLongBeforeWarning(counts.postedLongBefore ?? 0, counts.firstPostedLongBefore, counts.earliestElection, timeSource));
  // a chat export without a message to score fails instead (nothing-scored.ts)
  if (counts.read === 0 && !counts.stopped && notes.chatSkips === undefined && warnings.length === 0) warnings.push(noRecordsWarning(source.bytesRead, source.name));
  return warnings;
}
