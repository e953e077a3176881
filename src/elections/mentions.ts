// Mention detection: finds candidates (names, aliases, pair names, misspelt nicknames), ballot numbers,
// gestures, parties, slogans, hashtags and candidate accounts in a normalized post, says which candidate
// each refers to, and rewrites them into typed placeholders (<cand>, <cand_no>, <party>, …) so that a
// model trained on one election reads "support for a candidate", not "support for Khofifah".
import type { NormalizedPost } from '../text/normalize.js';
import { normalize } from '../text/normalize.js';
import { isKnownWord } from '../text/lexicon.js';
import { isStopword } from '../text/stopwords.js';
import { stem } from '../text/stem.js';
import { readDataLines } from '../text/resources.js';
import { BoundedCache } from '../text/lru.js';
import { HONORIFICS } from '../text/honorifics.js';
import { spellKey, deletions } from './spelling.js';
import type { ElectionConfig } from './schema.js';

export type MentionKind = 'name' | 'alias' | 'number' | 'gesture' | 'party' | 'slogan' | 'hashtag' | 'account';

export interface CandidateRef {
  election: string;
  number: number;
  name: string;
}

export interface Mention {
  kind: MentionKind;
  /** The normalized words (or #tag / @handle) that were matched. */
  text: string;
  candidate?: CandidateRef;
  /** Token span [start, end) in the normalized token list. */
  start: number;
  end: number;
}

export interface MentionResult {
  mentions: Mention[];
  /** Tokens with mentions replaced by typed placeholders. */
  tokens: string[];
  /** For each typed token, the words it stands for (the token itself when it is not a mention). */
  surfaces: string[];
  /** For each typed token, the candidate it refers to, if any. */
  refs: (CandidateRef | undefined)[];
  /** The election most mentions point at, when any. */
  election?: string;
}

interface Phrase {
  keys: string[];
  kind: MentionKind;
  refs: CandidateRef[]; // empty for parties not tied to a candidate
  /** Single common or short words ("amin", "tri", "ade") need a title or a neighbouring mention. */
  needsContext: boolean;
}

export const PLACEHOLDER_OF: Record<MentionKind, string> = {
  name: '<cand>',
  alias: '<cand>',
  number: '<cand_no>',
  gesture: '<cand_gesture>',
  party: '<party>',
  slogan: '<slogan>',
  hashtag: '<cand_tag>',
  account: '<cand_user>',
};

const PLACEHOLDERS: ReadonlySet<string> = new Set(Object.values(PLACEHOLDER_OF));

/** Whether mention-typed tokens name a candidate or party (any placeholder above). */
export function mentionsCandidate(tokens: readonly string[]): boolean {
  for (const t of tokens) if (t.charCodeAt(0) === 60 && PLACEHOLDERS.has(t)) return true;
  return false;
}

/** Words before a common word that make it a name: honorifics and contest roles ("capres Ganjar"). */
const TITLES: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...['capres', 'cawapres', 'cagub', 'cawagub', 'cabup', 'cawabup', 'cawalkot', 'cawawalkot', 'cawali', 'paslon', 'calon', 'partai'],
]);
const FUZZY_MIN = 6;
const BALLOT_TOKEN = /^<(no|gesture):(\d+)>$/;
const keyCache = new BoundedCache<string, string>(50_000);

function cachedKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = spellKey(word);
    keyCache.set(word, key);
  }
  return key;
}

function phraseWords(text: string): string[] {
  return normalize(text).tokens.filter((t) => !t.startsWith('<') && !t.startsWith('#'));
}

let phrases: Set<string> | undefined;
/** data/everyday-phrases.txt: slogans that are also everyday language. */
function everydayPhrases(): Set<string> {
  return (phrases ??= new Set(readDataLines('everyday-phrases.txt')));
}

let givenNames: Set<string> | undefined;
/** data/common-given-names.txt: first and last names too common to point at a candidate alone. */
function commonGivenNames(): Set<string> {
  return (givenNames ??= new Set(readDataLines('common-given-names.txt')));
}

