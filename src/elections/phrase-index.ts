// The phrase index: every config phrase under the spelling key of its first word, and a post's word
// looked up in it at a token position, exactly or, for a name of six letters or more, one letter off.
import { isKnownWord } from '../text/lexicon.js';
import type { ElectionNames } from '../text/election-names.js';
import { BoundedCache } from '../text/lru.js';
import { commonGivenNamesNear, isCommonGivenName } from './word-lists.js';
import { spellKey, deletions } from './spelling.js';
import type { Context, Phrase } from './mention-context.js';
import type { CandidateRef, MentionKind } from './mention-types.js';
import { PLACEHOLDER_OF } from './typed-tokens.js';
import { refIn } from './races.js';
import { phraseWords } from './phrase-words.js';
import { isAffixedWord, neededContext } from './needed-context.js';
import { capitalsAlias, isCountedAcronym } from './acronym-aliases.js';
import type { TokenFeatures, Vectorizer } from '../features/vectorize.js';

const FUZZY_MIN = 6;
const keyCache = new BoundedCache<string, string>(50_000);

function cachedKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = spellKey(word);
    keyCache.set(word, key);
  }
  return key;
}

function sameWords(words: readonly string[], tokens: readonly string[], at: number): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k] !== words[k]) return false;
  return true;
}

export interface WordInfo {
  key: string;
  first: Phrase[] | undefined;
  /** undefined: not looked for yet; null: no fuzzy match. */
  fuzzy: Phrase | null | undefined;
  /**
   * The token's feature columns, for the vectorizer that worked them out (`featuresOf`): kept with
   * its mention facts, so that scoring looks each token up once, here, instead of once per stage.
   */
  features: TokenFeatures | undefined;
  featuresOf: Vectorizer | undefined;
}

/** The candidates a match of `p` may name: those of all its readings. */
export function phraseRefs(p: Phrase): CandidateRef[] {
  return p.allRefs ?? p.refs;
}

/** The reading of `p` in `election` (its kind there): `p` itself when it is one, or when none is. */
export function readingIn(p: Phrase, election: string | undefined): Phrase {
  if (p.readings === undefined || refIn(p.refs, election) !== undefined) return p;
  for (const r of p.readings) for (const ref of r.refs) if (ref.election === election) return r;
  return p;
}

export class PhraseIndex {
  private readonly byFirstKey = new Map<string, Phrase[]>();
  private readonly fuzzy = new Map<string, Phrase[]>();
  /** The longest key in `fuzzy`'s phrases. */
  private fuzzyMaxLength = 0;
  /** Per token: its spelling key, the phrases starting with that key, its fuzzy match once looked for. One lookup per token instead of three. */
  private readonly words = new BoundedCache<string, WordInfo>(50_000);

  /** @param names the election names config phrases are read with, as the posts matched against them */
  constructor(private readonly names: ElectionNames) {}

