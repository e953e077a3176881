// Marks evidence phrases and candidate mentions in a post's text, where each is written (found by the
// explain stage's WrittenFinder, which the API's `written` evidence uses too: one way of matching), and
// the part of a long post the result is about (the item's `part`), around the marks inside it: the
// evidence is that part's and is marked there only; mentions are the whole post's.
import { esc, escShowingControls } from './html.js';
import { WrittenFinder } from '../../explain/written.js';
import { nonOverlapping, type TextRange } from '../../explain/text-range.js';
import { placesAsRead, readMentions } from '../../explain/mention-places.js';
import { defaultMentionIndex } from '../../elections/default-index.js';

export interface Mark {
  text: string;
  kind: 'evidence' | 'mention';
  title: string;
}

/** The scored part's mark: its name is read out, its visible label is the stylesheet's (review.css). */
const PART_OPEN = '<mark class="part" id="scored-part" role="group" aria-label="Bagian yang dinilai">';

/**
 * `part`: the stretch of `text` the item's result is about, marked around the marks in it; none if it does not fit.
 * `election`: the item's, whose mentions it lists (which of a word's places are its mention: mention-places.ts).
 */
export function highlight(text: string, marks: Mark[], part?: TextRange, election?: string): string {
  const scored = part && 0 <= part.start && part.start < part.end && part.end <= text.length ? part : undefined;
  const ranges: { start: number; end: number; mark: Mark }[] = [];
  // A phrase is searched once: a post naming a candidate 1,000 times has 1,000 equal mentions, and
  // searching each would cost mentions × matches (the first mark of a phrase gives the title).
  const seen = new Set<string>();
  const finder = new WrittenFinder(text);
  // A part's result has that part's evidence: marked inside it only, as the API's `written` places it.
  const evidenceFinder = scored ? new WrittenFinder(text, undefined, scored) : finder;
  for (const mark of marks) {
    const key = `${mark.kind}:${mark.text.toLowerCase()}`; // a mention is marked also where evidence has the same phrase
    if (seen.has(key)) continue;
    seen.add(key);
    const found = (mark.kind === 'evidence' ? evidenceFinder : finder).find(mark.text);
    for (const r of mark.kind === 'mention' ? placesAsRead(text, mark.text, found, () => readMentions(text, defaultMentionIndex(election)), true) : found) ranges.push({ ...r, mark });
  }
  // Each kind keeps its earlier, longer ones where they overlap; a mention inside evidence ("nomor 2" in
  // "coblos nomor 2") is marked within it, so the candidate referred to still shows blue.
  const evidence = nonOverlapping(ranges.filter((r) => r.mark.kind === 'evidence'));
  const mentions = nonOverlapping(ranges.filter((r) => r.mark.kind === 'mention'));
  const edges = scored ? [scored.start, scored.end] : [];
  const cuts = [...new Set([0, text.length, ...edges, ...[...evidence, ...mentions].flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  // Each piece between two boundaries is marked by the evidence and the mention it lies in (closed at
  // its end): a mention inside evidence splits that evidence's mark in two around it, and the scored
  // part's edges split a mark across them, so the part's mark holds whole marks only.
  let out = '';
  const at = (list: Range[], pos: number) => list.find((r) => r.start <= pos && pos < r.end);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const ev = at(evidence, from);
    const mn = at(mentions, from);
    const piece = escShowingControls(text.slice(from, to));
    const inner = mn ? `${markOpen(mn)}${piece}</mark>` : piece;
    if (from === scored?.start) out += PART_OPEN;
    out += ev ? `${markOpen(ev)}${inner}</mark>` : inner;
    if (to === scored?.end) out += '</mark>';
  }
  return out;
}

type Range = { start: number; end: number; mark: Mark };
const markOpen = (r: Range): string => `<mark class="${r.mark.kind}" title="${esc(r.mark.title)}">`;
