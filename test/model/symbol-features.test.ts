// Emoji and punctuation unigrams as a group whose IDF training can weigh down (FitConfig.symbolWeight).
import { describe, expect, it } from 'vitest';
import { isSymbolFeature } from '../../src/features/symbol-features.js';
import { Vocabulary } from '../../src/features/vocabulary.js';

describe('symbol features', () => {
  it('are the unigrams (plain and conjoined) of tokens with no letter or digit', () => {
    for (const f of ['w:🙄', 'n:😏', 'm:!', 'w:?', 'w:✌️']) expect(isSymbolFeature(f)).toBe(true);
    for (const f of ['w:ayo', 'w:<cand_no>', 'w:02', 'b:ayo 😏', 'c: ay', 'h:coblos02', 'p:len1', 'w:😏mantap']) expect(isSymbolFeature(f)).toBe(false);
  });

  it('can be scaled as a group by a test instead of a prefix', () => {
    const vocab = Vocabulary.build([new Set(['w:🙄', 'w:ayo']), new Set(['w:🙄', 'n:🙄'])], { minDf: 1, maxFeatures: 100 });
    const scaled = vocab.scaled(isSymbolFeature, 0.5);
    vocab.features.forEach((f, i) => expect(scaled.idf[i]).toBeCloseTo(isSymbolFeature(f) ? vocab.idf[i] * 0.5 : vocab.idf[i], 6));
  });
});