  /**
   * @param fixed the context the words need, when not the one their kind and words say (see Context)
   * @param ambiguous the acronyms that are also everyday words for this config (ambiguousAcronymsWith)
   */
  add(text: string, kind: MentionKind, refs: CandidateRef[], fixed?: Context, ambiguous?: ReadonlySet<string>): void {
    const words = phraseWords(text, this.names);
    if (words.length === 0) return;
    const keys = words.map(cachedKey);
    // Words anyone writes need context to count (see neededContext); an acronym is matched word for word.
    const acronym = isCountedAcronym(text, kind, words);
    const context: Context = fixed ?? neededContext(words, kind, acronym, ambiguous);
    const capitals = capitalsAlias(text, kind, words, ambiguous);
    const list = this.byFirstKey.get(keys[0]) ?? [];
    // The same words as a name in one race and an alias in another ("Amin") are one phrase with both
    // candidates: both read as <cand>, and the election is chosen from all of them.
    const same = list.find((p) => PLACEHOLDER_OF[p.kind] === PLACEHOLDER_OF[kind] && p.keys.join(' ') === keys.join(' '));
    if (same) {
      for (const r of refs) if (!same.refs.includes(r)) same.refs.push(r);
      // a config's own words count as the config says, also when a form of a name had them first
      // (an alias "Cahaya Bangsa" of "Partai Cahaya Bangsa" counts alone)
      if (context === 'none') same.context = 'none';
      if (capitals !== undefined) same.capitals = capitals; // "AMIN" of 2024, "Amin" of Ma'ruf Amin (2019)
      return;
    }
    const phrase: Phrase = { keys, text: words.join(' '), kind, refs: [...refs], context, ...(acronym ? { exact: words } : {}), ...(capitals ? { capitals } : {}) };
    // The same words as another kind ("Partai Rakyat Berdaulat", a Pileg's ballot entry and a Pilbup
    // pair's party): one match, read as the kind of the race chosen; the first phrase alone would
    // choose its own race.
    const twin = list.find((p) => p.keys.join(' ') === keys.join(' ') && p.exact?.join(' ') === phrase.exact?.join(' '));
    if (twin) {
      const readings = twin.readings ?? [twin];
      readings.push(phrase);
      for (const r of readings) r.readings = readings;
    }
    list.push(phrase);
    this.byFirstKey.set(keys[0], list);
    if (keys.length === 1 && keys[0].length >= FUZZY_MIN && (kind === 'name' || kind === 'alias')) {
      this.fuzzyMaxLength = Math.max(this.fuzzyMaxLength, keys[0].length);
      for (const d of [keys[0], ...deletions(keys[0])]) {
        const f = this.fuzzy.get(d) ?? [];
        f.push(phrase);
        this.fuzzy.set(d, f);
      }
    }
  }

  /** Every phrase, for reports on a config (`elections --check` notes). */
  *all(): IterableIterator<Phrase> {
    for (const list of this.byFirstKey.values()) yield* list;
  }

  /** Once every phrase is in: the longest phrase of a first word is tried first. */
  longestFirst(): void {
    for (const list of this.byFirstKey.values()) {
      list.sort((a, b) => b.keys.length - a.keys.length);
      for (const p of list) {
        if (p.readings === undefined) continue;
        const all = [...p.refs];
        for (const r of p.readings) for (const ref of r.refs) if (!all.includes(ref)) all.push(ref);
        p.allRefs = all;
      }
    }
  }

  wordInfo(token: string): WordInfo {
    let info = this.words.get(token);
    if (info === undefined) {
      const key = cachedKey(token);
      info = { key, first: this.byFirstKey.get(key), fuzzy: undefined, features: undefined, featuresOf: undefined };
      this.words.set(token, info);
    }
    return info;
  }

  matchAt(keys: string[], infos: (WordInfo | undefined)[], tokens: string[], i: number): Phrase | undefined {
    const info = infos[i] as WordInfo;
    const list = info.first;
    if (list) {
      outer: for (const p of list) {
        if (i + p.keys.length > tokens.length) continue;
        for (let k = 1; k < p.keys.length; k++) if (keys[i + k] !== p.keys[k]) continue outer;
        if (p.exact !== undefined && !sameWords(p.exact, tokens, i)) continue;
        return p;
      }
    }
    const key = keys[i];
    // Shorter than any name that takes misspellings, or more than a letter longer than the longest one
    // (whose one-deletion variants are all longer still: a long token would only cost time, n² in its length).
    if (key.length < FUZZY_MIN || key.length > this.fuzzyMaxLength + 1) return undefined;
    // Fuzzy lookups build every one-deletion variant; remember the answer per token.
    if (info.fuzzy !== undefined) return info.fuzzy ?? undefined;
    let found: Phrase | null = null;
    // Not for words (affixed ones too: "diarak" is not Dardak), common given names ("Sugianto" is not
    // Subianto) or a letter away from another one ("Mahmud" is Mahmud, not Mahfud; "Martono" is not
    // Hartono): only misspellings of the name itself ("Lukaman" for an alias Lukman still is).
    const word = tokens[i];
    if (!isKnownWord(word) && !isCommonGivenName(word) && !isAffixedWord(word)) {
      for (const d of [key, ...deletions(key)]) {
        const hit = this.fuzzy.get(d)?.[0];
        if (hit) {
          if (!commonGivenNamesNear(word).some((name) => name !== hit.keys[0])) found = hit;
          break;
        }
      }
    }
    info.fuzzy = found;
    return found ?? undefined;
  }
}