function isCommonWord(word: string): boolean {
  return word.length < 4 || isKnownWord(word) || isStopword(word);
}

/** An affixed form of a known root: "berkarya" (karya). */
function isAffixedWord(word: string): boolean {
  const root = stem(word);
  return root !== word && isKnownWord(root);
}

/** What people see for a mention: the words, "@handle", or a readable ballot number or gesture. */
function mentionText(kind: MentionKind, words: string[], handle: string | undefined, n: number | undefined): string {
  if (kind === 'account') return `@${handle ?? ''}`;
  if (kind === 'number') return `nomor ${n}`;
  if (kind === 'gesture') return `salam ${n} jari`;
  return words.join(' ');
}

// Titles written before a name inside a handle: @burisma, @khmarufamin, and handle-only prefixes:
// @mohmahfudmd (Moh.), @trirismaharini, @tkn… (a campaign team).
const HANDLE_TITLES = new RegExp(`(?:^|[^a-z])(?:${[...HONORIFICS, 'moh', 'tri', 'tkn'].join('|')})$`);

/**
 * Whether a handle names the account key: a key of 6+ letters anywhere (@jhprabowo), a 5-letter key
 * only where a word starts, at the start, after a non-letter or after a title (@chandra_wijaya is
 * not Andra, @uasabdulsomad not Abdul Muhaimin).
 */
export function handleHasKey(handle: string, key: string): boolean {
  for (let at = handle.indexOf(key); at >= 0; at = handle.indexOf(key, at + 1)) {
    if (key.length >= 6 || at === 0 || !/[a-z]/.test(handle[at - 1]) || HANDLE_TITLES.test(handle.slice(0, at))) return true;
  }
  return false;
}

export class MentionIndex {
  private readonly byFirstKey = new Map<string, Phrase[]>();
  private readonly fuzzy = new Map<string, Phrase[]>();
  private readonly fuzzyHits = new BoundedCache<string, Phrase | null>(50_000);
  private readonly hashtags = new Map<string, CandidateRef[]>();
  private readonly numbers = new Map<string, Map<number, CandidateRef>>();
  private readonly accountKeys: { key: string; ref: CandidateRef }[] = [];
  /** Candidates named in an @handle, per handle: a scan over every account key is too slow per post. */
  private readonly handleRefs = new BoundedCache<string, CandidateRef[]>(20_000);
  private readonly votingDay = new Map<string, string>();
  readonly elections: readonly ElectionConfig[];

