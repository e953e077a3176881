// A word of a post as written, with the tokens normalization makes of it: how the written finder reads a
// post word by word (normalized-words.ts), and what it asks of such a word.
import { BALLOT_CUES } from '../text/ballot.js';
import type { TextRange } from './text-range.js';

export interface NormalizedWord extends TextRange {
  tokens: string[];
  /** A number read alone as a ballot number that the words around it make a plain one ("RW 01", "nomor 3 tahun 2024"). */
  notBallot?: true;
  /** Letters typed apart read as one word ("c o b l o s"): the spaces between them, which the next letter apart must have to join it. */
  letterGap?: string;
  /** A pure cue and a number read as one ballot number ("nomor 2"): the two words, to part again where it is none. */
  parts?: [NormalizedWord, NormalizedWord];
}

/** A ballot number's token (<no:2>). */
export const isBallot = (token: string): boolean => token.startsWith('<no:');

/** A plain number's token. */
export const isNum = (token: string): boolean => token === '<num>';
/** A word read as plain numbers only: "3/2024", "2.5" (not "01/02", two ballot numbers, nor "2</b"). */
export const isPlainNumbers = (word: NormalizedWord): boolean => word.tokens.length > 0 && word.tokens.every(isNum);
export const isBareNumber = (word: NormalizedWord) => word.tokens.length === 1 && word.tokens[0] === '<num>';

export const isPureCue = (word: NormalizedWord): boolean => word.tokens.length === 1 && BALLOT_CUES.get(word.tokens[0]) === true;
export const sameReading = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((t, i) => t === b[i]);
