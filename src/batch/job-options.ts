// What a batch job is given (the `netra score` flags, parsed), where it reads and writes, and what it
// hands back to the command.
import type { Readable, Writable } from 'node:stream';
import type { ElectionConfig } from '../elections/schema.js';
import type { ReviewQueue } from './enqueue.js';
import type { StatsJSON } from './stats.js';
import type { InputFormat, OutputFormat } from './types.js';
import type { DateOrder } from './date-order.js';
import type { DecimalMark } from '../util/csv-output-decimal.js';

export interface BatchOptions {
  input: string;
  format: InputFormat;
  delimiter?: string;
  /** The delimiter came from --delimiter (a CSV's Excel `sep=` line that differs is then bad usage). */
  delimiterGiven?: boolean;
  textField: string;
  idField: string;
  postedAtField?: string;
  /** Minutes east of UTC for posted-at values without a zone (`--posted-at-zone`). */
  postedAtZone?: number;
  /** Order of day, month and year in numeric posting dates (`--posted-at-order`); undefined: day first. */
  postedAtOrder?: DateOrder;
  election?: { config: ElectionConfig; fromFile: boolean };
  /** Field with each record's own election id; overrides `election` where present. */
  electionField?: string;
  /** Field with the post's author, stored with the items sent to the review queue. */
  authorField?: string;
  /** Field with the link to the post, stored with the items sent to the review queue. */
  urlField?: string;
  /** A file, or '-' for stdout. */
  output: string;
  outputFormat: OutputFormat;
  /** CSV output: the character between cells (`--output-delimiter`); undefined is the comma. */
  outputDelimiter?: string;
  /** CSV output: the decimal mark of the number cells, risk and scores (`--output-decimal`); undefined is the point. */
  outputDecimal?: DecimalMark;
  /** Evidence with the words as the post writes them (`--written`; CSV: an appended column). */
  written?: boolean;
  minRisk: number;
  resume: boolean;
  errors?: string;
  /** Worker threads; 0 scores in the calling thread. */
  workers: number;
  /** Opens the review queue for records at level sedang or tinggi (`--enqueue`); closed at the end. */
  openQueue?: () => Promise<ReviewQueue>;
  /** Where the queue is (database, without credentials), for the resume fingerprint. */
  queueLocation?: string;
  model?: string;
  maxTextLength: number;
  chunkSize?: number;
  checkpointEveryMs?: number;
}

export interface BatchIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

export interface BatchOutcome {
  /** 130/143: stopped by SIGINT/SIGTERM, after writing and checkpointing what was scored. */
  exitCode: 0 | 1 | 130 | 143;
  stats: StatsJSON;
  resumedAt?: number;
  alreadyDone?: boolean;
  stoppedEarly?: string;
}
