// Evidence shows normalized words ("tidak" for "ga", "nomor 2" for "02"); `written` gives each place
// the post writes the phrase, as written, with its [start, end) in UTF-16 code units.
import { beforeAll, describe, expect, it } from 'vitest';
import { withWritten } from '../../src/explain/written-evidence.js';
import type { Evidence } from '../../src/explain/evidence.js';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';

/** The `written` entries of one evidence phrase found in `text`. */
function written(text: string, phrase: string): Evidence['written'] {
  return withWritten(text, [{ text: phrase, weight: 1 }])[0].written;
}

/** Each written entry's text is the post's text at its offsets. */
function expectTrueOffsets(text: string, evidence: readonly Evidence[]): void {
  for (const e of evidence) for (const w of e.written ?? []) expect(text.slice(w.start, w.end)).toBe(w.text);
}

describe('evidence as written in the post', () => {
  it('finds slang that normalization reads as another word', () => {
    expect(written('pokoknya ga usah golput', 'tidak')).toEqual([{ text: 'ga', start: 9, end: 11 }]);
    expect(written('gak usah ragu, gak', 'tidak usah')).toEqual([{ text: 'gak usah', start: 0, end: 8 }]);
  });

  it('finds leetspeak', () => {
    expect(written('besok c0bl0s ya', 'coblos')).toEqual([{ text: 'c0bl0s', start: 6, end: 12 }]);
  });

  it('finds a zero-padded ballot number', () => {
    expect(written('Coblos 02!', 'nomor 2')).toEqual([{ text: '02', start: 7, end: 9 }]);
    expect(written('coblos nomor 02 aja', 'coblos nomor 2')).toEqual([{ text: 'coblos nomor 02', start: 0, end: 15 }]);
  });

  it('finds an emoji gesture', () => {
    expect(written('menang ✌️', '✌️')).toEqual([{ text: '✌️', start: 7, end: 9 }]);
    expect(written('menang ✌️', 'salam 2 jari')).toEqual([{ text: '✌️', start: 7, end: 9 }]);
  });

  it('finds the words of a hashtag', () => {
    // The whole tag, as an analyst searches for it.
    expect(written('ayo #coblos02', 'coblos nomor 2')).toEqual([{ text: '#coblos02', start: 4, end: 13 }]);
    expect(written('ayo #coblos02', 'coblos')).toEqual([{ text: 'coblos', start: 5, end: 11 }]);
  });

  it('keeps the capitals of the post', () => {
    expect(written('Ayo COBLOS, Coblos!', 'coblos')).toEqual([
      { text: 'COBLOS', start: 4, end: 10 },
      { text: 'Coblos', start: 12, end: 18 },
    ]);
  });

  it('finds a phrase over two words, whatever separates them', () => {
    expect(written('Salam hormat Bapak/Ibu semua', 'bapak ibu')).toEqual([{ text: 'Bapak/Ibu', start: 13, end: 22 }]);
  });

  it('finds what a placeholder stands for', () => {
    expect(written('jangan 3 periode', '[angka] periode')).toEqual([{ text: '3 periode', start: 7, end: 16 }]);
  });

  it('leaves `written` out when the phrase cannot be found, never guessing', () => {
    const evidence = withWritten('Ayo ke TPS besok', [{ text: 'pemilu', weight: 1 }, { text: '[angka]', weight: 0.5 }]);
    expect(evidence).toEqual([{ text: 'pemilu', weight: 1 }, { text: '[angka]', weight: 0.5 }]);
    expect('written' in evidence[0]).toBe(false);
  });

  it('finds every place, written as it is or as normalization reads it, in order', () => {
    expect(written('Ayo c0bl0s 0\u20E32\u20E3 ya, coblos 02 lagi gaes', 'coblos')).toEqual([
      { text: 'c0bl0s', start: 4, end: 10 },
      { text: 'coblos', start: 20, end: 26 },
    ]);
    expect(written('tidak usah golput, gak usah ragu, pokoknya ga boleh', 'tidak')).toEqual([
      { text: 'tidak', start: 0, end: 5 },
      { text: 'gak', start: 19, end: 22 },
      { text: 'ga', start: 43, end: 45 },
    ]);
    // A place found both ways is given once.
    expect(written('coblos nomor 02 aja', 'coblos nomor 2')).toEqual([{ text: 'coblos nomor 02', start: 0, end: 15 }]);
  });

  it('leaves punctuation before a word out of it', () => {
    expect(written('ayo (c0bl0s) ya', 'coblos')).toEqual([{ text: 'c0bl0s', start: 5, end: 11 }]);
  });

  it('never ends a place inside a character: a keycap keeps its marks', () => {
    expect(written('Ayo c0bl0s 0\u20E32\u20E3 ya gaes', 'nomor 2')).toEqual([{ text: '0\u20E32\u20E3', start: 11, end: 15 }]);
    expect(written('coblos 0\uFE0F\u20E32\uFE0F\u20E3 ya', 'nomor 2')).toEqual([{ text: '0\uFE0F\u20E32\uFE0F\u20E3', start: 7, end: 13 }]);
  });

  it('finds a ballot number its cue makes one: "no 2", "nmr 2", a keycap with its variation selector', () => {
    for (const text of ['no 2', 'No 2', 'nomer 2', 'nmr 2']) expect(written(`coblos ${text} ya`, 'nomor 2')).toEqual([{ text, start: 7, end: 7 + text.length }]);
    expect(written('coblos 2\uFE0F\u20E3', 'nomor 2')).toEqual([{ text: '2\uFE0F\u20E3', start: 7, end: 10 }]);
    // After a cue that stays a word, the number alone is the ballot number, the two together the phrase.
    expect(written('coblos 2 ya', 'nomor 2')).toEqual([{ text: '2', start: 7, end: 8 }]);
    expect(written('coblos 2 ya', 'coblos nomor 2')).toEqual([{ text: 'coblos 2', start: 0, end: 8 }]);
    // A bare number stays a number: "jam 2" is no ballot number.
    expect(written('besok jam 2 ya', 'nomor 2')).toBeUndefined();
  });

  it('counts offsets in UTF-16 code units, after emoji and flags', () => {
    const text = '🇮🇩🇮🇩 😀 Ayo c0bl0s';
    const found = written(text, 'coblos');
    // Two flags (4 code units each, 2 code points) and 😀 (2 units, 1 point): 16 units, 11 code points.
    expect(found).toEqual([{ text: 'c0bl0s', start: 16, end: 22 }]);
    expectTrueOffsets(text, [{ text: 'coblos', weight: 1, written: found }]);
  });
});

