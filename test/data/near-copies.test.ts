// A test post's near-copy (a retweet, the same text with another link, handle or punctuation) never
// trains the model that is tested on it, in either evaluation setting.
import { describe, expect, it } from 'vitest';
import { nearCopyKey, withoutNearCopies } from '../../src/data/near-copies.js';
import { leaveOneElectionOutScenario, testSplitScenario } from '../../src/eval/scenarios.js';
import type { Example } from '../../src/data/dataset.js';
import type { Label } from '../../src/data/labels.js';

describe('nearCopyKey', () => {
  it('is the same for a retweet, other links, handles, case, punctuation and emoji', () => {
    const key = nearCopyKey('Ayo coblos nomor 2, demi Jatim! https://t.co/abc');
    expect(key).toBe('ayo coblos nomor 2 demi jatim');
    for (const copy of ['RT @akun_satu: Ayo coblos nomor 2 demi Jatim!! 🔥 https://t.co/xyz', 'ayo coblos NOMOR 2... demi jatim @akun_dua', 'Ａｙｏ coblos nomor 2 — demi Jatim']) {
      expect(nearCopyKey(copy), copy).toBe(key);
    }
  });

  it('tells different words apart, and a number from another number', () => {
    const key = nearCopyKey('Ayo coblos nomor 2 demi Jatim');
    expect(nearCopyKey('Ayo coblos nomor 1 demi Jatim')).not.toBe(key);
    expect(nearCopyKey('Jangan coblos nomor 2 demi Jatim')).not.toBe(key);
    expect(nearCopyKey('Ayo coblos nomor 2 demi Jatim, kata dia')).not.toBe(key);
    expect(nearCopyKey('Ayo nyoblos nomor 2 demi Jatim')).not.toBe(key); // a word that is not "rt" at the start stays
    expect(nearCopyKey('rtn ayo coblos')).toBe('rtn ayo coblos');
  });

  it('is empty for a post of links, handles and symbols only, and such posts are never dropped', () => {
    expect(nearCopyKey('@akun https://t.co/abc 🔥🔥')).toBe('');
    const only = (text: string) => ({ text });
    expect(withoutNearCopies([only('@a https://x.co/1'), only('lain')], [only('@b 🔥')])).toEqual({ kept: [only('@a https://x.co/1'), only('lain')], dropped: 0 });
  });
});

describe('evaluation settings leave near-copies of test posts out of training', () => {
  const ex = (id: string, text: string, label: Label, election?: string): Example => ({ id, text, label, election, source: 'examples/uji.csv', platform: 'twitter' });
  // Enough posts of each label for the stratified validation slice; texts differ by a word.
  const filler = (election: string) =>
    (['ajakan', 'dukungan', 'serangan', 'netral'] as const).flatMap((label) => Array.from({ length: 10 }, (_, i) => ex(`${election}-${label}-${i}`, `kalimat ${label} nomor ${i} ${election}`, label, election)));

  it('test split: the copy is in neither training nor validation; the test post and everything else stay', () => {
    const test = ex('t1', 'Pilih paslon 2 ya bapak ibu https://t.co/a', 'ajakan', 'pilpres-2024');
    const copy = ex('c1', 'RT @warga: pilih paslon 2 ya, bapak ibu!! https://t.co/b', 'ajakan', 'pilpres-2024');
    const all = [...filler('pilpres-2024'), test, copy];
    const s = testSplitScenario(all, new Set(['t1']), 7);
    expect(s.test.map((e) => e.id)).toEqual(['t1']);
    const trained = [...s.train, ...s.validation].map((e) => e.id);
    expect(trained).not.toContain('c1');
    expect(trained).toHaveLength(all.length - 2);
    expect(s.description).toContain('less 1 near-copy of test posts');
  });

  it('leave-one-election-out: a copy of a held-out election post under another election is not trained on', () => {
    const held = ex('j1', 'Coblos nomor 2 rek, gas!', 'ajakan', 'pilgub-jatim-2024');
    const copy = ex('p1', 'coblos nomor 2 rek gas', 'ajakan', 'pilpres-2024');
    const all = [...filler('pilpres-2024'), ...filler('pilgub-jatim-2024'), held, copy];
    const s = leaveOneElectionOutScenario(all, 7);
    expect(s.test.map((e) => e.id)).toContain('j1');
    expect([...s.train, ...s.validation].map((e) => e.id)).not.toContain('p1');
    expect([...s.train, ...s.validation]).toHaveLength(40);
  });

  it('says nothing of near-copies when there are none', () => {
    const all = filler('pilpres-2024');
    expect(testSplitScenario(all, new Set([all[0].id]), 7).description).not.toContain('near-cop');
  });
});
