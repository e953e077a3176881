import { describe, expect, it } from 'vitest';
import { CharColumnPools, type CharColumns } from '../../src/features/char-columns.js';

const columns = (w: CharColumns): number[] => Array.from(w.charPool.subarray(w.charStart, w.charEnd));
const wordCols = (i: number): number[] => Array.from({ length: 1 + (i % 12) }, (_, k) => i * 16 + k);

describe('CharColumnPools', () => {
  it('gives each word its own columns across many pools, and none to a word without', () => {
    const pools = new CharColumnPools();
    const words = Array.from({ length: 200_000 }, (_, i) => pools.store(wordCols(i)));
    expect(new Set(words.map((w) => w.charPool)).size).toBeGreaterThan(10);
    words.forEach((w, i) => expect(columns(w)).toEqual(wordCols(i)));
    const none = pools.store([]);
    expect(columns(none)).toEqual([]);
    expect(none.charEpoch).toBeGreaterThanOrEqual(pools.oldest); // never moved
  });

  it('moves a word read from an old pool into a recent one, with the same columns, and a working set only once', () => {
    const pools = new CharColumnPools();
    const kept = Array.from({ length: 1_000 }, (_, i) => pools.store(wordCols(i)));
    for (let i = 1_000; i < 400_000; i++) pools.store(wordCols(i)); // many new words: the first pools are old now
    const before = kept.map((w) => w.charPool);
    for (const w of kept) if (w.charEpoch < pools.oldest) pools.keep(w);
    kept.forEach((w, i) => {
      expect(w.charPool).not.toBe(before[i]);
      expect(w.charEpoch).toBeGreaterThanOrEqual(pools.oldest);
      expect(columns(w)).toEqual(wordCols(i));
    });
    const oldest = pools.oldest;
    for (let round = 0; round < 100; round++) for (const w of kept) if (w.charEpoch < pools.oldest) pools.keep(w);
    expect(pools.oldest).toBe(oldest);
  });
});
