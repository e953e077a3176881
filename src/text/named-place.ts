// A number that names a place, a room or a queue written with its name before it: "Jl. Sudirman No. 2",
// "ruang rapat nomor 2", "Ruang Rapat 02": a plain number, not a ballot one.
import { BALLOT_CUES, BALLOT_LEADS, MAX_ROOM_NAME_WORDS, NOT_A_STREET, ROOM_KINDS, ROOM_WORDS, WHICH_WORDS } from './ballot.js';
import { isStopword } from './stopwords.js';
import { commaBetween } from './punctuated-apart.js';

/** A function word is no room's name ("beri ruang untuk nomor 2"); a letter is ("Gedung B nomor 3"). */
export const notRoomName = (w: string): boolean => w.length > 1 && isStopword(w);

/**
 * A place's name of up to `most` words between one of `places` and the cue at `at`: a street ("Jl.
 * Sudirman No. 2", "Jl. KH Hasyim Asyari No. 12"), a room ("ruang rapat nomor 2", "Gedung B nomor 3").
 * Not "Kompleks kami nomor 3", "Perum Griya semua nomor 2", nor a call or comma between: "Jl. Mawar,
 * ayo coblos nomor 2", "beri ruang paslon nomor 2"; nor a word `notName` says is none ("beri ruang
 * untuk nomor 2": "ruang" is also room to act).
 */
export function namedPlaceBefore(text: string, words: readonly string[], at: number, places: ReadonlySet<string>, most: number, notName?: (w: string) => boolean): boolean {
  for (let k = at - 1; k >= 1 && k >= at - most; k--) {
    const w = words[k];
    if (NOT_A_STREET.has(w) || BALLOT_CUES.has(w) || BALLOT_LEADS.has(w) || WHICH_WORDS.has(w) || w.charCodeAt(0) === 60 || notName?.(w)) return false;
    if (places.has(words[k - 1])) return !commaBetween(text, words, k - 1, at - 1);
  }
  return false;
}

/**
 * A room of a kind named right before the number, without "nomor": "Ruang Rapat 02", "ruang sidang
 * utama 03". Not after a ballot cue ("ruang rapat, coblos 02"), nor across a comma.
 */
export function namedRoom(text: string, words: readonly string[]): boolean {
  const n = words.length;
  if (BALLOT_CUES.has(words[n - 1])) return false;
  for (let k = n - 1; k >= 1 && k >= n - MAX_ROOM_NAME_WORDS; k--) {
    if (ROOM_WORDS.has(words[k - 1]) && ROOM_KINDS.has(words[k])) return !commaBetween(text, words, k - 1, n - 1);
  }
  return false;
}
