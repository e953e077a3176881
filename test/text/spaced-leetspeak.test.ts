// Letters typed apart with leet digits among them ("c 0 b l 0 s"): both disguises at once, to slip past
// filters. They were read as letters and numbers ("c <num> b l <num> s"), so the call read as nothing.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';

const words = (text: string): string => normalize(text).text;

describe('leet digits among letters typed apart', () => {
  it('are read into the word they spell', () => {
    expect(words('ayo c 0 b l 0 s 02')).toBe('ayo coblos <no:2>');
    expect(words('P 1 L 1 H nomor 3')).toBe('pilih <no:3>');
    expect(words('c 0 b l 0 s 0 2')).toBe('coblos <no:2>');
    expect(words('p 1 l 1 h 0 1 ya')).toBe('pilih <no:1> ya');
  });

  it('only where the lexicon knows the word: other digits among letters stay numbers', () => {
    expect(words('a 1 b c')).toBe('a <num> b c');
    expect(words('kelas 1 a b c')).toBe('kelas <num> abc');
    expect(words('skor a 1 0 2')).toBe('skor a <num> <num> <num>');
  });

  it('reads its own output the same', () => {
    for (const text of ['ayo c 0 b l 0 s 02', 'a 1 b c', 'P 1 L 1 H nomor 3']) expect(words(words(text))).toBe(words(text));
  });
});
