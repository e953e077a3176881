// The text stage of the pipeline: raw exported post → normalized tokens.
// Order matters: encoding repairs first, then platform boilerplate is dropped, then case-sensitive
// steps (hashtag case boundaries, URLs, mentions), then lowercase string rewrites, then one tokenizer
// pass and a single loop of word rewrites.
import { repairMojibake } from './mojibake.js';
import { stripPlatformBoilerplate } from './platform.js';
import { cleanUnicode } from './unicode.js';
import { segmentHashtag } from './hashtag.js';
import { defaultElectionNames, type ElectionNames } from './election-names.js';
import { replaceLinksAndMentions, replaceDatesAndNumbers, replyHandleCount } from './placeholders.js';
import { replaceGesturePhrases, GESTURE_EMOJI, gestureToken } from './gestures.js';
import { rawTokens } from './tokenize.js';
import { allInCapitals, writtenInCapitals } from './capitals.js';
import { BALLOT_CUES, OTHER_BALLOT_VERBS, spelledCompound } from './ballot.js';
import { unstarWords } from './leetspeak.js';
import { splitHyphenated } from './reduplication.js';
import { markRosterNumbers } from './roster.js';
import { joinAtNarrowGaps, joinSpacedLetters, hasSingleLetterRun } from './spaced-letters.js';
import { TokenSink, MAX_TOKENS } from './token-sink.js';
import { emitWord, isLowerAsciiWord } from './word-rewrites.js';

export { MAX_TOKENS };

export interface NormalizedPost {
  /** Normalized text: the word tokens joined by spaces (hashtag tokens excluded, their words included). */
  text: string;
  /** Tokens for features: words, placeholders, emoji, `!`/`?`, and `#tag` tokens. */
  tokens: string[];
  /** Hashtag bodies, lowercased, without '#'. */
  hashtags: string[];
  /** @handles that were replaced by <user>, lowercased, for candidate-account detection. */
  handles: string[];
  /**
   * How many of the first tokens are the <user> of handles a reply starts with (Twitter's thread
   * chrome): mention detection still reads them as accounts, but they are not features, so a post
   * scores the same as a reply or not.
   */
  replyHandles: number;
  /**
   * Whether the word token at `at` was written in capitals ("AMIN") in a post not typed all in
   * capitals: case is lost in the tokens, and an alias in capitals that is also a word counts only so.
   */
  writtenInCapitals(at: number): boolean;
  /**
   * The text as typed, before lowercasing (links and handles replaced, tags not split): for what the
   * tokens do not keep, such as which district "dapil 2" names (its number is a bare <num>).
   */
  readonly typed: string;
}

export const MAX_INPUT_CHARS = 20_000; // longer input is cut: the service rejects far earlier

