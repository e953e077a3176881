// Reading an election config into a MentionIndex's tables: each candidate's names and the forms posts
// write them in (first or last word, two words of three, the joined pair name), aliases, slogans,
// parties, campaign tags and account keys, each with the context it needs; and the empty box.
import type { ElectionConfig } from './schema.js';
import type { ElectionNames } from '../text/election-names.js';
import type { CandidateRef } from './mention-types.js';
import { ROLES, type Context } from './mention-context.js';
import { ambiguousAcronymsWith, isCommonGivenName } from './word-lists.js';
import { EMPTY_BOX_TAGS, EMPTY_BOX_WORDS, emptyBoxRef, hasEmptyBox } from './empty-box.js';
import { isEverydayPhrase, phraseWords } from './phrase-words.js';
import { isCommonWord } from './needed-context.js';
import type { PhraseIndex } from './phrase-index.js';
import type { CandidateAccounts } from './candidate-accounts.js';
import type { Races } from './races.js';
import type { CalegLists } from './caleg-lists.js';
import { partyEntryIndex } from './caleg-party.js';
import { HONORIFICS } from '../text/honorifics.js';
import { aliasesBesideParties } from './party-aliases.js';

/** Campaign tags (lowercase body) → candidates, and whether the tag is an everyday phrase (#IndonesiaMaju). */
export type CampaignTags = Map<string, { refs: CandidateRef[]; everyday: boolean }>;

/** What an election config is read into. */
export interface IndexTables {
  phrases: PhraseIndex;
  hashtags: CampaignTags;
  accounts: CandidateAccounts;
  races: Races;
  /** The party lists of Pileg configs with caleg. */
  calegs: CalegLists;
  /** The election names config phrases are read with. */
  names: ElectionNames;
}

/** Each person of a race (a candidate by ballot number, a caleg by place in the config) and their full names. */
function racePeople(cfg: ElectionConfig): [owner: string, fullNames: readonly string[]][] {
  return [...cfg.candidates.map((c): [string, readonly string[]] => [`${c.number}`, c.names]), ...(cfg.caleg ?? []).map((c, i): [string, readonly string[]] => [`caleg ${i}`, [c.name]])];
}

/**
 * The first and last words that begin or end names of two or more candidates (or caleg) of one race
 * ("partai" in a Pileg).
 */
function sharedNameWords(cfg: ElectionConfig, names: ElectionNames): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const [owner, fullNames] of racePeople(cfg)) {
    for (const full of fullNames) {
      const words = phraseWords(full, names);
      if (words.length < 2) continue;
      for (const w of [words[0], words[words.length - 1]]) owners.set(w, (owners.get(w) ?? new Set<string>()).add(owner));
    }
  }
  const shared = new Set<string>();
  for (const [w, numbers] of owners) if (numbers.size > 1) shared.add(w);
  return shared;
}

/**
 * The context a form of a name made of some of its words needs: none when one of them is distinctive;
 * common given names only ("Wahyu Prasetyo") are anyone's and need a role word or the race beside them;
 * ordinary words ("Bulan Emas" of "Partai Bulan Emas") are everyday language, and need a role or vote
 * word, a ballot number or the race beside them, like a single ordinary word.
 */
function formContext(words: readonly string[]): Context | undefined {
  return words.every(isCommonGivenName) ? 'role' : words.every(isCommonWord) ? 'title' : undefined;
}

/** A word anyone writes, as a word or as a name: "lalu", "bintang", "siti". */
function isAnyonesWord(word: string): boolean {
  return isCommonGivenName(word) || isCommonWord(word);
}

/**
 * The campaign tag of a post's tag body: a config's tag, or a tag that starts with the empty box's
 * tag where that counts ("#KotakKosongMenang" cheers the box as "#KotakKosong" names it).
 */
export function campaignTag(hashtags: CampaignTags, body: string): { refs: CandidateRef[]; everyday: boolean } | undefined {
  const tag = hashtags.get(body);
  if (tag !== undefined) return tag;
  for (const box of EMPTY_BOX_TAGS) if (body.startsWith(box)) return hashtags.get(box);
  return undefined;
}

