// The word lists mention detection reads (data/*.txt), loaded once: which config words are everyday
// language, too common as names, or acronyms with another meaning. Also read by the config checks.
import { readDataLines } from '../text/resources.js';
import { deletions, spellKey } from './spelling.js';

let phrases: Set<string> | undefined;
/** data/everyday-phrases.txt: slogans that are also everyday language. */
export function everydayPhrases(): Set<string> {
  return (phrases ??= new Set(readDataLines('everyday-phrases.txt')));
}

let givenNameList: readonly string[] | undefined;
/** data/common-given-names.txt as listed, read once. */
function commonNameList(): readonly string[] {
  return (givenNameList ??= readDataLines('common-given-names.txt'));
}

let givenNames: Set<string> | undefined;
/** The spelling keys of data/common-given-names.txt: names too common to point at a candidate alone. */
function commonNameKeys(): Set<string> {
  return (givenNames ??= new Set(commonNameList().map(spellKey)));
}

/** A name of data/common-given-names.txt in any of its spellings ("Djoko", "Syaiful", "Herry"). */
export function isCommonGivenName(word: string): boolean {
  return commonNameKeys().has(spellKey(word));
}

let nearNames: Map<string, string[]> | undefined;
/**
 * The spelling keys of the common given names one letter or less away from `word` ("Martono" is next
 * to Hartono, "Saefudin" to Saepudin): a word next to one is someone else's name before it is a
 * misspelt candidate's.
 */
export function commonGivenNamesNear(word: string): string[] {
  if (nearNames === undefined) {
    nearNames = new Map();
    for (const k of commonNameKeys()) {
      for (const d of new Set([k, ...deletions(k)])) {
        const list = nearNames.get(d) ?? [];
        list.push(k);
        nearNames.set(d, list);
      }
    }
  }
  const key = spellKey(word);
  const out = new Set<string>();
  for (const d of [key, ...deletions(key)]) for (const k of nearNames.get(d) ?? []) out.add(k);
  return [...out];
}

const containing = new Map<string, string[]>();
/** The common given names, as listed, that have `part` inside them and are longer ("hendrawan" for "hendra"). */
export function commonGivenNamesContaining(part: string): string[] {
  let names = containing.get(part);
  if (names === undefined) {
    names = commonNameList().filter((n) => n.length > part.length && n.includes(part)); // per key, not per post: keys are few
    containing.set(part, names);
  }
  return names;
}

/** A party or alias written as an acronym in its config ("PKB", "PPP", "RK"). */
export function isAcronym(configText: string): boolean {
  return /^[A-Z]{2,6}$/.test(configText.trim());
}

/**
 * A short form of a name with no vowel, in any case ("Jkw", Jokowi): no word anyone writes, so it is
 * read as an acronym is (the slang a post abbreviates so, "yg", is read as its word before this).
 */
export function isVowellessShortForm(configText: string): boolean {
  return /^[b-df-hj-np-tv-z]{2,5}$/i.test(configText.trim());
}

let ambiguous: Set<string> | undefined;
/** data/ambiguous-acronyms.txt: acronyms civil servants also write for something else (PKB, the vehicle tax). */
export function ambiguousAcronyms(): Set<string> {
  return (ambiguous ??= new Set(readDataLines('ambiguous-acronyms.txt')));
}

/**
 * The ambiguous acronyms of a config's words: data/ambiguous-acronyms.txt and the config's own
 * `ambiguousAcronyms` ("PKM", a local health centre's acronym where a party is called so).
 */
export function ambiguousAcronymsWith(own: readonly string[] | undefined): ReadonlySet<string> {
  if (own === undefined || own.length === 0) return ambiguousAcronyms();
  return new Set([...ambiguousAcronyms(), ...own.map((a) => a.toLowerCase())]);
}
