// The queue row's excerpt of a post: at most 90 user-perceived characters, cut between graphemes (a
// flag, a ZWJ family emoji or a letter with its accents stays whole). A long post (a Facebook post
// opens with greetings) shows the words around its first candidate mention, or else its top evidence
// with a word (an emoji only when no phrase has one), after an ellipsis, when that lies past the start:
// what the reviewer needs to sort the row by.
import { WrittenFinder } from '../../explain/written.js';
import { isSymbolsOnly } from '../../explain/evidence-order.js';
import type { TextRange } from '../../explain/text-range.js';
import type { Item } from '../store/index.js';

const GRAPHEMES = new Intl.Segmenter('id', { granularity: 'grapheme' });
const SNIPPET_CHARS = 90;
/** How much of a long post is searched for the mention (a string's code units). */
const SEARCHED_CHARS = 3000;
/** Characters of lead-in shown before the mention, so it reads in its sentence. */
const LEAD = 30;

export function snippet(item: Pick<Item, 'text' | 'mentions' | 'evidence'> & { text: string }): string {
  const { text } = item;
  const headEnd = graphemesEnd(text, 0);
  if (headEnd === undefined) return text;
  // Found only for a post longer than the excerpt: most rows never search.
  const focus = focusOf(item);
  if (!focus || focus.end <= headEnd) return `${text.slice(0, headEnd)}…`;
  // A little before the focus, earlier near the end so the excerpt is full (90 code units hold at most
  // 90 characters), then on to a word start, or else to the start of the character it falls in.
  let from = Math.min(focus.start - LEAD, text.length - SNIPPET_CHARS);
  const wordStart = /\s/.test(text[from - 1]) ? -1 : text.slice(from, focus.start).search(/\s\S/);
  if (wordStart >= 0) from += wordStart + 1;
  else {
    const within = GRAPHEMES.segment(text).containing(from);
    if (within && within.index < from) from = within.index + within.segment.length;
  }
  if (from <= 0) return `${text.slice(0, headEnd)}…`;
  const end = graphemesEnd(text, from);
  return `…${text.slice(from, end)}${end === undefined ? '' : '…'}`;
}

/**
 * Where the 90th character from `from` (a character's start) ends, or undefined when the text ends
 * first. Iterates no further: segmenting a whole 12,000-character post took over a second.
 */
function graphemesEnd(text: string, from: number): number | undefined {
  let n = 0;
  for (const g of GRAPHEMES.segment(text.slice(from))) {
    if (n === SNIPPET_CHARS) return from + g.index;
    n++;
  }
  return undefined;
}

/** Where the post's start first writes a candidate mention, else its heaviest evidence with a word (else its heaviest); undefined when neither is found. */
function focusOf({ text, mentions, evidence }: Pick<Item, 'mentions' | 'evidence'> & { text: string }): TextRange | undefined {
  // A page lists 50 rows, and finding phrases in a 12,000-character post takes ~13 ms: only its start is searched.
  const finder = new WrittenFinder(text.slice(0, SEARCHED_CHARS));
  let first: TextRange | undefined;
  for (const phrase of new Set(mentions.map((m) => m.text))) {
    const [place] = finder.find(phrase);
    if (place && (!first || place.start < first.start)) first = place;
  }
  if (first) return first;
  // A phrase with a word before any emoji or "!" (evidence-order.ts): the words say what the post does.
  const heaviest = (es: Item['evidence']) => es.reduce<Item['evidence'][number] | undefined>((best, e) => (!best || e.weight > best.weight ? e : best), undefined);
  const top = heaviest(evidence.filter((e) => !isSymbolsOnly(e.text))) ?? heaviest(evidence);
  return top ? finder.find(top.text)[0] : undefined;
}
