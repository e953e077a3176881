// The ids of the records a resume skips, hashed as scoring them hashed them (score-chunk.ts), so the
// repeated-id table (repeated-ids.ts) holds them again and a record after the restart that repeats one
// is warned of as in an uninterrupted run. Only the record is read (fields, id, the election it names),
// not scored, in the scoring threads: about 2 µs a record, where scoring one costs 40 or more.
import type { Scorer } from '../pipeline/scorer.js';
import { toWorkItem, type FieldMap } from './record.js';
import { pushIdHash } from './id-hash.js';
import type { RawRecord } from './types.js';

export type SkippedIdHasher = (records: readonly RawRecord[]) => Uint32Array;

export function skippedIdHasher(scorer: Scorer, fields: FieldMap): SkippedIdHasher {
  return (records) => {
    const hashes: number[] = [];
    for (const rec of records) {
      const item = toWorkItem(rec, fields);
      // the records the interrupted run scored with an id: readable, and of an election the scorer knows
      if (!item.input || !item.idGiven) continue;
      if (item.input.election !== undefined && !scorer.hasElection(item.input.election)) continue;
      pushIdHash(hashes, item.n, item.input.id ?? '');
    }
    return Uint32Array.from(hashes);
  };
}
