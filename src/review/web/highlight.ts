// Marks evidence phrases and candidate mentions in a post's text. Evidence comes from normalized
// tokens, so a phrase matches case-insensitively at a word start, words separated by any spacing or
// punctuation, and may continue into a longer word (an affixed form of the same stem); punctuation
// and emoji tokens ("!", ✌️) are marked wherever written, right after a word too. A gesture ("salam
// 2 jari" or ✌️) is marked wherever normalization reads one, as a whole: "Salam dua jari", "dua jari"
// before an emoji, the emoji. A phrase found nowhere that way is looked for once more among the
// post's words as normalization reads them one by one, so "c0bl0s", "jgn" and "02" are marked for
// "coblos", "jangan" and "nomor 2".
import { esc, escShowingControls } from './html.js';
import { normalize } from '../../text/normalize.js';
import { escapeRegExp } from '../../util/escape-regexp.js';
import { PLACEHOLDER_READING } from '../../explain/readable-token.js';
import { ballotReadingsToTokens } from '../../text/ballot.js';
import { GESTURE_EMOJI, gestureNumber, gestureReadingsToTokens, gestureToken, writtenGesture } from '../../text/gestures.js';

export interface Mark {
  text: string;
  kind: 'evidence' | 'mention';
  title: string;
}

/** A phrase's word as a regex source: a gesture token as every way the gesture is written. */
function wordSource(word: string): string {
  const gesture = gestureNumber(word);
  if (gesture !== undefined) return `(?:${writtenGesture(gesture)})`;
  // A ballot number is also written with leading zeros ("nomor 02"), which normalization reads alike.
  return /^\d+$/.test(word) ? `0*${word}(?!\\p{N})` : escapeRegExp(word);
}

function pattern(phrase: string): RegExp | undefined {
  const words = gestureTokens(phrase.toLowerCase()).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  // Only a word starts at a word start and goes on into a longer word. Punctuation or an emoji is a token
  // of its own, written right after a word ("Februari!", "ya✌️"), and is marked alone; so is a gesture
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

interface NormalizedWord {
  start: number;
  end: number;
  tokens: string[];
}

/** Each whitespace-separated word of the text with the tokens normalization makes of it alone. */
function normalizedWords(text: string): NormalizedWord[] {
  const out: NormalizedWord[] = [];
  // Punctuation around a word ("02!", "(02)") is left out of it: a token of its own, it would keep the
  // word from matching a phrase without it ("nomor 2"), and is not part of the mention.
  for (const m of text.matchAll(/[\p{L}\p{N}][^\s]*[\p{L}\p{N}]|[\p{L}\p{N}]|\S+/gu)) out.push({ start: m.index, end: m.index + m[0].length, tokens: normalize(m[0]).tokens.filter((t) => t[0] !== '#') });
  return out;
}

/** Evidence's bracketed words back to the placeholders they stand for ("[angka]" → "<num>"). */
const PLACEHOLDER_OF_READING = new Map(Object.entries(PLACEHOLDER_READING).map(([token, reading]) => [reading, token]));

/** A gesture's emoji in a phrase, with or without its variation selector (evidence shows it with). */
const GESTURE_SIGNS = new RegExp(`(?:${[...GESTURE_EMOJI.keys()].join('|')})\uFE0F?`, 'gu');
const isGesture = (word: string): boolean => gestureNumber(word) !== undefined;

/** A lowercased phrase with each gesture, read ("salam 2 jari") or shown (✌️), as its token. */
function gestureTokens(phrase: string): string {
  return gestureReadingsToTokens(phrase).replace(GESTURE_SIGNS, (sign) => ` ${gestureToken(GESTURE_EMOJI.get(sign.replace(/\uFE0F/g, ''))!)} `);
}

/**
 * A phrase as tokens: the readable forms evidence shows (src/explain/readable-token.ts) and a number
 * or gesture mention's words ("nomor 2", "salam 2 jari") back to the tokens they stand for.
 */
function phraseTokens(phrase: string): string[] {
  return gestureTokens(ballotReadingsToTokens(phrase.toLowerCase()))
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => PLACEHOLDER_OF_READING.get(word) ?? word);
}

/** Runs of consecutive words whose tokens, together, are exactly the phrase's. */
function normalizedMatches(text: string, phrase: string, words: NormalizedWord[]): { start: number; end: number }[] {
  const want = phraseTokens(phrase).join(' ');
  if (!want) return [];
  const out: { start: number; end: number }[] = [];
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

export function highlight(text: string, marks: Mark[]): string {
  const ranges: { start: number; end: number; mark: Mark }[] = [];
  // A phrase is searched once: a post naming a candidate 1,000 times has 1,000 equal mentions, and
  // searching each would cost mentions × matches (the first mark of a phrase gives the title).
  const seen = new Set<string>();
  let words: NormalizedWord[] | undefined; // the fallback's view of the text, built on first need
  for (const mark of marks) {
    const key = `${mark.kind}:${mark.text.toLowerCase()}`; // a mention is marked also where evidence has the same phrase
    if (seen.has(key)) continue;
    seen.add(key);
    const re = pattern(mark.text);
    if (!re) continue;
    const before = ranges.length;
    for (const m of text.matchAll(re)) {
      if (m.index === undefined || m[0].length === 0) continue;
      ranges.push({ start: m.index, end: m.index + m[0].length, mark });
    }
    if (ranges.length === before) for (const r of normalizedMatches(text, mark.text, (words ??= normalizedWords(text)))) ranges.push({ ...r, mark });
  }
  // Each kind keeps its earlier, longer ones where they overlap; a mention inside evidence ("nomor 2" in
  // "coblos nomor 2") is marked within it, so the candidate referred to still shows blue.
  const evidence = nonOverlapping(ranges.filter((r) => r.mark.kind === 'evidence'));
  const mentions = nonOverlapping(ranges.filter((r) => r.mark.kind === 'mention'));
  const cuts = [...new Set([0, text.length, ...[...evidence, ...mentions].flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  // Each piece between two boundaries is marked by the evidence and the mention it lies in (closed at
  // its end): a mention inside evidence splits that evidence's mark in two around it.
  let out = '';
  const at = (list: Range[], pos: number) => list.find((r) => r.start <= pos && pos < r.end);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const ev = at(evidence, from);
    const mn = at(mentions, from);
    const piece = escShowingControls(text.slice(from, to));
    const inner = mn ? `${markOpen(mn)}${piece}</mark>` : piece;
    out += ev ? `${markOpen(ev)}${inner}</mark>` : inner;
  }
  return out;
}

type Range = { start: number; end: number; mark: Mark };
const markOpen = (r: Range): string => `<mark class="${r.mark.kind}" title="${esc(r.mark.title)}">`;

/** The ranges by start, an overlapping one left out for the earlier, longer one. */
function nonOverlapping(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of ranges) if (!out.length || r.start >= out[out.length - 1].end) out.push(r);
  return out;
}
