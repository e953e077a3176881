// Words' character n-gram columns (the vectorizer's most read data: ≈ 140 a post), packed into shared
// pools instead of a typed array per word: reading a word's columns is then one pool header, hot in
// cache, and one run of data next to other words', not a header and data of its own per word.
// bench:ab on the feed of bench:batch: 0.964 and 1/1.036 of score + JSON with a typed array per word.

/** ≈ 8,000 words' columns a pool (256 KB, outside the JS heap). */
const POOL_SIZE = 1 << 16;
/**
 * The pools words in use are kept in (≈ 130,000 words' columns, more than the vectorizer's word cache
 * holds): a word read from an older pool is copied into the current one. A working set that fits moves
 * once, not again and again as moved words fill new pools.
 */
const RECENT_POOLS = 16;
/** The epoch of a word with no columns, which never needs to move. */
const NEVER = 2 ** 30 - 1; // the largest small integer, so the field stays one

/** A word's columns: `charPool[charStart … charEnd)`, in the pool begun at `charEpoch`. */
export interface CharColumns {
  charPool: Int32Array;
  charStart: number;
  charEnd: number;
  charEpoch: number;
}

const EMPTY = new Int32Array(0);

export class CharColumnPools {
  private pool = new Int32Array(POOL_SIZE);
  private used = 0;
  /** How many pools were begun before the current one. */
  private epoch = 0;

  /** `cols[from … to)` stored in the current pool, as a word's fields. */
  store(cols: ArrayLike<number>, from = 0, to = cols.length): CharColumns {
    const n = to - from;
    if (n === 0) return { charPool: EMPTY, charStart: 0, charEnd: 0, charEpoch: NEVER };
    if (this.used + n > this.pool.length) {
      this.pool = new Int32Array(Math.max(POOL_SIZE, n));
      this.used = 0;
      this.epoch++;
    }
    const start = this.used;
    for (let k = 0; k < n; k++) this.pool[start + k] = cols[from + k];
    this.used += n;
    return { charPool: this.pool, charStart: start, charEnd: this.used, charEpoch: this.epoch };
  }

  /** Words whose columns are in a pool begun before this epoch are moved (`keep`) when read. */
  get oldest(): number {
    return this.epoch - (RECENT_POOLS - 1);
  }

  /**
   * Copies a word still in use from an old pool into the current one. A pool is freed once no cached
   * word points into it; without the move, a long-lived word would keep its whole pool (and, over a
   * long run of new words, every pool) alive.
   */
  keep(word: CharColumns): void {
    const moved = this.store(word.charPool, word.charStart, word.charEnd);
    word.charPool = moved.charPool;
    word.charStart = moved.charStart;
    word.charEnd = moved.charEnd;
    word.charEpoch = moved.charEpoch;
  }
}
