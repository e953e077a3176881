// A config's words as posts read them (normalized, like a post's tokens); the context they need to
// count is needed-context.ts's.
import { normalize } from '../text/normalize.js';
import { defaultElectionNames, type ElectionNames } from '../text/election-names.js';
import { everydayPhrases } from './word-lists.js';

/** The words posts are compared with for a config phrase (no placeholders, no #tags), read with `names` as posts are. */
export function phraseWords(text: string, names: ElectionNames = defaultElectionNames()): string[] {
  return normalize(text, names).tokens.filter((t) => !t.startsWith('<') && !t.startsWith('#'));
}

/** Whether a config slogan or hashtag (with or without '#') reads as everyday language: it counts only beside another mention. */
export function isEverydayPhrase(text: string, hashtag = false, names: ElectionNames = defaultElectionNames()): boolean {
  return everydayPhrases().has(phraseWords(hashtag ? `#${text.replace(/^#/, '')}` : text, names).join(' '));
}
