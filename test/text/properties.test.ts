// Property tests with a seeded generator: no crash on any string, idempotence, bounded output.
import { describe, expect, it } from 'vitest';
import { normalize, MAX_TOKENS } from '../../src/text/normalize.js';
import { mulberry32 } from '../../src/util/random.js';
import { syntheticPosts, toMojibake } from '../../scripts/lib/synthetic-posts.js';

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...' \t\n!?.,#@-_/:\'"<>&%',
  'é', 'Â', 'ð', 'Ÿ', '‘', '€', '\u00a0', '\u200b', '\u200d', '\ufe0f', '\u20e3', '👍', '✌', '☝', '🤟', '🏽', '𝐜', 'ｐ', '\ud800', '\udc00', '\u0000',
  // word pieces that exercise ballot cues, slang, elongation and leetspeak
  'no ', 'nomor ', ' 2 ', 'yg ', 'pilihhh ', 'c0bl0s ', ' sdh', 'orang2 ', 'ags ', '17 ',
  // platform boilerplate (src/text/platform.ts)
  '…', '...', ' Lihat selengkapnya', 'see more', '\nLihat terjemahan', '#fyp', '#FYP ', 'シ', '#viral ',
];

function randomString(rand: () => number, maxLen: number): string {
  const n = Math.floor(rand() * maxLen);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

describe('normalize properties', () => {
  const rand = mulberry32(99);
  const inputs = [
    ...Array.from({ length: 4000 }, () => randomString(rand, 120)),
    ...syntheticPosts(1500, 3),
    ...[...syntheticPosts(200, 5)].map(toMojibake),
    '', ' ', '#', '@', '<url>', '<no:2>', '#'.repeat(500), 'a'.repeat(50_000), '2'.repeat(100),
  ];

  it('never throws and bounds its output', () => {
    for (const input of inputs) {
      const n = normalize(input);
      expect(n.tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
      expect(n.text.length).toBeLessThanOrEqual(4 * Math.min(input.length, 20_000) + 16);
    }
  });

  it('is idempotent on its own text', () => {
    for (const input of inputs) {
      const once = normalize(input).text;
      expect(normalize(once).text, JSON.stringify(input)).toBe(once);
    }
  });

  it('is idempotent on known hard cases', () => {
    // a spelled number after a vote verb and punctuation; a digit-"an" reduplication and its hyphenated form
    for (const input of ['Jangan lupa coblos. Satu suara berarti', 'coblos, dua', 'pesta besar2an', 'kecil2an saja', 'habis-habisan', 'mudah2an lancar']) {
      const once = normalize(input);
      expect(normalize(once.text).tokens, input).toEqual(once.tokens);
    }
  });

  it('does not crash on non-string input coerced at the boundary', () => {
    expect(normalize(undefined as unknown as string).tokens).toEqual([]);
    expect(normalize(12 as unknown as string).tokens).toEqual(['<num>']);
  });
});
