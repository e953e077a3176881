// The order evidence is shown in. The phrases are chosen by weight (the strongest MAX_EVIDENCE, exact
// contributions), but a reviewer reads the list for the words that say why: an emoji or a "!" that the
// model weighs heavily ("Janji paslon 01 cuma omong kosong 🙄") says how, not what. So phrases of
// symbols only come after the phrases with a word, each group strongest first; the weights are not
// touched, and a post with no word evidence shows its symbols alone.
import type { Evidence } from './evidence.js';

const HAS_WORD = /[\p{L}\p{N}]/u;

/** A phrase with no letter or digit: an emoji, "!", "?", a gesture shown as its emoji (✌️). */
export function isSymbolsOnly(text: string): boolean {
  return !HAS_WORD.test(text);
}

/** `evidence` (strongest first) with its symbol-only phrases moved after the others, in place; returned for convenience. */
export function wordsFirst(evidence: Evidence[]): Evidence[] {
  let symbols: Evidence[] | undefined;
  let kept = 0;
  for (const e of evidence) {
    if (isSymbolsOnly(e.text)) (symbols ??= []).push(e);
    else evidence[kept++] = e;
  }
  if (symbols) for (const e of symbols) evidence[kept++] = e;
  return evidence;
}
