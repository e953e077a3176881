// Which places of a one-word mention are the mention. WrittenFinder finds a word wherever the post
// writes it, case aside; but an alias the config writes in capitals that is also a word counts alone
// only where the post writes it in capitals ("Dukung AMIN", not the prayer "amin" of the same post:
// src/text/capitals.ts), and otherwise only with context. Detection knows which of the word's tokens it
// read as the mention; the k-th token of the word is its k-th whole word in the post, as capitals.ts
// takes it.
import { normalize, type NormalizedPost } from '../text/normalize.js';
import { wholeWords } from '../text/capitals.js';
import type { Mention, MentionIndex } from '../elections/mentions.js';
import type { TextRange } from './text-range.js';

/** A post as read for mentions: its tokens and the mentions detection read in them. */
export interface MentionReading {
  post: NormalizedPost;
  mentions: readonly Mention[];
}

/** Reads `text` for mentions with `index` (a scorer has the reading already: its prepared post). */
export function readMentions(text: string, index: MentionIndex): MentionReading {
  const post = normalize(text, index.names);
  return { post, mentions: index.detect(post).mentions };
}

/**
 * The places of `word` in `text` that detection did not read as its mention (none when every place is
 * one): by token order when the post writes the word as many times as it has tokens of it, else, when
 * only places in capitals were read as the mention, every place not in capitals.
 */
export function notMentionPlaces(text: string, reading: MentionReading, word: string): TextRange[] {
  const { post, mentions } = reading;
  const occurrences: number[] = [];
  for (let i = 0; i < post.tokens.length; i++) if (post.tokens[i] === word) occurrences.push(i);
  const read = new Set(mentions.filter((m) => m.end === m.start + 1 && post.tokens[m.start] === word).map((m) => m.start));
  // every token of it read as the mention, or none (a mention spelt otherwise, "prabowoo"): no place to leave out
  if (read.size === 0 || read.size === occurrences.length) return [];
  const written = wholeWords(text, word).map((m) => ({ start: m.index, end: m.index + m[0].length, capitals: m[0] === word.toUpperCase() }));
  if (written.length === occurrences.length) return written.filter((_, k) => !read.has(occurrences[k]));
  const capitalsOnly = [...read].every((i) => post.writtenInCapitals(i));
  return capitalsOnly ? written.filter((w) => !w.capitals) : [];
}

const ONE_WORD = /^\p{L}+$/u;

/**
 * Of `found`, the places of a one-word phrase that are (`mention`) or are not (the word as a word) its
 * mention: a word the post writes both in capitals and otherwise may be a mention in capitals only
 * ("Dukung AMIN", not the prayer "amin" beside it). Detection is asked which only then (it reads the
 * whole post again, or a scorer gives its reading: `reading` is asked only then); elsewhere every place found is kept.
 */
export function placesAsRead(text: string, word: string, found: TextRange[], reading: () => MentionReading, mention: boolean): TextRange[] {
  if (!ONE_WORD.test(word)) return found;
  const upper = word.toUpperCase();
  const inCapitals = found.filter((r) => text.slice(r.start, r.end) === upper).length;
  if (inCapitals === 0 || inCapitals === found.length) return found;
  const not = notMentionPlaces(text, reading(), word.toLowerCase());
  if (not.length === 0) return found;
  const isNot = (r: TextRange) => not.some((n) => n.start < r.end && r.start < n.end);
  return found.filter((r) => isNot(r) !== mention);
}
