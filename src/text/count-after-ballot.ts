// Whether the words after a cued ballot number make it a count, a place or an item after all ("pilih 2
// orang", "coblos satu kali", "pilih 2 dari 5", "Soal 3: pilih 1 yang paling tepat", "nomor 2 dari 3
// bersaudara"): the sink asks at each word until this says yes or no.
import { QUIZ_ANSWERS, QUIZ_WORDS, COUNT_NOUNS, NUMBER_WORDS, SPELLED_COUNT_WORDS } from './ballot.js';
import type { CuedBallot } from './cued-ballot.js';
import { contestAfter } from './contest-after-ballot.js';
import { placeAfter } from './place-after-ballot.js';
import { punctuatedApart } from './punctuated-apart.js';

/** "kali ini", "kali ni": this time, not a count ("coblos 2 kali ini pasti menang"). */
const THIS_TIME: ReadonlySet<string> = new Set(['ini', 'ni', 'iki', 'ieu']);

/**
 * Whether the words after a vote verb's number make it a count (undefined: not yet known): a counted
 * thing ("pilih 2 orang"), "coblos satu kali", a share ("pilih 2 dari 5") or, after a quiz word, the
 * answer wanted ("Soal 3: pilih 1 yang paling tepat"); after "nomor" alone, a place (place-after-ballot.ts).
 * @param after the words after the number
 * @param ended the post has ended: no more words will come
 */
export function countAfter(cued: CuedBallot, after: readonly string[], ended: boolean): boolean | undefined {
  const [next, second, third] = after;
  if (cued.cuedPlace === 'contest') return contestAfter(after, ended);
  if (cued.cuedPlace) return placeAfter(cued, after, ended);
  if (COUNT_NOUNS.has(next)) return true;
  // "coblos 1 kali saja", "coblos satu kali": once; not "coblos 2 kali ini" (this time), "coblos 2, kali ini…"
  if (next === 'kali' && second !== undefined && THIS_TIME.has(second)) return false;
  if (next === 'kali' && cued.cuedSpelled === undefined) return second === undefined ? undefined : !punctuatedApart(cued.text, cued.cuedDigits, next);
  if (cued.cuedSpelled !== undefined && SPELLED_COUNT_WORDS.has(next)) return !punctuatedApart(cued.text, cued.cuedSpelled, next);
  if (next === 'dari') return second === undefined ? undefined : second === '<num>' || NUMBER_WORDS.has(second);
  const contest = contestAfter(after, ended);
  if (contest !== false) return contest;
  if (next !== 'yang' || !cued.words.slice(0, cued.cuedWord).some((w) => QUIZ_WORDS.has(w))) return false;
  const answer = second === 'paling' ? third : second;
  return answer === undefined ? undefined : QUIZ_ANSWERS.has(answer);
}
