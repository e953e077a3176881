// The words of a set of election configs' names, as reading a post needs them: hashtag segmentation
// splits lowercase tags at them (without them "#jokowilagi" falls apart into "jok owi lagi" and its
// candidate is lost), a numbered list of people naming a candidate is no duty roster, and a candidate's
// name makes a post an election's ("prabowo02", "Luluk nomor 1"). They belong to the scorer or mention
// index built from those configs, never to the process: a config one scorer loads from a file
// (`--election FILE`) changes how no other scorer reads a post.
import { isNameNotWord, lexicon } from './lexicon.js';
import { BoundedCache } from './lru.js';
import { electionsDir, loadableElectionDir } from '../elections/load.js';
import type { ElectionConfig } from '../elections/schema.js';
import { ambiguousAcronymsWith, everydayPhrases, isCommonGivenName } from '../elections/word-lists.js';
import { capitalsAlias, isCountedAcronym } from '../elections/acronym-aliases.js';
import { neededContext } from '../elections/needed-context.js';

const NAME_WORD = /^[a-z]{4,}$/; // shorter name parts ("ade", "kip") would cut ordinary tags apart

/** The name words of one phrase: lowercase, apostrophes dropped (Ma'ruf → maruf), four letters or more. */
function nameWordsOf(phrase: string): string[] {
  return phrase.toLowerCase().replace(/['’]/g, '').split(/[^a-z]+/).filter((w) => NAME_WORD.test(w));
}

/** Lowercase words of every name in the configs; camel-case hashtags are split at their case. */
export function electionWords(configs: readonly ElectionConfig[]): string[] {
  const phrases: string[] = [];
  for (const cfg of configs) {
    phrases.push(...(cfg.parties ?? []));
    phrases.push(...peopleNames(cfg));
    for (const c of cfg.candidates) {
      phrases.push(...(c.parties ?? []), ...(c.slogans ?? []));
      for (const tag of c.hashtags ?? []) phrases.push(tag.replace(/([a-z])([A-Z])/g, '$1 $2'));
    }
  }
  return sortedUnique(phrases.flatMap(nameWordsOf));
}

/** The names and aliases of a config's candidates and caleg. */
function peopleNames(cfg: ElectionConfig): string[] {
  return [...cfg.candidates.flatMap((c) => [...c.names, ...(c.aliases ?? [])]), ...(cfg.caleg ?? []).flatMap((c) => [c.name, ...(c.aliases ?? [])])];
}

/** Lowercase words of the candidates' (and caleg's) names and aliases. */
function candidateWords(configs: readonly ElectionConfig[]): string[] {
  return sortedUnique(configs.flatMap(peopleNames).flatMap(nameWordsOf));
}

const sortedUnique = (words: string[]): string[] => [...new Set(words)].sort();

/** The acronyms normalization reads as a config's names: acronymAliases, and the parties' names that count alone. */
export interface NameAcronyms {
  anyCase: readonly string[];
  inCapitals: readonly string[];
  parties?: readonly string[];
  /** Full party names that count alone, their lowercase words joined by a space ("golkar", "pdi perjuangan"). */
  partyNames?: readonly string[];
}

/** A party's full name as the raw tokens of a post write it: lowercase, split at what is no letter or digit ("PDI-P": "pdi p"). */
const rawWordsOf = (name: string): string[] => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/**
 * The aliases the configs write as acronyms that name the candidate alone, lowercase: in any case
 * (`anyCase`: "rk", "jkw"), or only where a post writes them in capitals (`inCapitals`: "amin",
 * "gama"). Not one that also stands for something else ("KIP", the school aid card). And the parties'
 * acronyms, which name the party alone in any case as a mention reads them (`parties`: "pks"; not
 * "PKB", also the vehicle tax, nor an everyday phrase), and the parties' full names that count alone
 * as their mention does (`partyNames`: "golkar", "pdi perjuangan"; not "Garuda", also the national team).
 */
function acronymAliases(configs: readonly ElectionConfig[]): Required<NameAcronyms> {
  const anyCase: string[] = [];
  const inCapitals: string[] = [];
  const parties: string[] = [];
  const partyNames: string[] = [];
  for (const cfg of configs) {
    const ambiguous = ambiguousAcronymsWith(cfg.ambiguousAcronyms);
    for (const alias of [...cfg.candidates, ...(cfg.caleg ?? [])].flatMap((c) => c.aliases ?? [])) {
      const words = [alias.trim().toLowerCase()];
      if (isCountedAcronym(alias, 'alias', words)) {
        if (!ambiguous.has(words[0])) anyCase.push(words[0]);
      } else {
        const word = capitalsAlias(alias, 'alias', words, ambiguous);
        if (word !== undefined) inCapitals.push(word);
      }
    }
    for (const party of [...(cfg.parties ?? []), ...cfg.candidates.flatMap((c) => c.parties ?? [])]) {
      const words = [party.trim().toLowerCase()];
      // what needs no context as a mention (src/elections/needed-context.ts)
      if (isCountedAcronym(party, 'party', words)) {
        if (!ambiguous.has(words[0]) && !everydayPhrases().has(words[0])) parties.push(words[0]);
      } else {
        const full = rawWordsOf(party);
        if (full.length > 0 && neededContext(full, 'party', false, ambiguous) === 'none') partyNames.push(full.join(' '));
      }
    }
  }
  return { anyCase: sortedUnique(anyCase), inCapitals: sortedUnique(inCapitals), parties: sortedUnique(parties), partyNames: sortedUnique(partyNames) };
}

export class ElectionNames {
  /** lexicon() plus the configs' name words: what a lowercase hashtag is split into. */
  readonly segmentation: ReadonlySet<string>;
  /** Words of the candidates' names and aliases. */
  private readonly candidates: ReadonlySet<string>;
  /** Those of them that are no dictionary word ("prabowo", "luluk": a root posts write bare only as a name; not "amin", "ganjar"). */
  private readonly candidatesOnly: ReadonlySet<string>;
  /** Acronym aliases that name the candidate in any case ("rk", "jkw"), and only in capitals ("amin"): acronymAliases. */
  private readonly acronyms: ReadonlySet<string>;
  private readonly capitalsAcronyms: ReadonlySet<string>;
  /** Parties' acronyms that name the party alone in any case ("pks"): acronymAliases. */
  private readonly partyAcronyms: ReadonlySet<string>;
  /** Parties' full names that count alone, by first word: their words ("golkar" → [["golkar"]], "pdi" → [["pdi", "perjuangan"]]). */
  private readonly partyNames = new Map<string, string[][]>();

  constructor(nameWords: readonly string[], candidateNameWords: readonly string[], acronyms: NameAcronyms = { anyCase: [], inCapitals: [] }) {
    const known = lexicon();
    const segmentation = new Set(known);
    for (const w of nameWords) segmentation.add(w);
    this.segmentation = segmentation;
    this.candidates = new Set(candidateNameWords);
    this.candidatesOnly = new Set(candidateNameWords.filter((w) => !known.has(w) || isNameNotWord(w)));
    this.acronyms = new Set(acronyms.anyCase);
    this.capitalsAcronyms = new Set(acronyms.inCapitals);
    this.partyAcronyms = new Set(acronyms.parties);
    for (const name of acronyms.partyNames ?? []) {
      const words = name.split(' ');
      const list = this.partyNames.get(words[0]) ?? [];
      list.push(words);
      this.partyNames.set(words[0], list);
    }
  }

  /** An alias a config writes as an acronym that names the candidate in any case ("rk", "jkw"). */
  isAcronymAlias(word: string): boolean {
    return this.acronyms.has(word);
  }

  /** An alias a config writes in capitals that is also a word ("amin", "gama"): the candidate only where a post writes it so. */
  isCapitalsAlias(word: string): boolean {
    return this.capitalsAcronyms.has(word);
  }

  /** A party's acronym that names the party in any case, as its mention reads it ("pks"; not "pkb"). */
  isPartyAcronym(word: string): boolean {
    return this.partyAcronyms.has(word);
  }

  /** Whether `words` spell a party's full name that counts alone from `at` on, in any case ("Golkar", "PDI Perjuangan"). */
  startsPartyName(words: readonly string[], at: number): boolean {
    const names = this.partyNames.get(words[at]);
    return names !== undefined && names.some((name) => name.every((w, k) => words[at + k] === w));
  }

  /** A word of a candidate's name or alias that is no dictionary word ("prabowo", not "semua" from a slogan or "amin"). */
  isCandidateNameWord(word: string): boolean {
    return this.candidatesOnly.has(word);
  }

  /**
   * A word of a candidate's name or alias that names them alone: no dictionary word and no common given
   * name ("prabowo", "luluk"; not "lukman" nor "joko", anyone's, after a title too: "Pak Lukman").
   */
  isDistinctiveNameWord(word: string): boolean {
    return this.candidatesOnly.has(word) && !isCommonGivenName(word);
  }

  /** A word of a candidate's name or alias, a dictionary word too ("ganjar"). */
  isConfigNameWord(word: string): boolean {
    return this.candidates.has(word);
  }

  /**
   * A word of a candidate's own name that is no common given name ("luluk", "ganjar"; not "lukman"): a
   * title before it makes it the candidate ("Pak Ganjar"), where a colleague bears a common one.
   */
  isOwnNameWord(word: string): boolean {
    return this.candidates.has(word) && !isCommonGivenName(word);
  }
}

/**
 * A cache of up to `capacity` entries for each ElectionNames, for what is worked out from a text with
 * them: with other names the same text may read otherwise (a hashtag splits elsewhere).
 */
export function cachesByNames<V>(capacity: number): (names: ElectionNames) => BoundedCache<string, V> {
  const caches = new WeakMap<ElectionNames, BoundedCache<string, V>>();
  return (names) => {
    let cache = caches.get(names);
    if (cache === undefined) {
      cache = new BoundedCache<string, V>(capacity);
      caches.set(names, cache);
    }
    return cache;
  };
}

/** Built once per distinct set of words: scorers of the same configs (and their per-election indexes) share one. */
const byWords = new BoundedCache<string, ElectionNames>(16);

/** The name words of `configs`, and nothing else. */
export function electionNamesOf(configs: readonly ElectionConfig[]): ElectionNames {
  const words = electionWords(configs);
  const candidates = candidateWords(configs);
  const acronyms = acronymAliases(configs);
  const key = `${words.join(' ')}|${candidates.join(' ')}|${acronyms.anyCase.join(' ')}|${acronyms.inCapitals.join(' ')}|${acronyms.parties.join(' ')}|${acronyms.partyNames.join(',')}`;
  let names = byWords.get(key);
  if (names === undefined) {
    names = new ElectionNames(words, candidates, acronyms);
    byWords.set(key, names);
  }
  return names;
}

let fromElectionsDir: ElectionNames | undefined;

/**
 * The names of ELECTIONS_DIR's configs (or the shipped ones), for reading text outside a scorer
 * (`netra normalize`, `elections --check`, the review page's marks). Only the configs that load: a
 * broken one would fail `elections --check` of every file, the fixed one too (the commands that score
 * refuse such a directory first).
 */
export function defaultElectionNames(): ElectionNames {
  return (fromElectionsDir ??= electionNamesOf(loadableElectionDir(electionsDir())));
}
