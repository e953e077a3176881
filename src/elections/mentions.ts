// Mention detection: finds candidates (names, aliases, pair names, misspelt nicknames), ballot numbers,
// gestures, parties, slogans, hashtags and candidate accounts in a normalized post, says which candidate
// each refers to, and rewrites them into typed placeholders (<cand>, <cand_no>, <party>, …) so that a
// model trained on one election reads "support for a candidate", not "support for Khofifah".
import type { NormalizedPost } from '../text/normalize.js';
import { isKnownWord } from '../text/lexicon.js';
import { isCommonGivenName, commonGivenNamesNear } from './word-lists.js';
import { BoundedCache } from '../text/lru.js';
import { NAME_TITLES } from '../text/honorifics.js';
import { spellKey, deletions } from './spelling.js';
import type { ElectionConfig } from './schema.js';
import { wibDate } from './stage.js';
import { ROLES, hasContext, type Context, type Found, type Phrase } from './mention-context.js';
import { handleHasKey, handleWords, keyPattern } from './account-handles.js';
import type { CandidateRef, Mention, MentionKind, MentionResult } from './mention-types.js';
import { PLACEHOLDER_OF, mentionText } from './typed-tokens.js';
import { EMPTY_BOX_WORDS, emptyBoxRef, hasEmptyBox } from './empty-box.js';
import { BALLOT_TOKEN, isBareGesture, isNumberOne, legislatorNumber, spelledOneAfter } from './ballot-mentions.js';
import { isAffixedWord, isCommonWord, isCountedAcronym, isEverydayPhrase, neededContext, phraseWords } from './phrase-words.js';

export type { MentionKind, CandidateRef, Mention, MentionResult } from './mention-types.js';
export { PLACEHOLDER_OF, mentionsCandidate } from './typed-tokens.js';
export { EMPTY_BOX_NUMBER, hasEmptyBox, emptyBoxRef } from './empty-box.js';
export { isEverydayPhrase } from './phrase-words.js';

const FUZZY_MIN = 6;
/** A race is settled this long after its voting day (disputes, rulings): later posts are about another one. */
const DECIDED_AFTER_DAYS = 120;
const keyCache = new BoundedCache<string, string>(50_000);

/** The first of `refs` in `election` (a loop: a find callback would be a closure per mention). */
function refIn(refs: readonly CandidateRef[], election: string | undefined): CandidateRef | undefined {
  for (const r of refs) if (r.election === election) return r;
  return undefined;
}

function sameWords(words: readonly string[], tokens: readonly string[], at: number): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k] !== words[k]) return false;
  return true;
}

function cachedKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = spellKey(word);
    keyCache.set(word, key);
  }
  return key;
}

/** The first and last words that begin or end names of two or more candidates of one race ("partai" in a Pileg). */
function sharedNameWords(cfg: ElectionConfig): Set<string> {
  const owners = new Map<string, Set<number>>();
  for (const c of cfg.candidates) {
    for (const full of c.names) {
      const words = phraseWords(full);
      if (words.length < 2) continue;
      for (const w of [words[0], words[words.length - 1]]) owners.set(w, (owners.get(w) ?? new Set<number>()).add(c.number));
    }
  }
  const shared = new Set<string>();
  for (const [w, numbers] of owners) if (numbers.size > 1) shared.add(w);
  return shared;
}

interface WordInfo {
  key: string;
  first: Phrase[] | undefined;
  /** undefined: not looked for yet; null: no fuzzy match. */
  fuzzy: Phrase | null | undefined;
}

