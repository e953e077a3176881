// A ballot verb before a ballot number ("Tusuk nomor 1") is read "coblos", as normalization reads the two.
import { OTHER_BALLOT_VERBS } from '../text/ballot.js';
import { isBallot, type NormalizedWord } from './normalized-word.js';
import type { WordReader } from './word-reader.js';

/**
 * A ballot verb before the ballot number just read ("Tusuk nomor 1", "contreng no 1") as normalization
 * reads the two together: "coblos". Read alone, the verb is itself, and evidence "coblos" was found nowhere.
 */
export function verbBeforeBallot(text: string, out: NormalizedWord[], reader: WordReader): void {
  const number = out[out.length - 1];
  if (!isBallot(number.tokens[0] ?? '')) return;
  let at = out.length - 2;
  // punctuation between ("nusuk, nomor 1") is no word: normalization still reads the verb with the number
  while (at >= 0 && out[at].tokens.length === 0) at--;
  const verb = out[at];
  if (!verb || verb.tokens.length !== 1 || !OTHER_BALLOT_VERBS.has(verb.tokens[0])) return;
  if (reader.tokens(text.slice(verb.start, number.end))[0] === 'coblos') out[at] = { ...verb, tokens: ['coblos'] };
}
