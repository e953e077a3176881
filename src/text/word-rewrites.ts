// One raw word into the sink: leetspeak, elongation, digit reduplication ("kecil2an"), a ballot number
// stuck to a cue or a name ("coblos02", "prabowo02"), each read before the word is pushed.
import { BALLOT_CUES, SPELLED_NUMBER_CUES, paddedBallot } from './ballot.js';
import { undoElongation } from './elongation.js';
import { leetReading, undoLeet } from './leetspeak.js';
import { expandDigitReduplication } from './reduplication.js';
import type { TokenSink } from './token-sink.js';
import { expandSlang } from './slang.js';

const DIGITS = /^\d+$/;

/**
 * Whether "<word>2" is the word and ballot number 2: after "no"/"nomor"/"urut" and the ballot verb
 * ("nomor2", "coblos2"). Other vote words and roles doubled are their plural or "choosy": "calon2",
 * "capres2", "pilih2" (be choosy), "dukung2".
 */
function numberAfter(letters: string): boolean {
  return BALLOT_CUES.get(letters) === true || SPELLED_NUMBER_CUES.has(letters);
}
const LETTERS_DIGITS = /^([a-z]+)(\d+)$/;

/** Only letters a–z (a loop rather than /^[a-z]+$/: this is the tokenizer loop's hottest check). */
export function isLowerAsciiWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return s.length > 0;
}

/** @param lowerAscii whether `raw` is isLowerAsciiWord, when the caller has checked already */
export function emitWord(sink: TokenSink, raw: string, lowerAscii = isLowerAsciiWord(raw)): void {
  if (lowerAscii) {
    sink.pushWord(undoElongation(raw)); // the common case: no digits, hyphens or apostrophes
    return;
  }
  if (DIGITS.test(raw)) {
    sink.pushNumber(raw);
    return;
  }
  let word = undoLeet(raw);
  const split = LETTERS_DIGITS.exec(word);
  const leet = split ? leetReading(word) : undefined;
  if (leet !== undefined && BALLOT_CUES.get(leet) === true) {
    sink.pushWord(leet); // "n0 3": too short for undoLeet's letter-digit-letter test
    return;
  }
  if (split) {
    const [, letters, digits] = split;
    const redup = digits === '2' && !numberAfter(letters) ? expandDigitReduplication(word) : undefined;
    if (redup) {
      sink.pushWord(undoElongation(letters) === letters ? redup : `${undoElongation(letters)}-${undoElongation(letters)}`);
      return;
    }
    // "coblos02", and a candidate's name with a ballot number stuck to it: "prabowo02" (not "posko02")
    if (BALLOT_CUES.has(letters) || (paddedBallot(digits) !== undefined && sink.names.isCandidateNameWord(letters))) {
      sink.pushWord(letters);
      sink.pushNumber(digits);
      return;
    }
    sink.pushWord(word);
    return;
  }
  // "kecil2an", "deg2an": read as kecil-kecilan whatever the root; the slang list's own reading first ("mdh2an")
  const redupAn = word.endsWith('2an') && expandSlang(word) === undefined ? expandDigitReduplication(word) : undefined;
  if (redupAn !== undefined) {
    sink.pushWord(undoElongation(redupAn));
    return;
  }
  if (word.includes('-')) {
    sink.pushWord(word); // a reduplication kept whole by splitHyphenated: orang-orang
    return;
  }
  if (word.includes('’')) word = word.replace(/’/g, "'");
  sink.pushWord(undoElongation(word));
}
