// An evidence phrase found among a post's words as normalization reads them ("c0bl0s", "jgn", "02" for
// "coblos", "jangan", "nomor 2"): the phrase back to tokens, then runs of words whose tokens are exactly those.
import { ballotReadingsToTokens } from '../text/ballot.js';
import { PLACEHOLDER_READING } from './readable-token.js';
import type { TextRange } from './text-range.js';
import type { NormalizedWord } from './normalized-word.js';
import { gestureTokens } from './phrase-gestures.js';

/** Evidence's bracketed words back to the placeholders they stand for ("[angka]" → "<num>"). */
const PLACEHOLDER_OF_READING = new Map(Object.entries(PLACEHOLDER_READING).map(([token, reading]) => [reading, token]));

/**
 * A phrase as tokens: the readable forms evidence shows (readable-token.ts) and a number or gesture
 * mention's words ("nomor 2", "salam 2 jari") back to the tokens they stand for.
 */
export function phraseTokens(phrase: string): string[] {
  return gestureTokens(ballotReadingsToTokens(phrase.toLowerCase()))
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => PLACEHOLDER_OF_READING.get(word) ?? word);
}

/** Runs of consecutive words whose tokens, together, are exactly the phrase's. */
export function normalizedMatches(phrase: string, words: NormalizedWord[]): TextRange[] {
  const want = phraseTokens(phrase).join(' ');
  if (!want) return [];
  const out: TextRange[] = [];
  for (let i = 0; i < words.length; i++) {
    let got = '';
    for (let j = i; j < words.length && got.length < want.length; j++) {
      if (words[j].tokens.length === 0) break;
      got = got ? `${got} ${words[j].tokens.join(' ')}` : words[j].tokens.join(' ');
      if (got === want) {
        out.push({ start: words[i].start, end: words[j].end });
        i = j;
        break;
      }
    }
  }
  return out;
}
