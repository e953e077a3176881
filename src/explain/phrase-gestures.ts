// A gesture in an evidence phrase, read ("salam 2 jari") or shown (✌️), as the token normalization makes
// of it: phrases are matched as tokens and as patterns, and both need the gesture as one word.
import { GESTURE_EMOJI, gestureNumber, gestureReadingsToTokens, gestureToken } from '../text/gestures.js';

/** A gesture's emoji in a phrase, with or without its variation selector (evidence shows it with). */
const GESTURE_SIGNS = new RegExp(`(?:${[...GESTURE_EMOJI.keys()].join('|')})\uFE0F?`, 'gu');
export const isGesture = (word: string): boolean => gestureNumber(word) !== undefined;

/** A lowercased phrase with each gesture, read ("salam 2 jari") or shown (✌️), as its token. */
export function gestureTokens(phrase: string): string {
  return gestureReadingsToTokens(phrase).replace(GESTURE_SIGNS, (sign) => ` ${gestureToken(GESTURE_EMOJI.get(sign.replace(/\uFE0F/g, ''))!)} `);
}
