// Mention detection: finds candidates (names, aliases, pair names, misspelt nicknames), ballot numbers,
// gestures, parties, slogans, hashtags and candidate accounts in a normalized post, says which candidate
// each refers to, and rewrites them into typed placeholders (<cand>, <cand_no>, <party>, …) so that a
// model trained on one election reads "support for a candidate", not "support for Khofifah".
// The parts: index-election.ts reads configs into the tables, phrase-index.ts matches words,
// ballot-mentions.ts and candidate-accounts.ts read numbers and handles, mention-context.ts decides
// what counts, races.ts chooses the election, typed-tokens.ts writes the placeholders.
import type { NormalizedPost } from '../text/normalize.js';
import type { ElectionConfig } from './schema.js';
import { defaultElectionNames, type ElectionNames } from '../text/election-names.js';
import { wibDate } from './stage.js';
import { hasContext, sharesCandidate, type Found, type Phrase } from './mention-context.js';
import type { CandidateRef, Mention, MentionResult } from './mention-types.js';
import { PLACEHOLDER_OF, mentionText } from './typed-tokens.js';
import { BALLOT_TOKEN, isBareGesture, isNumberOne, legislatorNumber, spelledOneAfter } from './ballot-mentions.js';
import { PhraseIndex, phraseRefs, readingIn, type WordInfo } from './phrase-index.js';
import { CandidateAccounts } from './candidate-accounts.js';
import { Races, refIn } from './races.js';
import { campaignTag, indexElection, type CampaignTags } from './index-election.js';
import { CalegLists } from './caleg-lists.js';
import { postDistricts, type District } from './districts.js';

export type { MentionKind, CandidateRef, Mention, MentionResult } from './mention-types.js';
export { PLACEHOLDER_OF, mentionsCandidate } from './typed-tokens.js';
export { EMPTY_BOX_NUMBER, hasEmptyBox, emptyBoxRef } from './empty-box.js';

/**
 * The end of the words normalization put after the tag at `at` ("#abahbunda abah bunda"): the tokens
 * that spell its body in order. A word rewritten on the way (a digit read as a number) ends them early.
 */
function tagWordsEnd(tokens: readonly string[], at: number): number {
  const body = tokens[at].slice(1).replace(/_/g, '');
  let spelled = 0;
  let end = at + 1;
  while (end < tokens.length && spelled < body.length && body.startsWith(tokens[end], spelled)) spelled += tokens[end++].length;
  return end;
}

/**
 * Whether a gesture token of number `n` at `at` shows the gesture a cue made just before it ("salam 3
 * jari 🤟"): one gesture, said and shown. Only the first sign after it: more repeat it, as "✌️✌️"
 * alone is two (and the model reads them so).
 */
function showsLastGesture(last: Found | undefined, at: number, n: number): last is Found {
  return last !== undefined && last.kind === 'gesture' && last.end === at && last.end - last.start === 1 && last.number === n && last.bareGesture === false;
}

export class MentionIndex {
  private readonly phrases: PhraseIndex;
  private readonly hashtags: CampaignTags = new Map();
  private readonly accounts = new CandidateAccounts();
  private readonly calegs = new CalegLists();
  private readonly races: Races;
  /**
   * Per token of the post being read (the first tokens.length entries): its WordInfo (none for
   * placeholders and #tags) and spelling key. Reused between posts, as detect is synchronous: two
   * arrays per post were a good part of its garbage.
   */
  private readonly infos: (WordInfo | undefined)[] = [];
  private readonly keys: string[] = [];
  readonly elections: readonly ElectionConfig[];

  /**
   * @param names the election names posts are read with (normalize and preparePost take them from
   * here): a scorer's own, from all its configs; without, ELECTIONS_DIR's
   */
  constructor(
    configs: readonly ElectionConfig[],
    readonly names: ElectionNames = defaultElectionNames(),
  ) {
    this.elections = configs;
    this.phrases = new PhraseIndex(names);
    this.races = new Races(configs.length === 1 ? configs[0].id : undefined);
    const tables = { phrases: this.phrases, hashtags: this.hashtags, accounts: this.accounts, races: this.races, calegs: this.calegs, names };
    for (const cfg of configs) indexElection(cfg, configs.length === 1, tables);
    this.phrases.longestFirst();
  }

