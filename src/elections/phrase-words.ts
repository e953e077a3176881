// A config's words as posts read them (normalized, like a post's tokens), and the context they need
// to count (see Context): ordinary words, affixed forms of them, everyday phrases and common given
// names are what anyone writes.
import { normalize } from '../text/normalize.js';
import { defaultElectionNames, type ElectionNames } from '../text/election-names.js';
import { isEverydayWord, isKnownWord } from '../text/lexicon.js';
import { isStopword } from '../text/stopwords.js';
import { stem } from '../text/stem.js';
import { ambiguousAcronyms, everydayPhrases, isCommonGivenName } from './word-lists.js';
import type { Context } from './mention-context.js';
import type { MentionKind } from './mention-types.js';

/** The words posts are compared with for a config phrase (no placeholders, no #tags), read with `names` as posts are. */
export function phraseWords(text: string, names: ElectionNames = defaultElectionNames()): string[] {
  return normalize(text, names).tokens.filter((t) => !t.startsWith('<') && !t.startsWith('#'));
}

/** Whether a config slogan or hashtag (with or without '#') reads as everyday language: it counts only beside another mention. */
export function isEverydayPhrase(text: string, hashtag = false, names: ElectionNames = defaultElectionNames()): boolean {
  return everydayPhrases().has(phraseWords(hashtag ? `#${text.replace(/^#/, '')}` : text, names).join(' '));
}

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
