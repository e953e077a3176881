// Ballot numbers and gestures in a post's tokens: normalization has made them <no:N> and
// <gesture:N>; these say when one is no candidate's (a caleg's list place), needs another mention
// (a bare ✌️), or when "nomor satu" after a name is candidate number 1's.
import { BALLOT_CUES, NUMBER_WORDS } from '../text/ballot.js';
import { GESTURE_CUES } from '../text/gestures.js';
import type { CandidateRef } from './mention-types.js';
import { districtBefore } from './districts.js';

/** A ballot number or gesture token: its kind and number. */
export const BALLOT_TOKEN = /^<(no|gesture):(\d+)>$/;

/**
 * "nomor satu" at `at`: normalization keeps it as words, because "X nomor satu" is mostly the idiom
 * ("kesehatan keluarga nomor satu"); after candidate number 1's own name it is the ballot number
 * ("RIDO nomor satu", "Teguh-Gage nomer siji").
 */
export function spelledOneAfter(tokens: readonly string[], at: number): boolean {
  return at + 1 < tokens.length && BALLOT_CUES.get(tokens[at]) === true && NUMBER_WORDS.get(tokens[at + 1]) === 1;
}

export function isNumberOne(ref: CandidateRef): boolean {
  return ref.number === 1;
}

/** Words for a legislative candidate (a caleg), whose "nomor urut" is a place on a party's list. */
const LEGISLATOR_WORDS: ReadonlySet<string> = new Set(['caleg', 'bacaleg', 'celeg', 'legislatif']);
/** A word for a caleg, also with a possessive ending: "calegnya Andi nomor urut 2", "calegku". */
function isLegislatorWord(w: string): boolean {
  return LEGISLATOR_WORDS.has(w) || LEGISLATOR_WORDS.has(w.replace(/(nya|ku|mu)$/, ''));
}

/** Words that start another ballot phrase between a caleg and a number: "caleg kita, coblos nomor 2". */
const LEGISLATOR_STOPS: ReadonlySet<string> = new Set([...BALLOT_CUES.keys(), 'partai']);
/** How many words a caleg may come before its number: "caleg DPRD dapil <num> <no:3>", "caleg kita <no:1>". */
const LEGISLATOR_GAP = 4;

/**
 * Whether the ballot number at `at` is a caleg's place on a party list ("dukung caleg nomor urut 3 dari
 * Partai Hijau", "caleg kita nomor urut 1"): a ballot number (<cand_no>, as the model reads every ballot
 * number of a race), but no config's candidate, not even in a Pileg of parties, whose party numbers it
 * would be read as, and whatever numbers the config has.
 */
export function legislatorNumber(tokens: readonly string[], at: number): boolean {
  // a district named just before the number takes no part of the gap: "caleg PKM dapil Kalsel <num> <no:2>"
  const district = districtBefore(tokens, at);
  const end = district < 0 ? at : district;
  for (let k = end - 1; k >= 0 && k >= end - LEGISLATOR_GAP; k--) {
    const w = tokens[k];
    if (isLegislatorWord(w)) return true;
    if (LEGISLATOR_STOPS.has(w) || (w.charCodeAt(0) === 60 && w !== '<num>')) return false;
  }
  return false;
}

/**
 * A gesture token with no word that makes it one before it ("salam", "pose"…; a spelled gesture keeps
 * its cue word): ✌️ in a holiday photo is peace, not a ballot number, so it needs another mention in
 * the post. ("dua jari ✌️" and "✌️✌️" read alike, so a second gesture does not make the first one.)
 */
export function isBareGesture(tokens: readonly string[], at: number): boolean {
  const before = tokens[at - 1];
  return before === undefined || !GESTURE_CUES.has(before);
}
