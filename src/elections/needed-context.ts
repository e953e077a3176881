// The context config words need to count (see Context): ordinary words, affixed forms of them, everyday
// phrases and common given names are what anyone writes. Apart from phrase-words.ts, which reads config
// words as posts are read (normalize), so that the election names normalize reads posts with can ask it too.
import { isEverydayWord, isKnownWord } from '../text/lexicon.js';
import { isStopword } from '../text/stopwords.js';
import { stem } from '../text/stem.js';
import { ambiguousAcronyms, everydayPhrases, isCommonGivenName } from './word-lists.js';
import type { Context } from './mention-context.js';
import type { MentionKind } from './mention-types.js';

/** A word anyone writes: short, a stopword or a word of the lexicon posts write bare ("ganjar"; not "luluk": isEverydayWord). */
export function isCommonWord(word: string): boolean {
  return word.length < 4 || isEverydayWord(word) || isStopword(word);
}

/** An affixed form of a known root: "berkarya" (karya). */
export function isAffixedWord(word: string): boolean {
  const root = stem(word);
  return root !== word && isKnownWord(root);
}

/**
 * The context config words of `kind` need to count (see Context). Words anyone writes need it:
 * everyday phrases ("Indonesia maju" is also the cabinet's name, which civil servants write about
 * every day), common given names used as aliases, single common words, and a party named like an
 * affixed word ("berkarya"). An acronym counts alone unless it also stands for something else.
 */
export function neededContext(words: readonly string[], kind: MentionKind, acronym: boolean, ambiguous: ReadonlySet<string> = ambiguousAcronyms()): Context {
  const single = words.length === 1 ? words[0] : undefined;
  return everydayPhrases().has(words.join(' '))
    ? 'post'
    : single !== undefined && kind === 'alias' && isCommonGivenName(single)
      ? 'role'
      : single !== undefined && (acronym ? ambiguous.has(single) : isCommonWord(single) || (kind === 'party' && isAffixedWord(single)))
        ? 'title'
        : 'none';
}
