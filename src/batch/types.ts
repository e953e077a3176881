// Shapes shared by the batch stages: raw records from a reader, work items for the scorers, and the
// per-chunk result the scorers hand back to the ordered writer.
import type { ScoreInput, ScoreResult } from '../pipeline/scorer.js';

export type InputFormat = 'csv' | 'jsonl' | 'whatsapp';
export type OutputFormat = 'jsonl' | 'csv';

/** One record as read from the input, before field mapping. */
export interface RawRecord {
  /** 1-based record number (CSV: data rows after the header; JSONL: non-blank lines). */
  n: number;
  /** 1-based input line where the record starts. */
  line: number;
  /** The id when the input has none of its own, in place of the record number (a chat's message number). */
  id?: string;
  fields?: Record<string, unknown>;
  /** JSONL: the line, parsed later (in the scoring thread) into fields. */
  json?: string;
  /** Why the record could not be read. */
  error?: string;
  /** Reading cannot go on past this record (the rest of the input is unreadable). */
  fatal?: boolean;
  /** Its bytes were not all valid UTF-8: the text holds U+FFFD in their place (for the summary's warning). */
  notUtf8?: boolean;
  /** CSV: the row has fewer cells than the header; why, for the reason when the text is among the missing (short-row.ts). */
  shortRow?: string;
}

/** A record mapped to a score input, or one known to be bad. */
export interface WorkItem {
  n: number;
  line: number;
  id?: string;
  /** The id came from the input (not the record-number fallback). */
  idGiven?: boolean;
  /** The post's author (`--author-field`), for the review queue. */
  author?: string;
  /** The link to the post (`--url-field`), for the review queue. */
  url?: string;
  /** JSONL: no "id" key under the default --id-field, but this key in another case ("ID", "Id"): its ids were lost to record numbers. */
  idKeyOtherCase?: string;
  /** The posting time as written, to the minute, when --posted-at-zone placed it (posted-at.ts), for the review queue. */
  postedAtLocal?: string;
  input?: ScoreInput;
  error?: string;
}

/** One line of the errors file. */
export interface BatchError {
  record: number;
  line: number;
  id?: string;
  reason: string;
}

/** A scored record at or above the review threshold, for `--enqueue`. */
export interface FlaggedItem {
  record: number;
  /** The input's own id, when it had one. */
  externalId?: string;
  author?: string;
  url?: string;
  text: string;
  postedAt?: string;
  postedAtLocal?: string;
  result: ScoreResult;
}

/** What scoring one chunk of consecutive records produced. */
export interface ChunkResult {
  /** Records in the chunk (scored + errors). */
  count: number;
  /** Formatted output for the kept records, in order, as UTF-8 (transferred, not copied, from a worker). */
  out: Uint8Array;
  errors: BatchError[];
  scored: number;
  /** Scored but below --min-risk, so not written. */
  skipped: number;
  /** Scored with an election but without a posting time although --posted-at-field is set (missing, empty or blank): no election stage. */
  noPostedAt: number;
  /** Scored without an election although --posted-at-field is set (no --election, or the record's --election-field empty): no election stage either. */
  noElection: number;
  /** Scored with a posting time later than the moment they were scored, which no post can have (a placeholder, a typo, a wrong zone). */
  postedLater: number;
  /** The first of them, by record number. */
  firstPostedLater?: number;
  /** Scored with a posting time long before every election the scorer knows (long-before.ts): likely a date read in the wrong order. */
  postedLongBefore: number;
  /** The first of them, by record number. */
  firstPostedLongBefore?: number;
  /** Scored with an id in scientific notation (id-in-exponent.ts: Excel's rounded `1.74568E+18`), and the first of them. */
  idsInExponent: number;
  firstIdInExponent?: number;
  /** JSONL records scored with their id under "ID" or "Id" but no "id" (id-key-other-case.ts), the first of them, and that key. */
  idsOtherCase: number;
  firstIdOtherCase?: number;
  idKeyOtherCase?: string;
  /** Record number and the id's two hashes (id-hash.ts) of each scored record with an id, in order, for repeated-ids.ts. */
  idHashes?: Uint32Array;
  /** Scored records per level and label pair, keyed `level label` (the CLI summary sums them by each, the service's metrics keep the pairs). */
  outcomes: Record<string, number>;
  flagged?: FlaggedItem[];
}
