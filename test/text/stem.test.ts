// Our Sastrawi port (src/text/sastrawi.ts) must give natural's stems exactly: the shipped model's
// word features were built with natural's. Checked on affixed forms of the root list and on random
// letter strings (the cases where rule order and natural's quirks show).
import { describe, expect, it } from 'vitest';
import { naturalStem } from '../../src/text/stem.js';
import { sastrawiStem } from '../../src/text/sastrawi.js';
import { requireNatural } from '../../src/text/resources.js';
import { mulberry32 } from '../../src/util/random.js';

const PREFIXES = ['', 'me', 'mem', 'men', 'meng', 'meny', 'memper', 'ber', 'be', 'bel', 'di', 'diper', 'ke', 'se', 'ter', 'te', 'pe', 'pem', 'pen', 'peng', 'peny', 'per', 'pel', 'ku', 'kau'];
const SUFFIXES = ['', 'kan', 'an', 'i', 'nya', 'lah', 'kah', 'tah', 'pun', 'ku', 'mu', 'kannya', 'annya', 'inya', 'kanlah', 'is', 'isme', 'isasi'];

describe('Sastrawi port', () => {
  it('stems exactly as natural does: affixed forms of the roots and random words', () => {
    const roots = (requireNatural('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter(Boolean);
    const rand = mulberry32(11);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const words = new Set<string>(['belajar', 'pelajar', 'mempengaruhi', 'menyapu', 'memukul', 'mengirim', 'menulis', 'perekonomian', 'berkampanye', 'dipertanggungjawabkan']);
    for (let i = 0; i < 6000; i++) words.add(pick(PREFIXES) + pick(roots) + pick(SUFFIXES));
    for (let i = 0; i < 6000; i++) words.add(Array.from({ length: 4 + Math.floor(rand() * 9) }, () => pick([...'abcdefghijklmnopqrstuvwxyzaeiouaeiou'])).join(''));
    const stemmable = [...words].filter((w) => /^[a-z]{4,}$/.test(w));
    const differ = stemmable.filter((w) => sastrawiStem(w) !== naturalStem(w));
    expect(differ.map((w) => `${w}: ${naturalStem(w)} vs ${sastrawiStem(w)}`)).toEqual([]);
    expect(stemmable.length).toBeGreaterThan(11_000);
    expect(sastrawiStem('memperjuangkan')).toBe('juang');
  });
});
