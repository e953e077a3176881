// A number read alone as a ballot number that the words around it make a plain one, as normalization reads
// the post: "RW 01", "Perda nomor 2", "nomor 3 tahun 2024", "pilih 2 orang". Such a place is not marked
// as a ballot number's.
import { normalize } from '../text/normalize.js';
import { ADDRESS_WORDS, CITATION_WORDS, MAX_REGULATION_GAP, NOT_BALLOT_BEFORE, QUEUE_WORDS, RANGE_WORDS, REGULATION_WORDS } from '../text/ballot.js';
import { CALLED_WORDS, HOUSE_WORDS, KIN_WORDS, RANKED_OR_ITEM_BEFORE_CUE, ROLL_OR_GROUP_BEFORE_CUE } from '../text/number-kinds.js';
import { isBallot, isNum, type NormalizedWord } from './normalized-word.js';
import type { WordReader } from './word-reader.js';

/**
 * The words that, before a number, can make it a plain one: a place, an address, a regulation, a cited
 * article's part, a range's "sampai", and the numbered things of number-kinds.ts (a rank or item, a
 * roll, a house, a child among siblings, being called, a queue).
 */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...NOT_BALLOT_BEFORE, ...ADDRESS_WORDS, ...REGULATION_WORDS.keys(), ...RANGE_WORDS, ...CITATION_WORDS, ...ROLL_OR_GROUP_BEFORE_CUE,
  ...RANKED_OR_ITEM_BEFORE_CUE, ...HOUSE_WORDS, ...KIN_WORDS, ...CALLED_WORDS, ...QUEUE_WORDS,
]);

/** Words before a number that decide whether it is a ballot number ("Keputusan KPU Kabupaten Sleman Nomor 2"). */
const CONTEXT_WORDS = MAX_REGULATION_GAP + 3;

/**
 * The last word read a ballot number alone ("01", "nomor 2"), where the words before it may make it an
 * address, a place or a regulation's number ("RW 01", "TPS 02", "Perda nomor 2"): read with them as
 * normalization reads the post, a plain number there is no ballot number, and is not marked as one.
 * Only a plain number: a "1" read as the idiom "nomor satu" may still be one by a word later in the post.
 */
export function notBallotInPlace(text: string, out: NormalizedWord[], reader: WordReader): void {
  const word = out[out.length - 1];
  if (out.length < 2 || !word.tokens.some(isBallot)) return;
  const context = out.slice(Math.max(0, out.length - 1 - CONTEXT_WORDS), -1);
  // Reading the words again costs more than the rest of finding; only a place word can change the reading.
  if (!context.some((w) => w.tokens.some((t) => PLACE_WORDS.has(t)))) return;
  const from = context[0].start;
  const before = normalize(text.slice(from, word.start), reader.names).tokens;
  const withIt = normalize(text.slice(from, word.end), reader.names).tokens;
  if (count(withIt, isBallot) > count(before, isBallot) || count(withIt, isNum) <= count(before, isNum)) return;
  plainNumber(out, out.length - 1);
}

const count = (tokens: readonly string[], pred: (t: string) => boolean) => tokens.filter(pred).length;
/** How many words after a ballot number may still make it a plain one: "nomor 2 dari 3 bersaudara". */
const WORDS_AFTER = 3;
/**
 * How many words before such a number are read with it: those that decide whether the words after may
 * make it plain ("aku yang nomor 3 dari kanan"; not "pilih saya yang nomor 2 dari kiri").
 */
const WORDS_BEFORE = 3;

/**
 * A ballot number a few words back that the last word makes a plain one, as normalization reads the
 * post: a regulation's number before "tahun" and a year ("nomor 3 tahun 2024"), a count ("pilih 2
 * orang"), a place in a row ("nomor 2 dari 3 bersaudara"). The words from the one before the number
 * are read without the last word and with it: the number is plain when the last word takes a ballot
 * number away.
 */
export function notBallotBefore(text: string, out: NormalizedWord[], reader: WordReader): void {
  const last = out.length - 1;
  let at = last - 1;
  // punctuation between counts for no word: "800 / 02 / BKD / 2024" has two words between "02" and the year
  let between = 0;
  while (at >= 0 && !out[at].tokens.some(isBallot)) {
    if (out[at].tokens.length > 0 && ++between >= WORDS_AFTER) return;
    at--;
  }
  if (at < 0) return;
  // Read through the reader's cache: a word's "with it" is the next word's "without it".
  const from = out[Math.max(0, at - WORDS_BEFORE)].start;
  const before = reader.tokens(text.slice(from, out[last - 1].end));
  const withIt = reader.tokens(text.slice(from, out[last].end));
  if (count(withIt, isBallot) < count(before, isBallot)) plainNumber(out, at);
}

/**
 * out[at] read as a plain number, not a ballot one; a pure cue read with it ("nomor 3") is a word of its
 * own again, so that "[angka] tahun" is "3 tahun", not "nomor 3 tahun".
 */
function plainNumber(out: NormalizedWord[], at: number): void {
  const word = out[at];
  const plain = (w: NormalizedWord): NormalizedWord => ({ start: w.start, end: w.end, tokens: w.tokens.map((t) => (isBallot(t) ? '<num>' : t)), notBallot: true });
  if (word.parts) out.splice(at, 1, word.parts[0], plain(word.parts[1]));
  else out[at] = plain(word);
}
