// "Pilih nomor 2 ya buat lomba foto", "pilih 3 untuk lomba": a number chosen for a contest is an entry, not a ballot number.
import { CONTEST_WORDS, FOR_CONTEST } from './ballot.js';

/**
 * Whether the words after a vote verb's number name a contest it is chosen for (undefined: not yet
 * known): "Pilih nomor 2 ya buat lomba foto", "pilih 3 untuk lomba".
 * @param ended the post has ended: no more words will come
 */
export function contestAfter(after: readonly string[], ended: boolean): boolean | undefined {
  for (let i = 0; i < 2; i++) {
    if (after[i] === undefined) return ended ? false : undefined;
    if (!FOR_CONTEST.has(after[i])) continue;
    if (after[i + 1] === undefined) return ended ? false : undefined;
    if (CONTEST_WORDS.has(after[i + 1])) return true;
  }
  return false;
}
