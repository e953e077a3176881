import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENT_RULE, mayBeDiluted, paragraphParts, postSegments, type SegmentRule } from '../../src/pipeline/segments.js';
import { normalize } from '../../src/text/normalize.js';

const RULE: SegmentRule = { minPostWords: 8, minPartLength: 10, maxPartLength: 60 };
const parts = (text: string, rule = RULE) => postSegments(text, rule).map((r) => text.slice(r.start, r.end));

describe('postSegments', () => {
  it('finds no parts in one paragraph that fits a part', () => {
    expect(postSegments('Satu paragraf saja yang panjangnya cukup untuk aturan ini.', RULE)).toEqual([]);
  });

  it('cuts at line breaks and blank lines, without the whitespace around a paragraph', () => {
    expect(parts('Selamat pagi semuanya, semoga sehat.\n\n  Besok arisan di rumah Bu Sri ya.  \r\nJangan lupa bawa piring.')).toEqual([
      'Selamat pagi semuanya, semoga sehat.',
      'Besok arisan di rumah Bu Sri ya.',
      'Jangan lupa bawa piring.',
    ]);
  });

  it('joins short lines until a part is long enough to judge, and a short last line to the part before', () => {
    expect(parts('Halo.\nApa kabar?\nBesok arisan di rumah Bu Sri ya.\nSalam.')).toEqual(['Halo.\nApa kabar?', 'Besok arisan di rumah Bu Sri ya.\nSalam.']);
  });

  it('cuts a very long paragraph into windows of whole sentences', () => {
    const text = 'Pagi tadi hujan deras sekali. Jalan ke kantor banjir. Kami pulang lebih awal! Semoga besok cerah? Amin.';
    const windows = parts(text);
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows) expect(w.length).toBeLessThanOrEqual(RULE.maxPartLength);
    expect(windows.join(' ')).toBe(text);
  });
});

describe('mayBeDiluted', () => {
  const words = (n: number, join = ' ') => Array.from({ length: n }, (_, i) => `kata${String.fromCharCode(97 + (i % 26))}`).join(join);
  it('counts words, not characters: a tweet broken over lines or in fancy letters stays whole', () => {
    const rule = DEFAULT_SEGMENT_RULE;
    expect(mayBeDiluted(normalize(words(rule.minPostWords - 1)).tokens, rule)).toBe(false);
    expect(mayBeDiluted(normalize(words(rule.minPostWords - 1, '\n\n')).tokens, rule)).toBe(false);
    expect(mayBeDiluted(normalize(`${words(10)} ${'🙏🏻 2️⃣ !!! 123 '.repeat(40)}`).tokens, rule)).toBe(false);
    expect(mayBeDiluted(normalize(words(rule.minPostWords)).tokens, rule)).toBe(true);
  });
});

describe('paragraphParts (shorter posts)', () => {
  const rule: SegmentRule = { ...RULE, minParagraphWords: 4 };
  const paragraphs = (text: string) => paragraphParts(text, rule).map((r) => text.slice(r.start, r.end));

  it('gives blank-line paragraphs of enough words that end their sentences, the last one as it ends', () => {
    expect(paragraphs('Semoga kita semua sehat selalu.\r\n \r\nJangan pilih calon boneka itu')).toEqual(['Semoga kita semua sehat selalu.', 'Jangan pilih calon boneka itu']);
  });

  it('gives none for one paragraph, a short one, one broken inside a sentence, or no rule', () => {
    expect(paragraphs('Semoga kita semua sehat selalu.\nJangan pilih calon boneka itu')).toEqual([]);
    expect(paragraphs('Amin ya Allah.\n\nJangan pilih calon boneka itu')).toEqual([]);
    expect(paragraphs('Semoga kita semua sehat\n\nselalu dan jangan pilih calon boneka itu.')).toEqual([]);
    expect(paragraphParts('Semoga kita semua sehat selalu.\n\nJangan pilih calon boneka itu', RULE)).toEqual([]);
  });
});
