// A number cited from a regulation or letter: "Keputusan KPU Nomor 2", "Instruksi Gubernur Jawa Timur
// No. 4", "UU nomor 7": a plain number, not a ballot one.
import { BALLOT_CUES, BALLOT_LEADS, ISSUER_WORDS, LETTER_KINDS, MAX_REGULATION_GAP, REGULATION_WORDS, SE_REGIONS, WHICH_WORDS } from './ballot.js';
import type { ElectionNames } from './election-names.js';
import { commaBetween } from './punctuated-apart.js';

/**
 * Whether the cue at `at` numbers a regulation or letter named a few words before it, its issuer
 * between: "Keputusan KPU Nomor 2", "Instruksi Gubernur Jawa Timur No. 4" (with "Tahun 2024" after it
 * the number was <num> already). A vote word, a call, a placeholder or a candidate's name between
 * ends the look back: "Sesuai keputusan rapat, coblos nomor 2".
 */
export function citedRegulation(text: string, words: readonly string[], at: number, names: ElectionNames): boolean {
  for (let k = at - 1; k >= 0 && k >= at - MAX_REGULATION_GAP; k--) {
    const w = words[k];
    const namesIssuer = REGULATION_WORDS.get(w);
    if (namesIssuer !== undefined) {
      const next = words[k + 1];
      const cited = namesIssuer || (ISSUER_WORDS.has(next) && !(w === 'se' && SE_REGIONS.has(next))) || (w === 'surat' && LETTER_KINDS.has(next));
      return cited && !commaBetween(text, words, k, at);
    }
    if (BALLOT_CUES.has(w) || BALLOT_LEADS.has(w) || WHICH_WORDS.has(w) || w.charCodeAt(0) === 60 || names.isCandidateNameWord(w)) return false;
  }
  return false;
}
