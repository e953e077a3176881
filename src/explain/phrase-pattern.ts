// An evidence phrase as a pattern over the post as written: case-insensitively at a word start, words
// separated by any spacing or punctuation, and may continue into a longer word (an affixed form of the
// same stem); punctuation and emoji tokens are found wherever written, a gesture as every way it is written.
import { BoundedCache } from '../text/lru.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { gestureNumber, writtenGesture } from '../text/gestures.js';
import { gestureTokens, isGesture } from './phrase-gestures.js';

/** A phrase's word as a regex source: a gesture token as every way the gesture is written. */
function wordSource(word: string): string {
  const gesture = gestureNumber(word);
  if (gesture !== undefined) return `(?:${writtenGesture(gesture)})`;
  // A ballot number is also written with leading zeros ("nomor 02"), which normalization reads alike.
  return /^\d+$/.test(word) ? `0*${word}(?!\\p{N})` : escapeRegExp(word);
}

/** Patterns by phrase (null: none): evidence repeats the same few phrases over a feed, and building one costs more than using it. */
const patterns = new BoundedCache<string, RegExp | null>(4096);

export function pattern(phrase: string): RegExp | undefined {
  let re = patterns.get(phrase);
  if (re === undefined) {
    re = buildPattern(phrase) ?? null;
    patterns.set(phrase, re);
  }
  return re ?? undefined;
}

function buildPattern(phrase: string): RegExp | undefined {
  const words = gestureTokens(phrase.toLowerCase()).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  // Only a word starts at a word start and goes on into a longer word. Punctuation or an emoji is a token
  // of its own, written right after a word ("Februari!", "ya✌️"), and is found alone; so is a gesture
  // ("✌✌", "ya✌️"), which brings its own word bounds.
  const wordy = (w: string) => !isGesture(w) && /[\p{L}\p{N}]/u.test(w);
  const start = wordy(words[0]) && /^[\p{L}\p{N}]/u.test(words[0]) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = wordy(words[words.length - 1]) && /[\p{L}\p{N}]$/u.test(words[words.length - 1]) ? '[\\p{L}]*' : '';
  let source = wordSource(words[0]);
  for (let i = 1; i < words.length; i++) {
    const gap = isGesture(words[i - 1]) || isGesture(words[i]) ? '[^\\p{L}\\p{N}]*?' : '[^\\p{L}\\p{N}]+';
    source += gap + wordSource(words[i]);
  }
  return new RegExp(`${start}${source}${end}`, 'giu');
}
