// Whether a full stop after a word is the word's own (an abbreviation: "Lt. 02", "Tgl. 02", "Km. 02",
// "SK. 3") or may end a sentence ("habis rapat. 02 menang"). Token-sink reads it for the word before a
// padded number.
import { isKnownWord } from './lexicon.js';
import { stem } from './stem.js';

/** Shorter words are abbreviations or acronyms when a full stop follows them ("Lt.", "Kav.", "SK."), not sentence ends. */
const MIN_WORD_LENGTH = 4;

/**
 * A word that a full stop after may end the sentence of: a word of the lexicon, or an affixed form of
 * one ("rapat", "bidang", "ruangan"), of four letters or more. Others are abbreviations ("tgl", "pkl",
 * "km") or acronyms ("sppd", "dipa"), whose full stop is part of the word.
 */
export function fullStopMayEndSentence(word: string): boolean {
  return word.length >= MIN_WORD_LENGTH && (isKnownWord(word) || isKnownWord(stem(word)));
}
