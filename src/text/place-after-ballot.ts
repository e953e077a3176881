// The words after a number read after "nomor" alone that make it a place, an item or a rank rather than a
// ballot number: "nomor 2 dari 3 bersaudara", "yang nomor 2 cowok ya", "nomor 2 sambutan", "nomor 4 di
// dunia", "nomor 2 makan kerupuk", "malam Selasa nomor 6 sampai 10".
import { CONTEST_WORDS, NUMBER_WORDS, RANGE_END_TIMES, RANGE_WORDS, WHEN_AFTER_TIME } from './ballot.js';
import { LINE_UP_PEOPLE, POST_MEDIA, PROGRAMME_GAMES, PROGRAMME_ITEMS, RANK_SCOPES, RANK_SCOPE_WORDS, WINS, WRITER_WORDS } from './number-kinds.js';
import type { CuedBallot } from './cued-ballot.js';
import { rangeFrom, rangeUpTo } from './item-range-after-cue.js';
import { punctuatedApart } from './punctuated-apart.js';

/** Contestants after "nomor N dari M", which keep N a ballot number: "nomor 2 dari 3 paslon". */
const CONTESTANT_WORDS: ReadonlySet<string> = new Set([
  'paslon', 'pasangan', 'calon', 'kandidat', 'capres', 'cagub', 'cabup', 'cawalkot', 'cawali', 'partai', 'parpol', 'caleg', 'kontestan',
]);

/** Ends of a row a place is counted from: "warung nomor 3 dari ujung", "nomor 2 dari kiri". */
const ROW_ENDS: ReadonlySet<string> = new Set(['ujung', 'depan', 'belakang', 'kiri', 'kanan', 'atas', 'bawah', 'pojok']);

/**
 * Whether the words after a number read after "nomor" alone (cued as a row's or a person's place) make
 * it a place (undefined: not yet known).
 * @param ended the post has ended: no more words will come
 */
export function placeAfter(cued: CuedBallot, after: readonly string[], ended: boolean): boolean | undefined {
  const [next, second, third] = after;
  // "yang nomor 2 cowok ya": a person in a photo or line-up
  if (LINE_UP_PEOPLE.has(next)) return true;
  if (cued.cuedPlace === 'person') return false;
  // "nomor 11-15" (items), "nomor 4 di dunia" (a rank): the words after it say what the number counts
  if (next === '<num>' && cued.cuedSpelled === undefined && rangeFrom(cued, cued.cuedDigits)) return true;
  // "nomor 2 sambutan": an item of a programme (an event's, whatever the event)
  if (PROGRAMME_ITEMS.has(next)) return true;
  // "nomor 2 makan kerupuk", "tim nomor 2 juara tarik tambang": a contestant of a game or a contest
  const game = gameAfter(after, ended);
  if (game !== false) return game;
  // "Nomor 3 foto saya": the writer's photo
  if (POST_MEDIA.has(next)) return second === undefined ? (ended ? false : undefined) : WRITER_WORDS.has(second);
  // "malam Selasa nomor 6 sampai 10": a range of items up to a higher number; not a time ("Jokowi nomor 1 sampai 2
  // periode"), nor in a post about an election, where it is the contestants' ("paslon … nomor 1 sampai 3 urut")
  if (RANGE_WORDS.has(next) && (second === undefined || second === '<num>') && cued.cuedSpelled === undefined && !cued.electionPost()) {
    if (second === undefined || (third === undefined && !ended)) return ended ? false : undefined;
    if (third === undefined || !RANGE_END_TIMES.has(third)) return rangeUpTo(cued);
    // "nomor 5 sampai 7 minggu depan": the time is when, not how long
    const fourth = after[3];
    if (fourth === undefined) return ended ? false : undefined;
    return WHEN_AFTER_TIME.has(fourth) && rangeUpTo(cued);
  }
  const rank = rankScope(cued.text, next, second);
  if (rank !== false) return rank;
  // "nomor 2 dari 3 bersaudara", "juara nomor 2 dari 30 peserta", "nomor 3 dari ujung"; not "nomor 2 dari 3 paslon"
  if (next === 'dari' && second !== undefined && ROW_ENDS.has(second)) return true;
  if (next !== 'dari' || (second !== undefined && second !== '<num>' && !NUMBER_WORDS.has(second))) return false;
  return third === undefined ? undefined : !CONTESTANT_WORDS.has(third);
}

/**
 * Whether the words after a number read after "nomor" name a game it plays or a contest it wins
 * (undefined: not yet known): "nomor 2 makan kerupuk", "nomor 2 juara tarik tambang", "juara lomba".
 */
function gameAfter(after: readonly string[], ended: boolean): boolean | undefined {
  const at = WINS.has(after[0]) ? 1 : 0;
  const [first, second] = [after[at], after[at + 1]];
  if (first === undefined) return ended ? false : undefined;
  if (at === 1 && (PROGRAMME_ITEMS.has(first) || CONTEST_WORDS.has(first))) return true;
  const objects = PROGRAMME_GAMES.get(first);
  if (objects === undefined) return false;
  if (second === undefined) return ended ? false : undefined;
  return objects.has(second);
}

/**
 * Whether the words after a number read after "nomor" are the scope of a ranking (undefined: not yet
 * known): "nomor 4 di dunia", "nomor 2 se-Indonesia", "nomor 3 sedunia".
 */
function rankScope(text: string, next: string, second: string | undefined): boolean | undefined {
  if (RANK_SCOPE_WORDS.has(next)) return true;
  if (next !== 'di' && next !== 'se') return false;
  if (second === undefined) return undefined;
  return RANK_SCOPES.has(second) || (next === 'se' && punctuatedApart(text, next, second, '-'));
}