const HASHTAG = /#([\p{L}\p{N}_]{1,100})/gu;
const REPEATED_PUNCT = /^[!?]{2,}$/;
const WORDISH = /^[\p{L}\p{N}'’-]+$/u;
/** Vote words a post may star letters out of ("c*blos"). */
const VOTE_WORDS = [...BALLOT_CUES.keys(), ...OTHER_BALLOT_VERBS];

function replaceHashtags(text: string, hashtags: string[], names: ElectionNames): string {
  if (!text.includes('#')) return text;
  return text.replace(HASHTAG, (_m, body: string) => {
    const lower = body.toLowerCase();
    hashtags.push(lower);
    return ` #${lower} ${segmentHashtag(body, names).join(' ')} `;
  });
}

/**
 * The ministry's words before "RB" (Kementerian PAN-RB): "Menpan RB", "KemenPAN-RB", "PAN RB" read as
 * one word, as "MenpanRB" is. Apart, the slang list read "rb" as "ribu" and "pan" as the party PAN.
 */
const PAN_RB: ReadonlySet<string> = new Set(['pan', 'menpan', 'kemenpan', 'permenpan', 'kepmenpan']);

function pushRaw(raws: string[], t: string): void {
  if (t === 'rb' && PAN_RB.has(raws[raws.length - 1])) raws[raws.length - 1] += t;
  else raws.push(t);
}

/**
 * @param names the election names to read the post with (hashtags split at them, rosters and ballot
 * numbers told by them): a scorer's own; outside one, ELECTIONS_DIR's
 */
export function normalize(input: string, names: ElectionNames = defaultElectionNames()): NormalizedPost {
  const hashtags: string[] = [];
  const handles: string[] = [];
  let text = typeof input === 'string' ? input : String(input ?? '');
  if (text.length > MAX_INPUT_CHARS) text = text.slice(0, MAX_INPUT_CHARS);
  text = stripPlatformBoilerplate(cleanUnicode(repairMojibake(text)));
  const reply = replyHandleCount(text);
  text = replaceLinksAndMentions(text, handles);
  const typed = text;
  text = replaceHashtags(text, hashtags, names);
  const cased = text;
  text = text.toLowerCase();
  text = replaceGesturePhrases(text);
  text = replaceDatesAndNumbers(text);
  text = unstarWords(text, VOTE_WORDS);

  // Hyphenated tokens are split before spaced letters are joined, so "c-o-b-l-o-s", "w-k" and
  // "a b c" all end up the same on the first pass and again on any later pass (idempotence).
  const raws: string[] = [];
  for (const t of rawTokens(joinAtNarrowGaps(text))) {
    if (t.length > 2 && t.includes('-') && t[0] !== '#' && t[0] !== '<') for (const part of splitHyphenated(t)) pushRaw(raws, part);
    else pushRaw(raws, t);
  }
  const joined = markRosterNumbers(joinSpacedLetters(raws), names);
  // an alias in capitals that is also a word ("GAMA nomor 3 sampai 4") makes the post an election's as its mention does
  // (asked only for such a word: most posts never look at their case)
  let typedInCapitals: boolean | undefined;
  const sink = new TokenSink(names, text, joined, (at) => !(typedInCapitals ??= allInCapitals(typed)) && writtenInCapitals(cased, joined, at));
  for (let r = 0; r < joined.length; r++) {
    const raw = joined[r];
    const first = raw.charCodeAt(0);
    const compound = first >= 97 && first <= 122 ? spelledCompound(joined, r) : undefined;
    if (compound !== undefined && sink.pushSpelledCompound(joined.slice(r, r + compound.length), compound.value)) {
      r += compound.length - 1;
      continue;
    }
    if (first === 60 /* < */ && raw.endsWith('>')) {
      const n = /^<no:(\d+)>$/.exec(raw);
      if (n) sink.pushBallot(Number(n[1]));
      else sink.push(raw);
    } else if (first === 35 /* # */) {
      sink.push(raw, false);
    } else if (first === 33 || first === 63 /* ! ? */) {
      sink.push(REPEATED_PUNCT.test(raw) ? (raw.includes('!') ? '!' : '?') : raw);
    } else if (isLowerAsciiWord(raw)) {
      emitWord(sink, raw, true);
    } else if (WORDISH.test(raw)) {
      emitWord(sink, raw, false);
    } else {
      const gesture = GESTURE_EMOJI.get(raw);
      sink.push(gesture === undefined ? raw : gestureToken(gesture));
    }
  }
  sink.finish();
  // Word rewrites (leetspeak, elongation) can leave new runs of single letters ("c g9g" → "c g g");
  // join those too, so that normalizing the output again changes nothing.
  let tokens = sink.tokens;
  let words = sink.words;
  if (hasSingleLetterRun(words)) {
    tokens = joinSpacedLetters(tokens, (joined) => {
      const scratch = new TokenSink(names); // the joined word goes through the same word rewrites
      emitWord(scratch, joined);
      return scratch.tokens;
    });
    words = tokens.filter((t) => t.charCodeAt(0) !== 35);
  }
  let replyHandles = 0;
  while (replyHandles < reply && tokens[replyHandles] === '<user>') replyHandles++;
  return new Normalized(tokens, hashtags, handles, words, replyHandles, typed, cased);
}

class Normalized implements NormalizedPost {
  private joined: string | undefined;
  constructor(
    readonly tokens: string[],
    readonly hashtags: string[],
    readonly handles: string[],
    private readonly words: string[],
    readonly replyHandles: number,
    /** The text before its tags were split and before lowercasing, and just before lowercasing. */
    readonly typed: string,
    private readonly cased: string,
  ) {}

  writtenInCapitals(at: number): boolean {
    return !allInCapitals(this.typed) && writtenInCapitals(this.cased, this.tokens, at);
  }

  /** Joined on first use: scoring reads only the tokens, and joining cost ~4 % of normalize. */
  get text(): string {
    return (this.joined ??= this.words.join(' '));
  }
}
