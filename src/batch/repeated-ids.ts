// Records that share an id with an earlier record: the review queue tells posts apart by id and text,
// and the output leads back to the input by id, so an export whose ids repeat (Excel's rounded
// `1.74568E+18`, rows joined twice) is worth a warning. The records are still scored and queued.
// Ids are kept as 64-bit hashes (id-hash.ts) in an open-addressed table, for the first MAX_IDS ids
// given (an Excel sheet's million rows): 8 bytes a slot, 16 MB at most, not the ids themselves.

import type { IdCounts } from './id-counts.js';

/** Ids compared: the rows of an Excel sheet; later ones are not (the table stays within 16 MB). */
export const MAX_IDS = 1 << 20;

export class RepeatedIds {
  private table = new Uint32Array(2 << 12);
  private size = 0;

  /**
   * `hashes`: record number and the two hashes of each record with an id, in record order. Counts
   * into `ids` each record whose id an earlier one had, and the first of them.
   */
  see(hashes: ArrayLike<number> | undefined, ids: IdCounts): void {
    this.add(hashes, ids);
  }

  /**
   * The ids of records a resume skips, which the interrupted run saw (its counts are in the progress
   * file, so nothing is counted again): the table is as the uninterrupted run's when the records after
   * them come.
   */
  remember(hashes: ArrayLike<number>): void {
    this.add(hashes, undefined);
  }

  private add(hashes: ArrayLike<number> | undefined, ids: IdCounts | undefined): void {
    if (!hashes) return;
    for (let i = 0; i < hashes.length && this.size < MAX_IDS; i += 3) {
      if (this.insert(hashes[i + 1], hashes[i + 2]) || !ids) continue;
      ids.repeated++;
      ids.firstRepeated ??= hashes[i];
    }
  }

  /** False when the hash was there already. */
  private insert(a: number, b: number): boolean {
    if ((this.size + 1) * 2 > this.table.length / 2) this.grow();
    const mask = this.table.length / 2 - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const x = this.table[2 * slot];
      const y = this.table[2 * slot + 1];
      if (x === 0 && y === 0) {
        this.table[2 * slot] = a;
        this.table[2 * slot + 1] = b;
        this.size++;
        return true;
      }
      if (x === a && y === b) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0 || old[i + 1] !== 0) this.insert(old[i], old[i + 1]);
  }
}
