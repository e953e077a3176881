// The parts of a long post a reader sees one at a time: its paragraphs (lines), and, inside a very
// long paragraph, windows of whole sentences. The model was trained mostly on tweets; over a whole
// long post one partisan sentence is one of many, and TF-IDF with L2 normalization washes it out
// among greetings and prayers. Scoring each part as well lets that sentence count as it would alone.
import type { TextRange } from '../explain/text-range.js';

export interface SegmentRule {
  /** Posts shorter than this (UTF-16 units) are scored whole only: they are not diluted. */
  minPostLength: number;
  /** Consecutive short lines are joined until a part reaches this: a bare "Amin 🙏" is no part to judge. */
  minPartLength: number;
  /** A paragraph longer than this is cut into windows of whole sentences of about this length. */
  maxPartLength: number;
}

/** Whether long posts are scored part by part (Scorer.score, evaluation) unless a caller says otherwise. */
export const SEGMENT_SCORING = true;

/**
 * Chosen with scripts/tune.ts --segments (README, "Long posts"): parts of up to 300 characters leave
 * tweet-length posts whole (a 280 limit cut tweets into sentences and made netral ones partisan); the
 * validation views cannot tell 120 from 200 characters, and a partisan sentence is already washed out
 * behind one everyday paragraph in posts of under 200.
 */
export const DEFAULT_SEGMENT_RULE: SegmentRule = { minPostLength: 120, minPartLength: 40, maxPartLength: 300 };

const LINE = /[^\r\n]+/g;
// A sentence: up to and including its end marks (and a closing quote or bracket), or the rest of the text.
const SENTENCE = /[^.!?…]*(?:[.!?…]+["'”’)\]]*|$)/g;

/** `[start, end)` of `text` without the whitespace at its ends; undefined when nothing is left. */
function trimmed(text: string, start: number, end: number): TextRange | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : undefined;
}

/** Windows of whole sentences of `range`, each up to `max` long unless one sentence alone is longer. */
function sentenceWindows(text: string, range: TextRange, max: number): TextRange[] {
  const out: TextRange[] = [];
  let window: TextRange | undefined;
  SENTENCE.lastIndex = 0;
  const body = text.slice(range.start, range.end);
  for (let m = SENTENCE.exec(body); m !== null && m[0].length > 0; m = SENTENCE.exec(body)) {
    const sentence = trimmed(text, range.start + m.index, range.start + m.index + m[0].length);
    if (!sentence) continue;
    if (window && sentence.end - window.start <= max) window.end = sentence.end;
    else {
      if (window) out.push(window);
      window = { ...sentence };
    }
  }
  if (window) out.push(window);
  return out;
}

/** Whether `text` is long enough to have parts at all (postSegments finds none in shorter ones). */
export function mayBeDiluted(text: string, rule: SegmentRule = DEFAULT_SEGMENT_RULE): boolean {
  return text.length >= rule.minPostLength;
}

/**
 * The parts of `text` to score besides the whole post, in order, as ranges of `text`; empty when the
 * post is too short to be diluted or is one part only (the whole post is then that part).
 */
export function postSegments(text: string, rule: SegmentRule = DEFAULT_SEGMENT_RULE): TextRange[] {
  if (!mayBeDiluted(text, rule)) return [];
  const parts: TextRange[] = [];
  let pending: TextRange | undefined; // short lines waiting to reach minPartLength
  for (const m of text.matchAll(LINE)) {
    const line = trimmed(text, m.index, m.index + m[0].length);
    if (!line) continue;
    if (pending) pending.end = line.end;
    else pending = line;
    if (pending.end - pending.start < rule.minPartLength) continue;
    if (pending.end - pending.start > rule.maxPartLength) parts.push(...sentenceWindows(text, pending, rule.maxPartLength));
    else parts.push(pending);
    pending = undefined;
  }
  if (pending) {
    // A short last line joins the part before it, rather than being judged alone.
    const last = parts[parts.length - 1];
    if (last && pending.start >= last.end) last.end = pending.end;
    else parts.push(pending);
  }
  return parts.length > 1 ? parts : [];
}
