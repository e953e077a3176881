// What the job noticed about its records' ids, kept in the progress file with the other counters so a
// resumed job's summary covers the whole job: ids in scientific notation (id-in-exponent.ts), JSONL
// ids under "ID"/"Id" (id-key-other-case.ts), and records repeating an earlier record's id
// (repeated-ids.ts, added by the writer). Each with the first record it was seen in.
import type { ChunkResult } from './types.js';

export interface IdCounts {
  inExponent: number;
  firstInExponent?: number;
  otherCase: number;
  firstOtherCase?: number;
  otherCaseKey?: string;
  repeated: number;
  firstRepeated?: number;
}

export const noIdCounts = (): IdCounts => ({ inExponent: 0, otherCase: 0, repeated: 0 });

/** Adds a chunk's counts; chunks come in record order, so the first seen stays the first. */
export function addIdCounts(ids: IdCounts, r: ChunkResult): void {
  ids.inExponent += r.idsInExponent;
  ids.firstInExponent ??= r.firstIdInExponent;
  ids.otherCase += r.idsOtherCase;
  ids.firstOtherCase ??= r.firstIdOtherCase;
  ids.otherCaseKey ??= r.idKeyOtherCase;
}
