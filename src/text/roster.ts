// Numbered lists of people: "Piket hari ini: 01 Budi, 02 Sari, 03 Andi". Their zero-padded numbers are
// places in the list, as "nomor 2 dari 3 bersaudara" is a place in a row, not ballot numbers (a padded
// number is read as one without a cue: "01 menang"). Lists of candidates stay ballot numbers: "01 Anies,
// 02 Prabowo", "01 fokus pangan, 02 makan siang gratis".
import { BALLOT_CUES, paddedBallot } from './ballot.js';
import { NAME_TITLES } from './honorifics.js';
import type { ElectionNames } from './election-names.js';
import { isCommonGivenName } from '../elections/word-lists.js';

/** Most words one item of the list takes before the next number: "02 Bu Sari Handayani,". */
const MAX_ITEM = 4;

/** A two-character token starting with '0' ("01"…"09", or "0a"): the only tokens a roster number can be. */
const isPaddedToken = (t: string): boolean => t.length === 2 && t.charCodeAt(0) === 48;

/** Whether the words at `at` start with a person who is no candidate of `names`: a common given name, after a title or not. */
function personAt(raws: readonly string[], at: number, names: ElectionNames): boolean {
  const name = NAME_TITLES.has(raws[at]) ? raws[at + 1] : raws[at];
  return name !== undefined && isCommonGivenName(name) && !names.isConfigNameWord(name);
}

/**
 * The raw tokens with the padded numbers of a list of people as <num>: two or more padded numbers
 * counting up by one, no cue before them ("paslon 01 Budi"), each followed by a common given name that
 * names no candidate. Returns `raws` itself when there is none (nearly every post).
 */
export function markRosterNumbers(raws: string[], names: ElectionNames): string[] {
  let padded = 0;
  for (const t of raws) if (isPaddedToken(t)) padded++;
  if (padded < 2) return raws;
  let out = raws;
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= 2 && run.every((i) => personAt(raws, i + 1, names))) {
      if (out === raws) out = [...raws];
      for (const i of run) out[i] = '<num>';
    }
    run = [];
  };
  for (let i = 0; i < raws.length; i++) {
    const t = raws[i];
    const n = isPaddedToken(t) ? paddedBallot(t) : undefined;
    if (n === undefined || BALLOT_CUES.has(raws[i - 1])) continue;
    const last = run[run.length - 1];
    if (last !== undefined && !(n === (paddedBallot(raws[last]) as number) + 1 && i - last - 1 >= 1 && i - last - 1 <= MAX_ITEM)) close();
    run.push(i);
  }
  close();
  return out;
}
