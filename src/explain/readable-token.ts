// How a normalized token reads in evidence. Normalization replaces what it does not keep with
// placeholders; a reviewer reads "[angka] periode" and ✌️, not "<num> periode" and "<gesture:2>".
// Mapped here, for the few tokens of the phrases shown, not in mention detection for every token of
// every post. Mentions need no mapping: their words ("nomor 2", "salam 2 jari", "@handle") never start with "<".
import { ballotReading } from '../text/ballot.js';
import { GESTURE_SIGN, gestureNumber } from '../text/gestures.js';


/** What a reviewer reads for a placeholder that is no mention (normalization dropped the original). */
export const PLACEHOLDER_READING: Readonly<Record<string, string>> = {
  '<num>': '[angka]',
  '<date>': '[tanggal]',
  '<time>': '[jam]',
  '<url>': '[tautan]',
  '<user>': '[akun]',
  '<email>': '[email]',
};

/**
 * A gesture that is no mention as its emoji, a ballot number of no candidate as "nomor 2", other
 * placeholders as a bracketed word; any other token as it is.
 */
export function readableToken(token: string): string {
  if (token.charCodeAt(0) !== 60) return token;
  const gesture = gestureNumber(token);
  if (gesture !== undefined) return GESTURE_SIGN[gesture] || token;
  if (token.startsWith('<no:')) return ballotReading(token.slice(4, -1));
  return PLACEHOLDER_READING[token] ?? token;
}
