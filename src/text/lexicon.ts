// The set of known Indonesian words: natural's root-word dictionary (Sastrawi's kata dasar)
// plus our own list of derived forms and proper nouns, plus the slang dictionary's outputs.
// Used to segment lowercase hashtags, to choose between "aa" and "a" when undoing elongation, and by
// mention detection to tell ordinary words from names. Hashtag segmentation also knows the words of
// the election configs' names (segmentationLexicon): without them a lowercase campaign tag falls
// apart ("#jokowilagi" → "jok owi lagi") and its candidate is lost.
import { readDataLines, requireNatural } from './resources.js';
import { slangDictionary } from './slang.js';
import { electionsDir, loadableElectionDir } from '../elections/load.js';
import type { ElectionConfig } from '../elections/schema.js';

const NAME_WORD = /^[a-z]{4,}$/; // shorter name parts ("ade", "kip") would cut ordinary tags apart

/** Lowercase words of every name in the configs; camel-case hashtags are split at their case. */
export function electionWords(configs: readonly ElectionConfig[]): string[] {
  const phrases: string[] = [];
  for (const cfg of configs) {
    phrases.push(...(cfg.parties ?? []));
    for (const c of cfg.candidates) {
      phrases.push(...c.names, ...(c.aliases ?? []), ...(c.parties ?? []), ...(c.slogans ?? []));
      for (const tag of c.hashtags ?? []) phrases.push(tag.replace(/([a-z])([A-Z])/g, '$1 $2'));
    }
  }
  const words = new Set<string>();
  for (const p of phrases) for (const w of nameWordsOf(p)) words.add(w);
  return [...words].sort();
}

/** Lowercase words of the candidates' names and aliases. */
function candidateWords(configs: readonly ElectionConfig[]): string[] {
  const out: string[] = [];
  for (const cfg of configs) for (const c of cfg.candidates) for (const p of [...c.names, ...(c.aliases ?? [])]) out.push(...nameWordsOf(p));
  return out;
}

/** The name words of one phrase: lowercase, apostrophes dropped (Ma'ruf → maruf), four letters or more. */
function nameWordsOf(phrase: string): string[] {
  return phrase.toLowerCase().replace(/['’]/g, '').split(/[^a-z]+/).filter((w) => NAME_WORD.test(w));
}

let words: Set<string> | undefined;

export function lexicon(): Set<string> {
  if (words) return words;
  const roots = requireNatural('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[];
  const set = new Set<string>(roots);
  for (const w of readDataLines('lexicon-extra.txt')) set.add(w.toLowerCase());
  for (const standard of slangDictionary().values()) for (const w of standard) set.add(w);
  words = set;
  return set;
}

let segmentation: Set<string> | undefined;
/** The words of the loaded configs' candidate names and aliases (isCandidateNameWord). */
const nameWords = new Set<string>();

/** Configs whose name words replace ELECTIONS_DIR's (training: the elections the labeled data names). */
let namesFrom: readonly ElectionConfig[] | undefined;

/**
 * Segmentation and the name words come from `configs` alone from now on, not from ELECTIONS_DIR or
 * the shipped configs: training reads its posts with the elections its labeled data names, so a
 * config added for scoring changes none of its features. Callers clear what they cached from the old
 * words (hashtag.ts: readElectionNamesOf).
 */
export function useElectionNamesOf(configs: readonly ElectionConfig[]): void {
  namesFrom = configs;
  segmentation = undefined;
  nameWords.clear();
}

/** lexicon() plus the election configs' name words (ELECTIONS_DIR or the shipped configs; see useElectionNamesOf). */
export function segmentationLexicon(): Set<string> {
  if (segmentation) return segmentation;
  segmentation = new Set(lexicon());
  // training's own configs when set; else the configs that load: a broken one would fail `elections
  // --check` of every file, the fixed one too (the commands that score refuse such a directory first)
  const configs = namesFrom ?? loadableElectionDir(electionsDir());
  for (const w of electionWords(configs)) segmentation.add(w);
  for (const w of candidateWords(configs)) nameWords.add(w);
  return segmentation;
}

/**
 * Adds the name words of configs that did not come from ELECTIONS_DIR (`--election FILE`), so their
 * lowercase campaign tags split at the names too. Returns whether any word was new.
 */
export function addElectionWords(configs: readonly ElectionConfig[]): boolean {
  const set = segmentationLexicon();
  let added = false;
  for (const w of candidateWords(configs)) nameWords.add(w);
  for (const w of electionWords(configs)) {
    if (set.has(w)) continue;
    set.add(w);
    added = true;
  }
  return added;
}

/**
 * A word of a candidate's name or alias in the loaded configs that is no dictionary word ("prabowo",
 * not "semua" from a slogan or "amin").
 */
export function isCandidateNameWord(word: string): boolean {
  segmentationLexicon();
  return nameWords.has(word) && !lexicon().has(word);
}

/** A word of a candidate's name or alias in the loaded configs, a dictionary word too ("ganjar"). */
export function isConfigNameWord(word: string): boolean {
  segmentationLexicon();
  return nameWords.has(word);
}

export function isKnownWord(word: string): boolean {
  return lexicon().has(word);
}
