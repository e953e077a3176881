// How a long post's score is combined from its parts: the whole post's, unless one part alone is
// riskier — then that part's. A reviewer reads a partisan paragraph as partisan whatever surrounds
// it; the whole post still counts, so a post whose signal is spread over its paragraphs keeps it.
import { NETRAL_INDEX } from '../data/labels.js';
import type { TextRange } from '../explain/text-range.js';

/** The part of a post a score was taken from, and that score. */
export interface Chosen<T> {
  scored: T;
  /** The part scored; undefined for the whole post. */
  part: TextRange | undefined;
}

const risk = (probs: ArrayLike<number>): number => 1 - probs[NETRAL_INDEX];

/** Whether a part's probabilities `a` replace `b`: only when strictly riskier (the whole post wins ties). */
export const riskier = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => risk(a) > risk(b);

/**
 * The whole post's score (`whole`), or the riskiest of its `parts`' (partsToScore) when riskier:
 * `assess` scores the text of one part.
 */
export function strongestPart<T extends { probs: ArrayLike<number> }>(text: string, whole: T, assess: (part: string) => T, parts: readonly TextRange[]): Chosen<T> {
  let chosen: Chosen<T> = { scored: whole, part: undefined };
  for (const part of parts) {
    const scored = assess(text.slice(part.start, part.end));
    if (riskier(scored.probs, chosen.scored.probs)) chosen = { scored, part };
  }
  return chosen;
}
