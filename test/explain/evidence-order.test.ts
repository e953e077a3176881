// Evidence is chosen by weight, but listed with the phrases that have a word first: a reviewer reads it
// for why a post was flagged, and an emoji or "!!!" the model weighs heavily says how, not what.
import { beforeAll, describe, expect, it } from 'vitest';
import { isSymbolsOnly, wordsFirst } from '../../src/explain/evidence-order.js';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';

const ev = (text: string, weight: number) => ({ text, weight });

describe('symbol-only phrases', () => {
  it('are emoji, punctuation and gesture signs; a phrase with a word or number is not', () => {
    for (const t of ['🙄', '!', '?', '✌️', '🇮🇩']) expect(isSymbolsOnly(t), t).toBe(true);
    for (const t of ['omong', 'omong 🙄', '[angka] periode', 'nomor 1', 'salam 2 jari']) expect(isSymbolsOnly(t), t).toBe(false);
  });

  it('come after the word phrases, each group keeping its strongest-first order and its weights', () => {
    expect(wordsFirst([ev('🙄', 1.9), ev('omong', 0.8), ev('!', 0.7), ev('janji', 0.6)])).toEqual([ev('omong', 0.8), ev('janji', 0.6), ev('🙄', 1.9), ev('!', 0.7)]);
    expect(wordsFirst([ev('🙄', 1.9), ev('😏', 0.2)])).toEqual([ev('🙄', 1.9), ev('😏', 0.2)]);
  });
});

describe('a scored post whose strongest phrase is an emoji', () => {
  let scorer: Scorer;
  beforeAll(async () => {
    scorer = await createScorer();
  });

  it('lists the words that explain it first, the emoji after them with its exact weight', () => {
    const r = scorer.score({ text: 'Janji paslon 01 cuma omong kosong 🙄', election: 'pilpres-2024' });
    const texts = r.evidence.map((e) => e.text);
    expect(texts).toContain('🙄');
    expect(isSymbolsOnly(texts[0])).toBe(false);
    const firstSymbol = texts.findIndex(isSymbolsOnly);
    expect(texts.slice(firstSymbol).every(isSymbolsOnly)).toBe(true);
    // the same phrases as by weight alone: only their order moved
    const words = r.evidence.slice(0, firstSymbol).map((e) => e.weight);
    expect(words).toEqual([...words].sort((a, b) => b - a));
    expect(r.evidence.find((e) => e.text === '🙄')!.weight).toBeGreaterThan(words[0]);
  });

  it('still shows a post of emoji alone by its emoji', () => {
    expect(scorer.score({ text: '🙄' }).evidence.map((e) => e.text)).toEqual(['🙄']);
  });
});