export class MentionIndex {
  private readonly byFirstKey = new Map<string, Phrase[]>();
  private readonly fuzzy = new Map<string, Phrase[]>();
  /** The longest key in `fuzzy`'s phrases. */
  private fuzzyMaxLength = 0;
  /** Per token: its spelling key, the phrases starting with that key, its fuzzy match once looked for. One lookup per token instead of three. */
  private readonly words = new BoundedCache<string, WordInfo>(50_000);
  /** Campaign tags (lowercase body) → candidates, and whether the tag is an everyday phrase (#IndonesiaMaju). */
  private readonly hashtags = new Map<string, { refs: CandidateRef[]; everyday: boolean }>();
  private readonly numbers = new Map<string, Map<number, CandidateRef>>();
  /** Account keys with their patterns, compiled once: a handle not seen before is tested against them all. */
  private readonly accountKeys: { key: string; pattern: RegExp; ref: CandidateRef }[] = [];
  /** Candidates named in an @handle, per handle: a scan over every account key is too slow per post. */
  private readonly handleRefs = new BoundedCache<string, CandidateRef[]>(20_000);
  private readonly votingDay = new Map<string, string>();
  /**
   * Per token of the post being read (the first tokens.length entries): its WordInfo (none for
   * placeholders and #tags) and spelling key. Reused between posts, as detect is synchronous: two
   * arrays per post were a good part of its garbage.
   */
  private readonly infos: (WordInfo | undefined)[] = [];
  private readonly keys: string[] = [];
  readonly elections: readonly ElectionConfig[];
  /** The election when the index holds exactly one. */
  private onlyElection: string | undefined;

