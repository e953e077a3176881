// Aliases a config writes as acronyms, and how posts read them: one that is no word ("RK", and a short
// form with no vowel, "Jkw") counts alone in any case; one that is also a word ("AMIN", "GAMA") only
// where a post writes it in capitals. Apart from phrase-words.ts, which reads config words as posts are
// read (normalize), so that the election names normalize reads posts with can ask it too.
import { isKnownWord } from '../text/lexicon.js';
import { isStopword } from '../text/stopwords.js';
import { ambiguousAcronyms, isAcronym, isVowellessShortForm } from './word-lists.js';
import type { MentionKind } from './mention-types.js';

/**
 * Whether config words of `kind` are an acronym that counts alone however short ("PKB", "PAN", "RK",
 * and a short form with no vowel, "Jkw"): a party's, or an alias's unless it is also a word ("AMIN").
 * Matched word for word ("PPP" is not "p").
 */
export function isCountedAcronym(text: string, kind: MentionKind, words: readonly string[]): boolean {
  const single = words.length === 1 ? words[0] : undefined;
  return single !== undefined && (isAcronym(text) || isVowellessShortForm(text)) && (kind === 'party' || (kind === 'alias' && !isKnownWord(single) && !isStopword(single)));
}

/**
 * The word of an alias the config writes in capitals that is also a word ("AMIN", "GAMA"; not one that
 * stands for something else, "PKB"): it counts alone where a post writes it in capitals too (see
 * Phrase.capitals); undefined for any other config words.
 */
export function capitalsAlias(text: string, kind: MentionKind, words: readonly string[], ambiguous: ReadonlySet<string> = ambiguousAcronyms()): string | undefined {
  const single = words.length === 1 ? words[0] : undefined;
  if (single === undefined || kind !== 'alias' || !isAcronym(text) || isCountedAcronym(text, kind, words)) return undefined;
  return ambiguous.has(single) ? undefined : single;
}
