// The parts of a long post a reader sees one at a time: its paragraphs (lines), and, inside a very
// long paragraph, windows of whole sentences. The model was trained mostly on tweets; over a whole
// long post one partisan sentence is one of many, and TF-IDF with L2 normalization washes it out
// among greetings and prayers. Scoring each part as well lets that sentence count as it would alone.
import type { TextRange } from '../explain/text-range.js';

export interface SegmentRule {
  /**
   * Posts with fewer words than this (normalized word tokens) are scored whole only: the model learned
   * from posts of that length, so they are not diluted. Counted in words, not characters: line breaks,
   * fancy letters or a dropped tag block do not make a tweet long.
   */
  minPostWords: number;
  /** Consecutive short lines are joined until a part reaches this: a bare "Amin 🙏" is no part to judge. */
  minPartLength: number;
  /** A paragraph longer than this is cut into windows of whole sentences of about this length. */
  maxPartLength: number;
  /**
   * A shorter post is scored by its paragraphs too when a blank line parts it into two or more, each of
   * this many words or more and each but the last ending a sentence: a partisan sentence behind a
   * prayer paragraph. Absent or 0: never. Words are counted as written (a letter after no letter or digit).
   */
  minParagraphWords?: number;
}

/** Whether posts are scored part by part where they have parts (Scorer.score, evaluation, training's calibration) unless a caller says otherwise. */
export const SEGMENT_SCORING = true;

/**
 * Parts of up to 300 characters (scripts/tune.ts --segments: a 280 limit cut tweets into sentences and
 * made netral ones partisan). Posts of 50 words or more only: 99 % of the 10,310 training posts have at
 * most 44 words and 18 have 50 or more, so longer posts are where the model meets text longer than it
 * learned from. A first rule of 120 characters was level on validation but moved tweets under
 * `npm run robustness` (a caption broken over lines flipped partisan↔netral in 7.3 % of posts, fancy
 * letters — two UTF-16 units each — in 2.7 %): max over parts of a tweet is noise, not dilution.
 * Shorter posts by blank-line paragraphs of 10 words or more (about a sentence: an 11-word attack behind
 * a greeting read 0.26 whole, 42 words) that end a sentence: robustness's `line-breaks` puts blank lines
 * at random spaces, and without the sentence end even paragraphs of 15 words flipped 0.1 % of posts.
 */
export const DEFAULT_SEGMENT_RULE: SegmentRule = { minPostWords: 50, minPartLength: 40, maxPartLength: 300, minParagraphWords: 10 };

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

/** Whether a post of these normalized tokens is long enough to be diluted: `rule.minPostWords` words or more. */
export function mayBeDiluted(tokens: readonly string[], rule: SegmentRule = DEFAULT_SEGMENT_RULE): boolean {
  if (tokens.length < rule.minPostWords) return false; // most posts: too few tokens to hold that many words, no regex run
  let words = 0;
  for (const t of tokens) if (WORD.test(t) && ++words >= rule.minPostWords) return true;
  return false;
}

const WORD = /^\p{L}/u;

/**
 * The parts of `text` to score besides the whole post, in order, as ranges of `text`; empty when the
 * post is one part only (the whole post is then that part). partsToScore asks mayBeDiluted first.
 */
export function postSegments(text: string, rule: SegmentRule = DEFAULT_SEGMENT_RULE): TextRange[] {
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

const BLANK_LINE = /\r?\n[ \t]*\r?\n/g;
const WRITTEN_WORD = /(?<![\p{L}\p{N}])\p{L}/gu;
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/u;
const NO_PARTS: readonly TextRange[] = Object.freeze([]);

/**
 * The paragraphs of a shorter post to score besides the whole post: its blank-line paragraphs when two
 * or more, each of `rule.minParagraphWords` words or more, each but the last ending a sentence; else none.
 */
export function paragraphParts(text: string, rule: SegmentRule = DEFAULT_SEGMENT_RULE): readonly TextRange[] {
  const min = rule.minParagraphWords ?? 0;
  if (min === 0 || !text.includes('\n')) return NO_PARTS; // most posts: no paragraphs to look at
  const out: TextRange[] = [];
  let from = 0;
  for (const m of [...text.matchAll(BLANK_LINE), undefined]) {
    const paragraph = trimmed(text, from, m?.index ?? text.length);
    if (m) from = m.index + m[0].length;
    if (!paragraph) continue;
    const words = text.slice(paragraph.start, paragraph.end).match(WRITTEN_WORD)?.length ?? 0;
    if (words < min) return NO_PARTS;
    out.push(paragraph);
  }
  if (out.length < 2 || out.slice(0, -1).some((p) => !ENDS_SENTENCE.test(text.slice(p.start, p.end)))) return NO_PARTS;
  return out;
}

/**
 * The parts of a post to score besides the whole post, as ranges of `text`: a long post's (postSegments),
 * a shorter one's blank-line paragraphs (paragraphParts); none for most posts.
 * @param tokens the post's normalized tokens (its length is counted on them)
 */
export function partsToScore(text: string, tokens: readonly string[], rule: SegmentRule = DEFAULT_SEGMENT_RULE): readonly TextRange[] {
  return mayBeDiluted(tokens, rule) ? postSegments(text, rule) : paragraphParts(text, rule);
}
