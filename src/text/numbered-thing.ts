// "antrian nomor 2", "soal no 3", "juara nomor 5", "rumah nomor 21", "anak nomor 2", "absen nomor 3":
// the cue before a number numbers a thing, a rank, a queue place or a person in a roll, not a candidate.
import { ADDRESS_WORDS, BALLOT_CUES, BALLOT_LEADS, CITATION_WORDS, MAX_ROOM_NAME_WORDS, MAX_STREET_WORDS, NOT_BALLOT_BEFORE, NUMBER_LIST_JOINERS, NUMBER_LIST_MARKS, QUEUE_WORDS, RANGE_WORDS, ROOM_WORDS, WHICH_WORDS } from './ballot.js';
import { CALLED_WORDS, GOT_NUMBER, GROUP_KINDS, GROUP_WORDS, HOUSE_WORDS, HOUSEHOLD_WORDS, KIN_POSSESSORS, KIN_WORDS, MAX_ROLL_TIME_WORDS, ONE_WRITER, RANKED_OR_ITEM_BEFORE_CUE, ROLL_OR_GROUP_BEFORE_CUE, ROLL_TIMES } from './number-kinds.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import type { ElectionNames } from './election-names.js';
import { cueStart } from './ballot-cue-words.js';
import { citedRegulation } from './cited-regulation.js';
import { namedPlaceBefore, notRoomName } from './named-place.js';
import { commaBetween } from './punctuated-apart.js';

/** A digit, a NUMBER_LIST_MARKS mark and the pure cue `cue`: "soal nomor 2 & nomor 3". */
const LIST_MARK_BEFORE_CUE = (cue: string): RegExp =>
  new RegExp(`\\d\\s*[${escapeRegExp(NUMBER_LIST_MARKS)}]\\s*${escapeRegExp(cue)}(?![\\p{L}\\p{N}])`, 'u');

/**
 * "antrian nomor 2", "soal no 3", "juara nomor 5", "rumah nomor 21", "yang dipanggil baru nomor 9", "Jl.
 * Sudirman No. 2": the cue numbers a thing, a rank or a queue place, not a candidate.
 * @param text the lowercased text the words come from, to see punctuation the words drop
 */
export function numberedThing(text: string, words: readonly string[], names: ElectionNames): boolean {
  const at = cueStart(words);
  if (at === words.length || at === 0) return false;
  const before = words[at - 1];
  if (NOT_BALLOT_BEFORE.has(before) || ADDRESS_WORDS.has(before) || citedRegulation(text, words, at, names)) return true;
  // "Pasal 5 huruf a nomor 2", "ayat (2) nomor 3": an item of a cited article, after its number or letter
  if (CITATION_WORDS.has(words[at - 2]) && (before === '<num>' || before.length === 1)) return true;
  // "juara nomor 5", "jawaban nomor 12", "rumah nomor 21" (not "satu rumah nomor 2 semua"), "yang dipanggil baru nomor 9";
  // a rank or item is never numbered "nomor urut", the ballot's own term: "acara nomor urut 2" is the pair's event
  const ballotOrder = words.lastIndexOf('urut') >= at;
  if ((RANKED_OR_ITEM_BEFORE_CUE.has(before) && !ballotOrder) || rollBefore(text, words, at) || (HOUSE_WORDS.has(before) && !HOUSEHOLD_WORDS.has(words[at - 2]))) return true;
  if (kinBefore(words, at) || namedGroupBefore(text, words, at)) return true;
  // "soal nomor 2 dan nomor 3", "soal nomor 5 sampai nomor 8": the second of a list or range takes the kind of the first, written alike
  if ((NUMBER_LIST_JOINERS.has(before) || RANGE_WORDS.has(before)) && words[at - 2] === '<num>' && BALLOT_CUES.get(words[at - 3]) === true) return true;
  // "soal nomor 2 & nomor 3": the same with a mark the words lose
  if (before === '<num>' && BALLOT_CUES.get(words[at - 2]) === true && LIST_MARK_BEFORE_CUE(words[at]).test(text)) return true;
  if (CALLED_WORDS.has(before) || CALLED_WORDS.has(words[at - 2])) return true;
  // "saya dapat nomor 21": the writer's ticket; a party draws "nomor urut 2"
  if (GOT_NUMBER.has(before) && ONE_WRITER.has(words[at - 2]) && !ballotOrder) return true;
  return namedPlaceBefore(text, words, at, ADDRESS_WORDS, MAX_STREET_WORDS) || namedPlaceBefore(text, words, at, ROOM_WORDS, MAX_ROOM_NAME_WORDS, notRoomName) ||
    namedPlaceBefore(text, words, at, QUEUE_WORDS, MAX_ROOM_NAME_WORDS, notRoomName);
}

/** A child's place among siblings before the cue at `at`: "anak nomor 2", "anak saya yang nomor 2". */
function kinBefore(words: readonly string[], at: number): boolean {
  let k = at - 1;
  if (WHICH_WORDS.has(words[k])) k--;
  if (KIN_POSSESSORS.has(words[k])) k--;
  return k >= 0 && KIN_WORDS.has(words[k]);
}

/**
 * A roll or group right before the cue at `at`, or its time between ("absen nomor 3", "piket minggu
 * ini nomor 2"), not across a comma.
 */
function rollBefore(text: string, words: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 1 - MAX_ROLL_TIME_WORDS; k--) {
    if (ROLL_OR_GROUP_BEFORE_CUE.has(words[k])) return k === at - 1 || !commaBetween(text, words, k, at - 1);
    if (!ROLL_TIMES.has(words[k])) return false;
  }
  return false;
}

/**
 * A group of a kind, its name between it and the cue at `at`: "kelompok tani nomor 4", "kelompok tani
 * Makmur nomor 4"; not across a comma, a call or a cue ("kelompok tani pilih nomor 2").
 */
function namedGroupBefore(text: string, words: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - MAX_ROOM_NAME_WORDS; k--) {
    if (GROUP_WORDS.has(words[k - 1]) && GROUP_KINDS.has(words[k])) return !commaBetween(text, words, k - 1, at);
    const w = words[k];
    if (BALLOT_CUES.has(w) || BALLOT_LEADS.has(w) || WHICH_WORDS.has(w) || w.charCodeAt(0) === 60 || notRoomName(w)) return false;
  }
  return false;
}
