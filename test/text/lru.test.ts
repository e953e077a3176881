// The bounded cache every per-word lookup goes through (stems, hashtags, mention words, features).
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/text/lru.js';

describe('BoundedCache', () => {
  it('never holds more than its capacity, and keeps at least the last half it was given', () => {
    const c = new BoundedCache<string, number>(1000);
    for (let i = 0; i < 10_000; i++) {
      c.set(`w${i}`, i);
      expect(c.size).toBeLessThanOrEqual(1000);
    }
    for (let i = 10_000 - 500; i < 10_000; i++) expect(c.get(`w${i}`)).toBe(i);
    expect(c.get('w0')).toBeUndefined();
  });

  it('keeps a word that is read while others come and go', () => {
    const c = new BoundedCache<string, number>(100);
    c.set('pilih', 1);
    for (let i = 0; i < 5_000; i++) {
      c.set(`x${i}`, i);
      expect(c.get('pilih')).toBe(1);
    }
  });

  it('setting a key again replaces its value without dropping others', () => {
    const c = new BoundedCache<string, number>(4);
    c.set('a', 1);
    c.set('b', 2);
    c.set('b', 3);
    expect(c.get('a')).toBe(1);
    expect(c.get('b')).toBe(3);
    c.clear();
    expect(c.size).toBe(0);
    expect(c.get('a')).toBeUndefined();
  });

  it('refuses a capacity below 2', () => {
    for (const bad of [0, 1, -1, Number.NaN]) expect(() => new BoundedCache(bad)).toThrow(/at least 2/);
  });
});
