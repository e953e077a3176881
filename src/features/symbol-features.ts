// Unigram features of tokens with no letter or digit: emoji and punctuation ("🙄", "!", "?"). They
// are frequent in every label, so when one is the rarest token of a short post it can lead the
// evidence; their IDF can be weighed down as a group (FitConfig.symbolWeight, Vocabulary.scaled).
const SYMBOL_UNIGRAM = /^[wmn]:[^\p{L}\p{N}]+$/u;

export function isSymbolFeature(feature: string): boolean {
  return SYMBOL_UNIGRAM.test(feature);
}