  constructor(configs: readonly ElectionConfig[]) {
    this.elections = configs;
    for (const cfg of configs) this.addElection(cfg, configs.length === 1);
    this.onlyElection = configs.length === 1 ? configs[0].id : undefined;
    for (const list of this.byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** @param fixed the context the words need, when not the one their kind and words say (see Context) */
  private addPhrase(text: string, kind: MentionKind, refs: CandidateRef[], fixed?: Context): void {
    const words = phraseWords(text);
    if (words.length === 0) return;
    const keys = words.map(cachedKey);
    // Words anyone writes need context to count (see neededContext); an acronym is matched word for word.
    const acronym = isCountedAcronym(text, kind, words);
    const context: Context = fixed ?? neededContext(words, kind, acronym);
    const list = this.byFirstKey.get(keys[0]) ?? [];
    // The same words as a name in one race and an alias in another ("Amin") are one phrase with both
    // candidates: both read as <cand>, and the election is chosen from all of them.
    const same = list.find((p) => PLACEHOLDER_OF[p.kind] === PLACEHOLDER_OF[kind] && p.keys.join(' ') === keys.join(' '));
    if (same) {
      for (const r of refs) if (!same.refs.includes(r)) same.refs.push(r);
      // a config's own words count as the config says, also when a form of a name had them first
      // (an alias "Cahaya Bangsa" of "Partai Cahaya Bangsa" counts alone)
      if (context === 'none') same.context = 'none';
      return;
    }
    const phrase: Phrase = { keys, kind, refs: [...refs], context, ...(acronym ? { exact: words } : {}) };
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

  /** @param alone whether the index holds this election only (posts are said to be about it) */
  private addElection(cfg: ElectionConfig, alone: boolean): void {
    const shared = sharedNameWords(cfg);
    const numbers = new Map<number, CandidateRef>();
    this.numbers.set(cfg.id, numbers);
    if (cfg.schedule?.voting) this.votingDay.set(cfg.id, cfg.schedule.voting);
    for (const c of cfg.candidates) {
      const ref: CandidateRef = { election: cfg.id, number: c.number, name: c.names.join(' – ') };
      numbers.set(c.number, ref);
      const firstWords: string[] = [];
      for (const full of c.names) {
        this.addPhrase(full, 'name', [ref]);
        const words = phraseWords(full);
        if (words.length > 1) {
          // "Joko", "Abdul", "Tri" alone are anyone's names: only distinctive first and last names count
          // alone; common ones need a role or vote word or the race beside them ("paslon Budi dan Wahyu").
          // (not initials: "MD" of "Mahfud MD" is part of the name, not a name)
          // Nor a word that begins or ends the names of several candidates, or a role word: "Partai" of
          // "Partai Hijau Nusantara" and "Partai Buruh Sejahtera" names no party of a Pileg.
          for (const w of [words[0], words[words.length - 1]]) {
            if (w.length > 2 && !shared.has(w) && !ROLES.has(w)) this.addPhrase(w, 'name', [ref], isCommonGivenName(w) ? 'role' : undefined);
          }
          // "Luluk Nur Hamidah" is written "Luluk Hamidah", "Rina Marlina Pohan" "Rina Marlina" and
          // "Abdul Muhaimin Iskandar" "Muhaimin Iskandar" too; two common names ("Abdul Iskandar",
          // "Wahyu Prasetyo") are anyone's, and need context; two ordinary words ("Rakyat Bersatu" of
          // "Partai Gerakan Rakyat Bersatu", "Cahaya Bangsa") are everyday language, and need a role
          // word ("partai"), a title or the race beside them, like a single ordinary word
          if (words.length > 2) {
            const n = words.length;
            for (const [a, b] of [[words[0], words[n - 1]], [words[0], words[1]], [words[n - 2], words[n - 1]]]) {
              const context = isCommonGivenName(a) && isCommonGivenName(b) ? 'role' : isCommonWord(a) && isCommonWord(b) ? 'title' : undefined;
              this.addPhrase(`${a} ${b}`, 'name', [ref], context);
            }
          }
        }
        if (words[0]) firstWords.push(words[0]);
      }
      if (firstWords.length > 1) this.addPhrase(firstWords.join(' '), 'name', [ref]); // joined pair name
      for (const a of c.aliases ?? []) this.addPhrase(a, 'alias', [ref]);
      for (const s of c.slogans ?? []) this.addPhrase(s, 'slogan', [ref]);
      for (const p of c.parties ?? []) this.addPhrase(p, 'party', [ref]);
      for (const h of c.hashtags ?? []) this.addHashtag(h.replace(/^#/, '').toLowerCase(), ref, isEverydayPhrase(h, true));
      this.addAccountKeys(c, ref);
    }
    for (const p of cfg.parties ?? []) this.addPhrase(p, 'party', []);
    if (hasEmptyBox(cfg)) this.addEmptyBox(cfg, alone);
  }

  /**
   * A regional race with one pair is a race against the empty box (kotak/kolom kosong), and the guide
   * counts campaigning for the box as taking a side: its words are a contestant's, typed <cand> like a
   * name. They are also a form's checkbox and a snack box, so they always need the race around them
   * (context `race`). The tags (#KotakKosong) count only in an index of this race alone: beside other
   * elections a tag would pull the post's election toward this race on its own.
   */
  private addEmptyBox(cfg: ElectionConfig, alone: boolean): void {
    const box = emptyBoxRef(cfg);
    for (const words of EMPTY_BOX_WORDS) {
      this.addPhrase(words, 'name', [box], 'race');
      if (alone) this.addHashtag(words.replace(' ', ''), box, false);
    }
  }

  /** A campaign tag (lowercase body, no '#'); a tag two candidates share names both. */
  private addHashtag(tag: string, ref: CandidateRef, everyday: boolean): void {
    const known = this.hashtags.get(tag);
    if (known) known.refs.push(ref);
    else this.hashtags.set(tag, { refs: [ref], everyday });
  }

  /**
   * A candidate's account keys: each full name joined (@budihartono, @tri_rismaharini) and its first and
   * last words joined; distinctive first words and aliases; an alias that is a common given name only
   * with the surname of the name it shortens (@sandiuno, not @wahyu_kurniawan); never a title and a
   * common given name (@kangasep is any Asep).
   */
  private addAccountKeys(c: ElectionConfig['candidates'][number], ref: CandidateRef): void {
    const keys = new Set<string>();
    const names = c.names.map(handleWords).filter((words) => words.length > 0);
    for (const words of names) {
      if (words.length > 1) keys.add(words.join(' ')).add(`${words[0]} ${words[words.length - 1]}`);
      if (!isCommonGivenName(words[0])) keys.add(words[0]);
    }
    for (const alias of c.aliases ?? []) {
      const words = handleWords(alias);
      if (words.length === 1 && isCommonGivenName(words[0])) {
        for (const name of names) if (name.length > 1 && name[0].startsWith(words[0])) keys.add(`${words[0]} ${name[name.length - 1]}`);
      } else if (words.length > 0 && !(words.length === 2 && NAME_TITLES.has(words[0]) && isCommonGivenName(words[1]))) keys.add(words.join(' '));
    }
    for (const key of keys) if (key.replace(/ /g, '').length >= 5) this.accountKeys.push({ key, pattern: keyPattern(key), ref });
  }

  private wordInfo(token: string): WordInfo {
    let info = this.words.get(token);
    if (info === undefined) {
      const key = cachedKey(token);
      info = { key, first: this.byFirstKey.get(key), fuzzy: undefined };
      this.words.set(token, info);
    }
    return info;
  }

  private matchAt(keys: string[], infos: (WordInfo | undefined)[], tokens: string[], i: number): Phrase | undefined {
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

  /** @param when the post's time, when known: it picks between races the post could be about */
  detect(post: NormalizedPost, when?: Date): MentionResult {
    const tokens = post.tokens;
    const { infos, keys } = this;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i].charCodeAt(0);
      const info = first === 60 || first === 35 ? undefined : this.wordInfo(tokens[i]);
      infos[i] = info;
      keys[i] = info === undefined ? '' : info.key;
    }
    const found: Found[] = [];
    let handleIndex = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === '<user>') {
        const handle = post.handles[handleIndex++];
        const refs = handle ? this.refsOfHandle(handle) : [];
        if (refs.length) found.push({ kind: 'account', start: i, end: i + 1, refs });
        continue;
      }
      const ballot = t.charCodeAt(0) === 60 ? BALLOT_TOKEN.exec(t) : null;
      if (ballot) {
        const gesture = ballot[1] === 'gesture';
        const legislator = !gesture && legislatorNumber(tokens, i); // a caleg's place on a party list
        found.push({
          kind: gesture ? 'gesture' : 'number', start: i, end: i + 1, refs: [], number: Number(ballot[2]),
          bareGesture: gesture && isBareGesture(tokens, i), legislator,
        });
        continue;
      }
      if (t.charCodeAt(0) === 35) {
        const tag = this.hashtags.get(t.slice(1));
        if (tag) found.push({ kind: 'hashtag', start: i, end: i + 1, refs: tag.refs, everydayTag: tag.everyday });
        continue;
      }
      if (!keys[i]) continue;
      const phrase = this.matchAt(keys, infos, tokens, i);
      if (phrase) {
        const end = i + phrase.keys.length;
        found.push({ phrase, kind: phrase.kind, start: i, end, refs: phrase.refs });
        i = end - 1;
        if (phrase.context === 'none' && spelledOneAfter(tokens, end) && phrase.refs.some(isNumberOne)) {
          found.push({ kind: 'number', start: end, end: end + 2, refs: [], number: 1 });
          i = end + 1;
        }
      }
    }
    // Words that need context (see Context) count only with it; the context must need none itself.
    const accepted: Found[] = [];
    for (let idx = 0; idx < found.length; idx++) if (hasContext(found, idx, tokens)) accepted.push(found[idx]);
    const election = this.chooseElection(accepted, when && !Number.isNaN(when.getTime()) ? wibDate(when) : undefined);
    // A reply's leading handles (post.replyHandles) are left out of the typed tokens, a candidate's
    // account too: it is listed as a mention, but whom a post answers is not what it says (on
    // validation, typing it cost the cross-election views).
    const skip = post.replyHandles;
    if (accepted.length === 0) {
      // Most posts mention nobody: the typed tokens are the tokens themselves.
      const typed = skip > 0 ? tokens.slice(skip) : tokens;
      return { mentions: [], tokens: typed, surfaces: typed, refs: new Array(typed.length).fill(undefined), election };
    }
    const mentions: Mention[] = [];
    for (const f of accepted) {
      let candidate: CandidateRef | undefined;
      if (f.legislator) {
        candidate = undefined; // a ballot number, read as one, of nobody in the config
      } else if (f.number !== undefined) {
        candidate = this.resolveNumber(f.number, election);
        if (!candidate && !this.numberExists(f.number)) continue; // a ballot number no election has
      } else {
        candidate = refIn(f.refs, election) ?? (f.refs.length === 1 ? f.refs[0] : undefined) ?? this.latest(f.refs);
      }
      const mention: Mention = {
        kind: f.kind,
        text: mentionText(f.kind, tokens, f.start, f.end, post.handles[this.userOrdinal(tokens, f.start)], f.number),
        candidate,
        start: f.start,
        end: f.end,
      };
      mentions.push(mention);
    }
    const out: string[] = [];
    const surfaces: string[] = [];
    const refs: (CandidateRef | undefined)[] = [];
    // Mentions come in token order and do not overlap: walk them beside the tokens (a Map by start
    // was one more allocation per post), from the first one after a reply's leading handles.
    let next = 0;
    while (next < mentions.length && mentions[next].start < skip) next++;
    for (let i = skip; i < tokens.length; i++) {
      const m = next < mentions.length && mentions[next].start === i ? mentions[next] : undefined;
      if (m) {
        out.push(PLACEHOLDER_OF[m.kind]);
        surfaces.push(m.text);
        refs.push(m.candidate);
        i = m.end - 1;
        next++;
      } else {
        out.push(tokens[i]);
        surfaces.push(tokens[i]);
        refs.push(undefined);
      }
    }
    return { mentions, tokens: out, surfaces, refs, election };
  }

  private refsOfHandle(handle: string): CandidateRef[] {
    let refs = this.handleRefs.get(handle);
    if (refs === undefined) {
      refs = this.accountKeys.filter((a) => handleHasKey(handle, a.key, a.pattern)).map((a) => a.ref);
      this.handleRefs.set(handle, refs);
    }
    return refs;
  }

  private userOrdinal(tokens: string[], at: number): number {
    let n = 0;
    for (let i = 0; i < at; i++) if (tokens[i] === '<user>') n++;
    return n;
  }

  private numberExists(n: number): boolean {
    for (const m of this.numbers.values()) if (m.has(n)) return true;
    return false;
  }

  private resolveNumber(n: number, election: string | undefined): CandidateRef | undefined {
    if (election) return this.numbers.get(election)?.get(n);
    if (this.numbers.size === 1) return [...this.numbers.values()][0].get(n);
    return undefined;
  }

  /** The candidate in the race with the latest voting day; none when two races share that day. */
  private latest(refs: CandidateRef[]): CandidateRef | undefined {
    let best: CandidateRef | undefined;
    let tied = false;
    for (const r of refs) {
      const day = this.votingDay.get(r.election) ?? '';
      const bestDay = best ? (this.votingDay.get(best.election) ?? '') : undefined;
      if (bestDay === undefined || day > bestDay) {
        best = r;
        tied = false;
      } else if (day === bestDay && r.election !== best!.election) tied = true;
    }
    return tied ? undefined : best;
  }

  /** Whether the race was decided well before `day` (voting day more than DECIDED_AFTER_DAYS earlier). */
  private decidedBefore(id: string, day: string): boolean {
    const voting = this.votingDay.get(id);
    if (voting === undefined) return false;
    const settled = new Date(Date.parse(`${voting}T00:00:00Z`) + DECIDED_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
    return settled < day;
  }

  /**
   * The election with the most candidate-bound mentions; a ballot number votes for each election in
   * which it is the number of a candidate named in the post ("Golkar 02 menang": Golkar backs number 02
   * in one race and number 01 in another). A post dated `day` (WIB) is about a race still open then,
   * when one got votes: a 2024 post naming Jokowi and Prabowo is not about 2019. Ties go to the
   * earliest race still open, or else the newest; a tie that leaves two races level names none.
   */
  private chooseElection(found: readonly Found[], day?: string): string | undefined {
    if (this.numbers.size === 1) return this.onlyElection;
    if (found.length === 0) return undefined; // most posts
    const votes = new Map<string, number>();
    for (const f of found) {
      for (let i = 0; i < f.refs.length; i++) {
        const id = f.refs[i].election;
        let first = true; // one vote per election a mention names
        for (let j = 0; j < i && first; j++) if (f.refs[j].election === id) first = false;
        if (first) votes.set(id, (votes.get(id) ?? 0) + 1);
      }
      if (f.number === undefined || f.legislator) continue;
      const agreeing = new Set<string>();
      for (const o of found) for (const r of o.refs) if (r.number === f.number) agreeing.add(r.election);
      for (const id of agreeing) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    let anyOpen = false;
    if (day !== undefined) for (const id of votes.keys()) if (!this.decidedBefore(id, day)) anyOpen = true;
    // More votes first; then the earliest race still open on the post's date, or else the newest race
    // (a 2025 post about Prabowo is about 2024, not 2019). Two races level on both: none.
    let best: string | undefined;
    let tied = false;
    for (const [id, v] of votes) {
      if (anyOpen && this.decidedBefore(id, day!)) continue;
      if (best === undefined) {
        best = id;
        continue;
      }
      const bv = votes.get(best)!;
      const a = this.votingDay.get(id) ?? '';
      const b = this.votingDay.get(best) ?? '';
      const better = v > bv || (v === bv && (anyOpen ? a < b : a > b));
      if (better) {
        best = id;
        tied = false;
      } else if (v === bv && a === b) tied = true;
    }
    return tied ? undefined : best;
  }

}