/** A campaign tag (lowercase body, no '#'); a tag two candidates share names both. */
function addHashtag(hashtags: CampaignTags, tag: string, ref: CandidateRef, everyday: boolean): void {
  const known = hashtags.get(tag);
  if (known) known.refs.push(ref);
  else hashtags.set(tag, { refs: [ref], everyday });
}

/**
 * A full name and the forms posts write it in; returns its first word. "Joko", "Abdul", "Tri" alone are
 * anyone's names: only distinctive first and last names count alone; common ones need a role or vote
 * word or the race beside them ("paslon Budi dan Wahyu"). (Not initials: "MD" of "Mahfud MD" is part of
 * the name, not a name.) Nor a word that begins or ends the names of several candidates, or a role
 * word: "Partai" of "Partai Hijau Nusantara" and "Partai Buruh Sejahtera" names no party of a Pileg.
 */
function addName(phrases: PhraseIndex, full: string, ref: CandidateRef, shared: ReadonlySet<string>, names: ElectionNames): string | undefined {
  phrases.add(full, 'name', [ref]);
  const words = phraseWords(full, names);
  if (words.length > 1) {
    for (const w of [words[0], words[words.length - 1]]) {
      if (w.length > 2 && !shared.has(w) && !ROLES.has(w)) phrases.add(w, 'name', [ref], isCommonGivenName(w) ? 'role' : undefined);
    }
    // "Luluk Nur Hamidah" is written "Luluk Hamidah", "Rina Marlina Pohan" "Rina Marlina" and
    // "Abdul Muhaimin Iskandar" "Muhaimin Iskandar" too; two common names ("Abdul Iskandar",
    // "Wahyu Prasetyo") are anyone's, and so are two ordinary words ("Rakyat Bersatu" of "Partai
    // Gerakan Rakyat Bersatu", "Cahaya Bangsa"): they need context (formContext)
    if (words.length > 2) {
      const n = words.length;
      for (const [a, b] of [[words[0], words[n - 1]], [words[0], words[1]], [words[n - 2], words[n - 1]]]) phrases.add(`${a} ${b}`, 'name', [ref], formContext([a, b]));
      // "Partai Nelayan dan Tani" is written "Nelayan dan Tani": a name after a role word, without it
      if (n > 3 && ROLES.has(words[0])) phrases.add(words.slice(1).join(' '), 'name', [ref], formContext(words.slice(1)));
    }
  }
  return words[0];
}

/** A pair's alias joins two people ("Anies-Imin", "Luluk & Lukman"): its last word is the running mate's name, no surname. */
const PAIR_JOINER = /[-–&/+]/;

/**
 * An alias and, when it is a person's full name ("Budi Santoso"; not "Pak Budi" or the pair
 * "Anies-Imin"), its last word, the surname: anyone's relative or namesake has it, so it counts only
 * with the context a word of a name that is an ordinary word needs (a title, a role or vote word, the
 * race beside it: "Pak Santoso" when it is no common given name; a role word only when it is one, as for
 * a name's last word). Not an everyday word ("Bulan Emas" names no one "Emas"), nor a word of a name
 * in the race: the candidate's own are read with it already, and another's ("Agus Hadikusumo") would
 * be read as both, or as this one alone.
 */
function addAlias(phrases: PhraseIndex, alias: string, ref: CandidateRef, nameWords: ReadonlySet<string>, names: ElectionNames, ambiguous: ReadonlySet<string>): void {
  phrases.add(alias, 'alias', [ref], undefined, ambiguous);
  const words = phraseWords(alias, names);
  const last = words[words.length - 1];
  if (words.length < 2 || PAIR_JOINER.test(alias) || HONORIFICS.has(words[0]) || nameWords.has(last) || ROLES.has(last) || isCommonWord(last)) return;
  phrases.add(last, 'alias', [ref], isCommonGivenName(last) ? 'role' : 'title');
}

/** The words of every name in a race (candidates' and caleg's), read as posts read them: no alias's surname. */
function raceNameWords(cfg: ElectionConfig, names: ElectionNames): Set<string> {
  return new Set(racePeople(cfg).flatMap(([, fullNames]) => fullNames.flatMap((n) => phraseWords(n, names))));
}

