// The tokenizer's scanner yields exactly what its defining regex (TOKEN_PATTERN) matches.
import { describe, expect, it } from 'vitest';
import { rawTokens, TOKEN_PATTERN } from '../../src/text/tokenize.js';
import { mulberry32 } from '../../src/util/random.js';
import { readExamples } from '../../src/data/examples.js';

const byPattern = (text: string): string[] => text.match(TOKEN_PATTERN) ?? [];

// Pieces on every edge of the pattern: placeholders whole and broken, joiners, flags (a pair, a lone
// one, three), emoji with modifiers and joiners, marks, other scripts' letters and digits, lone surrogates.
const PIECES = [
  ...'abcxyzABZ0189 \t\n!?.,#@_-\'/:"<>&%',
  '’', '‘', 'é', 'e\u0301', 'ß', 'ı', '٣', '²', 'Ⅻ', '中', 'ｐ', '𝐜', '𐐀', '\u00a0', '\u200b', '\u200d', '\ufe0f', '\u20e3',
  '👍', '🏽', '✌', '☝', '🤟', '©', '™', '‼', '🇮', '🇩', '🇮🇩', '\ud800', '\udc00', '\udbff', '\u0000',
  '<url>', '<user>', '<email>', '<num>', '<date>', '<time>', '<no:2>', '<no:12>', '<no:123>', '<no:>', '<gesture:3>', '<gesture:>', '<nu', '#tag', '#_', '#ab_c', 'orang-orang', "jum'at", 'ke-', '--',
];

describe('rawTokens', () => {
  it('splits placeholders, tags, joined words, flags, emoji and ! ? runs', () => {
    expect(rawTokens("ayo coblos <no:2> #01_menang orang-orang jum’at ke- 🇮🇩🇮 👍🏽 !!? © a_b <no:123>")).toEqual([
      'ayo', 'coblos', '<no:2>', '#01_menang', 'orang-orang', 'jum’at', 'ke', '🇮🇩', '👍', '!!?', '©', 'a', 'b', 'no', '123',
    ]);
  });

  it('matches TOKEN_PATTERN on random strings of edge pieces', () => {
    const rand = mulberry32(7);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const n = Math.floor(rand() * 30);
      for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
      expect(rawTokens(s), JSON.stringify(s)).toEqual(byPattern(s));
    }
  });

  it('matches TOKEN_PATTERN on every written example, as written and lowercased', () => {
    for (const { text } of readExamples()) {
      expect(rawTokens(text)).toEqual(byPattern(text));
      expect(rawTokens(text.toLowerCase())).toEqual(byPattern(text.toLowerCase()));
    }
  });
});