describe('Scorer.score with { written: true }', () => {
  let scorer: Scorer;
  beforeAll(async () => {
    scorer = await createScorer();
  });
  const posts = ['gak usah ragu, c0bl0s nomor 02 ✌️', '🇮🇩🇮🇩 Salam dua jari! #coblos02 menang', 'Pilih Prabowo Gibran nomor 2 ya bapak ibu'];

  it('adds what the post writes for each phrase, at true offsets', () => {
    const text = posts[0];
    const r = scorer.score({ text }, { written: true });
    expectTrueOffsets(text, r.evidence);
    const byPhrase = Object.fromEntries(r.evidence.map((e) => [e.text, e.written?.map((w) => w.text)]));
    expect(byPhrase.coblos).toEqual(['c0bl0s']);
    expect(byPhrase['nomor 2']).toEqual(['nomor 02']);
    expect(byPhrase['salam 2 jari']).toEqual(['✌️']);
  });

  it('changes nothing else: without `written` the result is the one scored without the option', () => {
    for (const text of posts) {
      const plain = scorer.score({ text, id: 'x' });
      const withIt = scorer.score({ text, id: 'x' }, { written: true });
      expect(withIt.evidence.some((e) => e.written !== undefined)).toBe(true);
      for (const e of withIt.evidence) delete e.written;
      expect(JSON.stringify(withIt)).toBe(JSON.stringify(plain));
      expect(plain.evidence.some((e) => 'written' in e)).toBe(false);
    }
  });
});
