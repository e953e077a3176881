// The cue words right before a number the sink reads ("nomor", "no urut", "coblos") and the word before
// them, which decide how the number may be read: ballot number 1 or the idiom "nomor satu", a place in a
// row, an entry of a contest.
import { BALLOT_CUES, BALLOT_LEADS, OTHER_BALLOT_VERBS, VOTE_VERBS, WHICH_WORDS } from './ballot.js';
import { WRITER_WORDS } from './number-kinds.js';

/**
 * What the words after "nomor N" may still make a place: anything of a row ("nomor 2 dari 3
 * bersaudara"), or, after "yang", only a person in a line-up ("yang nomor 2 cowok ya"); after a vote
 * verb only an entry of a contest ("Pilih nomor 2 ya buat lomba foto").
 */
export type PlaceKind = 'row' | 'person' | 'contest';

/** Where the trailing pure cue words ("nomor urut") start in `words`; words.length when there are none. */
export function cueStart(words: readonly string[]): number {
  let at = words.length;
  while (at > 0 && BALLOT_CUES.get(words[at - 1]) === true) at--;
  return at;
}

/** The last words are "urut ke": an ordinal comes next ("urut ke-2", "urut ke dua"). */
export function endsWithUrutKe(words: readonly string[]): boolean {
  return words[words.length - 1] === 'ke' && words[words.length - 2] === 'urut';
}

/**
 * A ballot word or verb or a vote call. Module-level, not a closure in placeMayFollow: under tsx each
 * named closure is given its name by `__name` (Object.defineProperty) when made, 0.5 % of a post's CPU.
 */
function callsForVote(w: string | undefined): boolean {
  return w !== undefined && (BALLOT_CUES.has(w) || OTHER_BALLOT_VERBS.has(w) || BALLOT_LEADS.has(w));
}

/**
 * Whether the word before the pure cue words just read ("nomor", "no urut") leaves the number free to
 * be a place in a row ("Anak saya nomor 2 dari 3 bersaudara"): not a ballot word or verb or a vote
 * call ("pilih nomor 2 dari 3 paslon"); after "yang" only a person in a line-up ("yang nomor 2 cowok
 * ya"; "yang nomor 2 dari 3 calon", "pilih yang nomor 2 cowok sendiri" are ballot numbers), or
 * anything of a row after the writer and "yang" ("aku yang nomor 3 dari kanan").
 */
export function placeMayFollow(words: readonly string[]): PlaceKind | false {
  const at = cueStart(words);
  if (at === words.length) return false;
  const before = words[at - 1];
  if (callsForVote(before)) return VOTE_VERBS.has(before) ? 'contest' : false;
  if (before !== undefined && WHICH_WORDS.has(before)) {
    if (callsForVote(words[at - 2])) return false;
    return WRITER_WORDS.has(words[at - 2]) && !callsForVote(words[at - 3]) ? 'row' : 'person';
  }
  return 'row';
}

/**
 * Whether "nomor satu" or "nomor 1" is ballot number 1 rather than the idiom "X nomor satu" (the
 * best, the first): at the start, after "urut", a ballot word, "yang" (nu, sing…) or a word that
 * calls for a vote ("ayo nomor 1!", "pokoke nomer siji").
 */
export function oneAfterPureCue(words: readonly string[]): boolean {
  const at = cueStart(words);
  if (at === 0 || words.lastIndexOf('urut') >= at) return true;
  const before = words[at - 1];
  return BALLOT_CUES.has(before) || WHICH_WORDS.has(before) || OTHER_BALLOT_VERBS.has(before) || BALLOT_LEADS.has(before);
}