  constructor(configs: readonly ElectionConfig[]) {
    this.elections = configs;
    for (const cfg of configs) this.addElection(cfg);
    for (const list of this.byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  private addPhrase(text: string, kind: MentionKind, refs: CandidateRef[]): void {
    const words = phraseWords(text);
    if (words.length === 0) return;
    const keys = words.map(cachedKey);
    // Words anyone writes need context to count: a single common word ("ganjar", and a party named
    // like an affixed word, "berkarya"), or a slogan that is an everyday phrase ("kerja nyata",
    // "Indonesia maju" — also the cabinet's name, which civil servants write about every day).
    const needsContext =
      words.length === 1 ? isCommonWord(words[0]) || (kind === 'party' && isAffixedWord(words[0])) : kind === 'slogan' && everydayPhrases().has(words.join(' '));
    const list = this.byFirstKey.get(keys[0]) ?? [];
    // The same words as a name in one race and an alias in another ("Amin") are one phrase with both
    // candidates: both read as <cand>, and the election is chosen from all of them.
    const same = list.find((p) => PLACEHOLDER_OF[p.kind] === PLACEHOLDER_OF[kind] && p.keys.join(' ') === keys.join(' '));
    if (same) {
      for (const r of refs) if (!same.refs.includes(r)) same.refs.push(r);
      return;
    }
    const phrase: Phrase = { keys, kind, refs: [...refs], needsContext };
    list.push(phrase);
    this.byFirstKey.set(keys[0], list);
    if (keys.length === 1 && keys[0].length >= FUZZY_MIN && (kind === 'name' || kind === 'alias')) {
      for (const d of [keys[0], ...deletions(keys[0])]) {
        const f = this.fuzzy.get(d) ?? [];
        f.push(phrase);
        this.fuzzy.set(d, f);
      }
    }
  }

  private addElection(cfg: ElectionConfig): void {
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
          // "Joko", "Abdul", "Tri" alone are anyone's names: only distinctive first and last names count alone.
          for (const w of [words[0], words[words.length - 1]]) if (!commonGivenNames().has(w)) this.addPhrase(w, 'name', [ref]);
          // "Luluk Nur Hamidah" is written "Luluk Hamidah" too
          const [first, last] = [words[0], words[words.length - 1]];
          if (words.length > 2 && !(commonGivenNames().has(first) && commonGivenNames().has(last))) this.addPhrase(`${first} ${last}`, 'name', [ref]);
        }
        if (words[0]) firstWords.push(words[0]);
      }
      if (firstWords.length > 1) this.addPhrase(firstWords.join(' '), 'name', [ref]); // joined pair name
      for (const a of c.aliases ?? []) this.addPhrase(a, 'alias', [ref]);
      for (const s of c.slogans ?? []) this.addPhrase(s, 'slogan', [ref]);
      for (const p of c.parties ?? []) this.addPhrase(p, 'party', [ref]);
      for (const h of c.hashtags ?? []) {
        const tag = h.replace(/^#/, '').toLowerCase();
        this.hashtags.set(tag, [...(this.hashtags.get(tag) ?? []), ref]);
      }
      for (const w of [...firstWords, ...(c.aliases ?? []).map((a) => a.toLowerCase())]) {
        const key = w.replace(/[^a-z0-9]/g, '');
        if (key.length >= 5 && !commonGivenNames().has(key)) this.accountKeys.push({ key, ref }); // not @abdulsomad
      }
    }
    for (const p of cfg.parties ?? []) this.addPhrase(p, 'party', []);
  }

  private matchAt(keys: string[], tokens: string[], i: number): Phrase | undefined {
    const list = this.byFirstKey.get(keys[i]);
    if (list) {
      outer: for (const p of list) {
        if (i + p.keys.length > keys.length) continue;
        for (let k = 1; k < p.keys.length; k++) if (keys[i + k] !== p.keys[k]) continue outer;
        return p;
      }
    }
    const key = keys[i];
    if (key.length < FUZZY_MIN) return undefined;
    // Fuzzy lookups build every one-deletion variant; remember the answer per token.
    const cached = this.fuzzyHits.get(tokens[i]);
    if (cached !== undefined) return cached ?? undefined;
    let found: Phrase | null = null;
    if (!isKnownWord(tokens[i])) {
      for (const d of [key, ...deletions(key)]) {
        const hit = this.fuzzy.get(d)?.[0];
        if (hit) {
          found = hit;
          break;
        }
      }
    }
    this.fuzzyHits.set(tokens[i], found);
    return found ?? undefined;
  }

