// The queue row's excerpt of a post: at most 90 user-perceived characters, cut between graphemes (a
// flag, a ZWJ family emoji or a letter with its accents stays whole). A long post (a Facebook post
// opens with greetings) shows the words around its first candidate mention, or else its top evidence,
// after an ellipsis, when that lies past the start: what the reviewer needs to sort the row by.
import { WrittenFinder } from '../../explain/written.js';
import type { TextRange } from '../../explain/text-range.js';
import type { Item } from '../store/index.js';

const GRAPHEMES = new Intl.Segmenter('id', { granularity: 'grapheme' });
const SNIPPET_CHARS = 90;
/** Characters of lead-in shown before the mention, so it reads in its sentence. */
const LEAD = 30;

export function snippet(item: Pick<Item, 'text' | 'mentions' | 'evidence'> & { text: string }): string {
  const { text } = item;
  const starts = [...GRAPHEMES.segment(text)].map((g) => g.index);
  if (starts.length <= SNIPPET_CHARS) return text;
  const headEnd = starts[SNIPPET_CHARS];
  // Found only for a post longer than the excerpt: most rows never search.
  const focus = focusOf(item);
  if (!focus || focus.end <= headEnd) return `${text.slice(0, headEnd)}…`;
  // A little before the focus, earlier near the end so the excerpt is full, then on to a word start.
  let from = Math.min(focus.start - LEAD, starts[starts.length - SNIPPET_CHARS]);
  const wordStart = /\s/.test(text[from - 1]) ? -1 : text.slice(from, focus.start).search(/\s\S/);
  if (wordStart >= 0) from += wordStart + 1;
  const first = starts.findIndex((s) => s >= from);
  if (first <= 0) return `${text.slice(0, headEnd)}…`;
  const end = starts[first + SNIPPET_CHARS];
  return `…${text.slice(starts[first], end)}${end === undefined ? '' : '…'}`;
}

/** Where the post first writes a candidate mention, else its heaviest evidence; undefined when neither is found. */
function focusOf({ text, mentions, evidence }: Pick<Item, 'mentions' | 'evidence'> & { text: string }): TextRange | undefined {
  const finder = new WrittenFinder(text);
  let first: TextRange | undefined;
  for (const phrase of new Set(mentions.map((m) => m.text))) {
    const [place] = finder.find(phrase);
    if (place && (!first || place.start < first.start)) first = place;
  }
  if (first) return first;
  const top = evidence.reduce<Item['evidence'][number] | undefined>((best, e) => (!best || e.weight > best.weight ? e : best), undefined);
  return top ? finder.find(top.text)[0] : undefined;
}