  /** @param when the post's time, when known: it picks between races the post could be about */
  detect(post: NormalizedPost, when?: Date): MentionResult {
    const tokens = post.tokens;
    const { infos, keys, phrases, accounts, races } = this;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i].charCodeAt(0);
      const info = first === 60 || first === 35 ? undefined : phrases.wordInfo(tokens[i]);
      infos[i] = info;
      keys[i] = info === undefined ? '' : info.key;
    }
    const found: Found[] = [];
    let handleIndex = 0;
    // The words of the config tag read last ("#AbahBunda abah bunda"), up to tagEnd: they name its own
    // candidates only ("abah" is a title before "bunda", another pair's nickname, only outside the tag).
    let tagEnd = 0;
    let tagRefs: CandidateRef[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === '<user>') {
        const handle = post.handles[handleIndex++];
        const refs = handle ? accounts.refsOf(handle) : [];
        if (refs.length) found.push({ kind: 'account', start: i, end: i + 1, refs });
        continue;
      }
      const ballot = t.charCodeAt(0) === 60 ? BALLOT_TOKEN.exec(t) : null;
      if (ballot) {
        const gesture = ballot[1] === 'gesture';
        const last = found[found.length - 1];
        if (gesture && showsLastGesture(last, i, Number(ballot[2]))) {
          last.end = i + 1; // "salam 3 jari 🤟": the emoji shows the gesture just spoken
          continue;
        }
        const legislator = !gesture && legislatorNumber(tokens, i); // a caleg's place on a party list
        found.push({
          kind: gesture ? 'gesture' : 'number', start: i, end: i + 1, refs: [], number: Number(ballot[2]),
          bareGesture: gesture && isBareGesture(tokens, i), legislator,
        });
        continue;
      }
      if (t.charCodeAt(0) === 35) {
        const tag = campaignTag(this.hashtags, t.slice(1));
        if (tag) {
          found.push({ kind: 'hashtag', start: i, end: i + 1, refs: tag.refs, everydayTag: tag.everyday });
          tagEnd = tagWordsEnd(tokens, i);
          tagRefs = tag.refs;
        }
        continue;
      }
      if (!keys[i]) continue;
      const phrase = phrases.matchAt(keys, infos, tokens, i);
      if (phrase) {
        const end = i + phrase.keys.length;
        const refs = phraseRefs(phrase);
        if (end <= tagEnd && refs.length > 0 && !sharesCandidate(refs, tagRefs, false)) {
          i = end - 1; // another candidate's words inside a candidate's own tag
          continue;
        }
        // "AMIN" as the config writes it, not "amin" or "aamiin" (its spelling key): the pair's acronym
        const capitals = phrase.capitals !== undefined && t === phrase.capitals && post.writtenInCapitals(i);
        found.push({ phrase, kind: phrase.kind, start: i, end, refs, ...(capitals ? { capitals } : {}) });
        i = end - 1;
        // refs of all its readings: words that are number 1 in another race than their first reading's
        if (phrase.context === 'none' && spelledOneAfter(tokens, end) && refs.some(isNumberOne)) {
          found.push({ kind: 'number', start: end, end: end + 2, refs: [], number: 1 });
          i = end + 1;
        }
      }
    }
    // Words that need context (see Context) count only with it; the context must need none itself.
    const accepted: Found[] = [];
    for (let idx = 0; idx < found.length; idx++) if (hasContext(found, idx, tokens, this.names)) accepted.push(found[idx]);
    const election = races.chooseElection(accepted, when && !Number.isNaN(when.getTime()) ? wibDate(when) : undefined);
    // A reply's leading handles (post.replyHandles) are left out of the typed tokens, a candidate's
    // account too: it is listed as a mention, but whom a post answers is not what it says (on
    // validation, typing it cost the cross-election views).
    const skip = post.replyHandles;
    if (accepted.length === 0) {
      // Most posts mention nobody: the typed tokens are the tokens themselves.
      const typed = skip > 0 ? tokens.slice(skip) : tokens;
      return { mentions: [], tokens: typed, surfaces: typed, refs: new Array(typed.length).fill(undefined), words: infos.slice(skip, tokens.length), election };
    }
    const mentions: Mention[] = [];
    let districts: District[] | undefined; // read from the text only for a list place some caleg hold
    // The districts' closure is made inline, for a number only: a `const named = () => …` per post was
    // given its name by tsx's `__name` (Object.defineProperty), 0.8 % of a post's CPU.
    for (let idx = 0; idx < accepted.length; idx++) {
      const f = accepted[idx];
      let candidate: CandidateRef | undefined;
      // a caleg's place on a party list: the caleg's, when the config's caleg say whose; else nobody's
      const place = f.number === undefined ? undefined : this.calegs.listPlace(accepted, idx, tokens, election, () => (districts ??= postDistricts(post.typed)));
      if (place !== undefined) {
        candidate = place.ref;
      } else if (f.legislator) {
        candidate = undefined; // a ballot number, read as one, of nobody in the config
      } else if (f.number !== undefined) {
        // The config says whose a ballot number is, not whether it is one: a number no contestant of
        // the races read against has (another race's, a caleg's) is still <cand_no>, of nobody; the
        // bare <no:N> has next to no weight, as every ballot number is <cand_no> in training.
        candidate = races.resolveNumber(f.number, election);
      } else {
        candidate = refIn(f.refs, election) ?? (f.refs.length === 1 ? f.refs[0] : undefined) ?? races.latest(f.refs);
      }
      // words that are another kind in another race read as their kind in the candidate's race
      const kind = f.phrase?.readings ? readingIn(f.phrase, candidate?.election).kind : f.kind;
      const mention: Mention = {
        kind,
        text: mentionText(kind, tokens, f.start, f.end, post.handles[this.userOrdinal(tokens, f.start)], f.number),
        candidate,
        start: f.start,
        end: f.end,
      };
      mentions.push(mention);
    }
    const out: string[] = [];
    const surfaces: string[] = [];
    const refs: (CandidateRef | undefined)[] = [];
    const words: (WordInfo | undefined)[] = [];
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
        words.push(undefined);
        i = m.end - 1;
        next++;
      } else {
        out.push(tokens[i]);
        surfaces.push(tokens[i]);
        refs.push(undefined);
        words.push(infos[i]);
      }
    }
    return { mentions, tokens: out, surfaces, refs, words, election };
  }

  /** The config phrases this index finds (names, forms of names, aliases, slogans, parties), for reports on a config. */
  phraseList(): Iterable<Phrase> {
    return this.phrases.all();
  }

  private userOrdinal(tokens: string[], at: number): number {
    let n = 0;
    for (let i = 0; i < at; i++) if (tokens[i] === '<user>') n++;
    return n;
  }
}
