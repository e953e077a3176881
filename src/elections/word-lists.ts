// The word lists mention detection reads (data/*.txt), loaded once: which config words are everyday
// language, too common as names, or acronyms with another meaning. Also read by the config checks.
import { readDataLines } from '../text/resources.js';

let phrases: Set<string> | undefined;
/** data/everyday-phrases.txt: slogans that are also everyday language. */
export function everydayPhrases(): Set<string> {
  return (phrases ??= new Set(readDataLines('everyday-phrases.txt')));
}

let givenNames: Set<string> | undefined;
/** data/common-given-names.txt: first and last names too common to point at a candidate alone. */
export function commonGivenNames(): Set<string> {
  return (givenNames ??= new Set(readDataLines('common-given-names.txt')));
}

/** A party or alias written as an acronym in its config ("PKB", "PPP", "RK"). */
export function isAcronym(configText: string): boolean {
  return /^[A-Z]{2,6}$/.test(configText.trim());
}

let ambiguous: Set<string> | undefined;
/** data/ambiguous-acronyms.txt: acronyms civil servants also write for something else (PKB, the vehicle tax). */
export function ambiguousAcronyms(): Set<string> {
  return (ambiguous ??= new Set(readDataLines('ambiguous-acronyms.txt')));
}
