// Marks evidence phrases and candidate mentions in a post's text. Evidence comes from normalized
// tokens, so a phrase matches case-insensitively at a word start, words separated by any spacing or
// punctuation, and may continue into a longer word (an affixed form of the same stem).
import { esc } from './html.js';

export interface Mark {
  text: string;
  kind: 'evidence' | 'mention';
  title: string;
}

function pattern(phrase: string): RegExp | undefined {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}[\\p{L}]*`, 'giu');
}

export function highlight(text: string, marks: Mark[]): string {
  const ranges: { start: number; end: number; mark: Mark }[] = [];
  // A phrase is searched once: a post naming a candidate 1,000 times has 1,000 equal mentions, and
  // searching each would cost mentions × matches (the first mark of a phrase gives the title).
  const seen = new Set<string>();
  for (const mark of marks) {
    const key = mark.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const re = pattern(mark.text);
    if (!re) continue;
    for (const m of text.matchAll(re)) {
      if (m.index === undefined || m[0].length === 0) continue;
      ranges.push({ start: m.index, end: m.index + m[0].length, mark });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let pos = 0;
  for (const r of ranges) {
    if (r.start < pos) continue; // overlapping: keep the earlier, longer one
    out += esc(text.slice(pos, r.start));
    out += `<mark class="${r.mark.kind}" title="${esc(r.mark.title)}">${esc(text.slice(r.start, r.end))}</mark>`;
    pos = r.end;
  }
  return out + esc(text.slice(pos));
}