/** @param alone whether the index holds this election only (posts are said to be about it) */
export function indexElection(cfg: ElectionConfig, alone: boolean, { phrases, hashtags, accounts, races, calegs, names }: IndexTables): void {
  const shared = sharedNameWords(cfg, names);
  const nameWords = raceNameWords(cfg, names);
  const refs = races.add(cfg);
  const ambiguous = ambiguousAcronymsWith(cfg.ambiguousAcronyms);
  for (let k = 0; k < cfg.candidates.length; k++) {
    const c = cfg.candidates[k];
    const ref = refs[k];
    const firstWords: string[] = [];
    for (const full of c.names) {
      const first = addName(phrases, full, ref, shared, names);
      if (first) firstWords.push(first);
    }
    // The joined pair name ("Prabowo Gibran") is made of two people's first names, not written in the
    // config: when both are words or names anyone writes ("Budi Siti" on a roster, "Pak Rahmat lalu
    // menjelaskan" for Rahmat and Lalu), it needs a role word or the race beside it, not a title.
    // The config's own alias for the pair ("Bintang-Adi") still counts alone.
    if (firstWords.length > 1) phrases.add(firstWords.join(' '), 'name', [ref], firstWords.every(isAnyonesWord) ? 'role' : undefined);
    for (const a of aliasesBesideParties(c)) addAlias(phrases, a, ref, nameWords, names, ambiguous); // one that is its party too: read as the party
    for (const s of c.slogans ?? []) phrases.add(s, 'slogan', [ref]);
    for (const p of c.parties ?? []) phrases.add(p, 'party', [ref], undefined, ambiguous);
    for (const h of c.hashtags ?? []) addHashtag(hashtags, h.replace(/^#/, '').toLowerCase(), ref, isEverydayPhrase(h, true, names));
    accounts.add(c, ref);
  }
  for (const p of cfg.parties ?? []) phrases.add(p, 'party', [], undefined, ambiguous);
  indexCaleg(cfg, refs, shared, nameWords, { phrases, accounts, calegs, names }, ambiguous);
  if (hasEmptyBox(cfg)) addEmptyBox(cfg, alone, phrases, hashtags);
}

/**
 * A Pileg's caleg: each name (and the forms posts write it in) and alias is a candidate mention, typed
 * <cand> as any candidate's, that refers to the caleg on their party's ballot entry (its number: a
 * caleg runs on it); and each holds a place on that party's list (CalegLists).
 */
function indexCaleg(cfg: ElectionConfig, refs: readonly CandidateRef[], shared: ReadonlySet<string>, nameWords: ReadonlySet<string>, { phrases, accounts, calegs, names }: Pick<IndexTables, 'phrases' | 'accounts' | 'calegs' | 'names'>, ambiguous: ReadonlySet<string>): void {
  for (const c of cfg.caleg ?? []) {
    const party = refs[partyEntryIndex(cfg.candidates, c.party)];
    if (party === undefined) continue; // the config checks refuse it
    const ref: CandidateRef = { ...party, caleg: { name: c.name, listNumber: c.number, dapil: c.dapil } };
    addName(phrases, c.name, ref, shared, names);
    for (const a of c.aliases ?? []) addAlias(phrases, a, ref, nameWords, names, ambiguous);
    accounts.add({ names: [c.name], aliases: c.aliases }, ref);
    calegs.add(ref);
  }
}

/**
 * A regional race with one pair is a race against the empty box (kotak/kolom kosong), and the guide
 * counts campaigning for the box as taking a side: its words are a contestant's, typed <cand> like a
 * name. They are also a form's checkbox and a snack box, so they always need the race around them
 * (context `race`). The tags (#KotakKosong) count only in an index of this race alone: beside other
 * elections a tag would pull the post's election toward this race on its own.
 */
function addEmptyBox(cfg: ElectionConfig, alone: boolean, phrases: PhraseIndex, hashtags: CampaignTags): void {
  const box = emptyBoxRef(cfg);
  for (const words of EMPTY_BOX_WORDS) {
    phrases.add(words, 'name', [box], 'race');
    if (alone) addHashtag(hashtags, words.replace(' ', ''), box, false); // tags starting with it too: campaignTag
  }
}