  detect(post: NormalizedPost): MentionResult {
    const tokens = post.tokens;
    const keys = tokens.map((t) => (t.charCodeAt(0) === 60 || t.charCodeAt(0) === 35 ? '' : cachedKey(t)));
    type Found = { phrase?: Phrase; kind: MentionKind; start: number; end: number; refs: CandidateRef[]; number?: number };
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
        found.push({ kind: ballot[1] === 'no' ? 'number' : 'gesture', start: i, end: i + 1, refs: [], number: Number(ballot[2]) });
        continue;
      }
      if (t.charCodeAt(0) === 35) {
        const refs = this.hashtags.get(t.slice(1));
        if (refs) found.push({ kind: 'hashtag', start: i, end: i + 1, refs });
        continue;
      }
      if (!keys[i]) continue;
      const phrase = this.matchAt(keys, tokens, i);
      if (phrase) {
        found.push({ phrase, kind: phrase.kind, start: i, end: i + phrase.keys.length, refs: phrase.refs });
        i += phrase.keys.length - 1;
      }
    }
    // Single common words count only next to a title ("bu", "gus") or another mention; everyday
    // slogans only in a post with another mention that needs no context (a name, a number…).
    const accepted = found.filter((f, idx) => {
      if (!f.phrase?.needsContext) return true;
      if (f.phrase.keys.length > 1) return found.some((o) => o !== f && !o.phrase?.needsContext);
      const prev = tokens[f.start - 1];
      if (prev && TITLES.has(prev)) return true;
      // a neighbouring mention of the same candidate: "jokowi amin", not "gus hans amin"
      // ("AMIN 01": a ballot number is the same candidate when it is that candidate's number)
      const sameCandidate = (o: Found | undefined): boolean =>
        !!o &&
        !o.phrase?.needsContext &&
        (o.number !== undefined ? f.refs.some((q) => q.number === o.number) : o.refs.some((r) => f.refs.some((q) => q.election === r.election && q.number === r.number)));
      const before = found[idx - 1];
      const after = found[idx + 1];
      return (before?.end === f.start && sameCandidate(before)) || (after?.start === f.end && sameCandidate(after));
    });
    const election = this.chooseElection(accepted);
    if (accepted.length === 0) {
      // Most posts mention nobody: the typed tokens are the tokens themselves.
      return { mentions: [], tokens, surfaces: tokens, refs: new Array(tokens.length).fill(undefined), election };
    }
    const mentions: Mention[] = [];
    const replaced = new Map<number, Mention>();
    for (const f of accepted) {
      let candidate: CandidateRef | undefined;
      if (f.number !== undefined) {
        candidate = this.resolveNumber(f.number, election);
        if (!candidate && !this.numberExists(f.number)) continue; // a ballot number no election has
      } else {
        candidate = f.refs.find((r) => r.election === election) ?? (f.refs.length === 1 ? f.refs[0] : undefined) ?? this.latest(f.refs);
      }
      const mention: Mention = {
        kind: f.kind,
        text: mentionText(f.kind, tokens.slice(f.start, f.end), post.handles[this.userOrdinal(tokens, f.start)], f.number),
        candidate,
        start: f.start,
        end: f.end,
      };
      mentions.push(mention);
      replaced.set(f.start, mention);
    }
    const out: string[] = [];
    const surfaces: string[] = [];
    const refs: (CandidateRef | undefined)[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = replaced.get(i);
      if (m) {
        out.push(PLACEHOLDER_OF[m.kind]);
        surfaces.push(m.text);
        refs.push(m.candidate);
        i = m.end - 1;
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
      refs = this.accountKeys.filter((a) => handleHasKey(handle, a.key)).map((a) => a.ref);
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

  private latest(refs: CandidateRef[]): CandidateRef | undefined {
    let best: CandidateRef | undefined;
    for (const r of refs) {
      if (!best || (this.votingDay.get(r.election) ?? '') > (this.votingDay.get(best.election) ?? '')) best = r;
    }
    return best;
  }

  /**
   * The election with the most candidate-bound mentions; a ballot number votes for each election in
   * which it is the number of a candidate named in the post ("Golkar 02 menang": Golkar backs number 02
   * in one race and number 01 in another). Ties go to the most recent election.
   */
  private chooseElection(found: { refs: CandidateRef[]; number?: number }[]): string | undefined {
    if (this.numbers.size === 1) return [...this.numbers.keys()][0];
    const votes = new Map<string, number>();
    const vote = (id: string) => votes.set(id, (votes.get(id) ?? 0) + 1);
    for (const f of found) for (const id of new Set(f.refs.map((r) => r.election))) vote(id);
    for (const f of found) {
      if (f.number === undefined) continue;
      const agreeing = new Set<string>();
      for (const o of found) for (const r of o.refs) if (r.number === f.number) agreeing.add(r.election);
      for (const id of agreeing) vote(id);
    }
    let best: string | undefined;
    for (const [id, v] of votes) {
      const bv = best ? votes.get(best)! : -1;
      if (v > bv || (v === bv && (this.votingDay.get(id) ?? '') > (this.votingDay.get(best!) ?? ''))) best = id;
    }
    return best;
  }
}
