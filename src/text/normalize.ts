// The text stage of the pipeline: raw exported post → normalized tokens.
// Order matters: encoding repairs first, then platform boilerplate is dropped, then case-sensitive
// steps (hashtag case boundaries, URLs, mentions), then lowercase string rewrites, then one tokenizer
// pass and a single loop of word rewrites.
import { repairMojibake } from './mojibake.js';
import { stripPlatformBoilerplate } from './platform.js';
import { cleanUnicode } from './unicode.js';
import { segmentHashtag } from './hashtag.js';
import { replaceLinksAndMentions, replaceDatesAndNumbers, replyHandleCount } from './placeholders.js';
import { replaceGesturePhrases, GESTURE_EMOJI, gestureToken } from './gestures.js';
import { rawTokens } from './tokenize.js';
import { ADDRESS_WORDS, NOT_A_STREET, BALLOT_CUES, SPELLED_COUNT_WORDS, SPELLED_NUMBER_CUES, WHICH_WORDS, NUMBER_WORDS, MAX_BALLOT, NOT_BALLOT_BEFORE, COUNT_NOUNS, VOTE_VERBS, OTHER_BALLOT_VERBS, QUIZ_WORDS, QUIZ_ANSWERS, BALLOT_LEADS, RANGE_WORDS, ELECTION_WORDS, REGULATION_WORDS, ISSUER_WORDS, MAX_REGULATION_GAP, SE_REGIONS, ballotToken, paddedBallot, spelledCompound } from './ballot.js';
import { undoElongation } from './elongation.js';
import { leetReading, undoLeet, unstarWords } from './leetspeak.js';
import { expandDigitReduplication, splitHyphenated } from './reduplication.js';
import { expandSlang } from './slang.js';
import { markRosterNumbers } from './roster.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { isCandidateNameWord } from './lexicon.js';

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
}

export const MAX_INPUT_CHARS = 20_000; // longer input is cut: the service rejects far earlier
export const MAX_TOKENS = 1_000;

const HASHTAG = /#([\p{L}\p{N}_]{1,100})/gu;
const DIGITS = /^\d+$/;
const LETTERS_DIGITS = /^([a-z]+)(\d+)$/;
const REPEATED_PUNCT = /^[!?]{2,}$/;
const WORDISH = /^[\p{L}\p{N}'’-]+$/u;
const BALLOT_TOKEN = /^<no:\d+>$/;
/** Vote words a post may star letters out of ("c*blos"). */
const VOTE_WORDS = [...BALLOT_CUES.keys(), ...OTHER_BALLOT_VERBS];

function replaceHashtags(text: string, hashtags: string[]): string {
  if (!text.includes('#')) return text;
  return text.replace(HASHTAG, (_m, body: string) => {
    const lower = body.toLowerCase();
    hashtags.push(lower);
    return ` #${lower} ${segmentHashtag(body).join(' ')} `;
  });
}

// one letter, possibly elongated ("hhh" becomes "h" later)
const RUN_OF_ONE_LETTER = /^([a-z])\1*$/;
const isSingleLetter = (t: string): boolean =>
  t.length === 1 ? t >= 'a' && t <= 'z' : t.charCodeAt(0) === t.charCodeAt(1) && RUN_OF_ONE_LETTER.test(t);

/**
 * Joins runs of three or more single letters: "c o b l o s" → "coblos". Hashtag tokens inside a run
 * are stepped over (and kept after the word): they are absent from the normalized text, so a run must
 * not depend on them for normalization to be idempotent.
 */
function joinSpacedLetters(tokens: string[], finish: (joined: string) => string[] = (w) => [w]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isSingleLetter(tokens[i])) {
      out.push(tokens[i++]);
      continue;
    }
    const letters: string[] = [];
    const tags: string[] = [];
    let j = i;
    while (j < tokens.length && (isSingleLetter(tokens[j]) || tokens[j][0] === '#')) {
      if (tokens[j][0] === '#') tags.push(tokens[j]);
      else letters.push(tokens[j]);
      j++;
    }
    if (letters.length >= 3) out.push(...finish(letters.join('')), ...tags);
    else out.push(...tokens.slice(i, j));
    i = j;
  }
  return out;
}

// Single letters apart: "p i l i h   n o m o r", "c o b l o s"
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:\s+\p{L}(?![\p{L}\p{N}])){2,}/gu;
const LETTER = /^\p{L}$/u;
const isGap = (c: number): boolean => c === 32 || (c >= 9 && c <= 13); // other spaces are gone by now

/**
 * Whether a lone letter stands between gaps somewhere ("p i l i h"): necessary for SPACED_LETTERS,
 * and a loop instead of that regex on every post (the regex alone was ~5 % of normalize). A lone
 * non-ASCII character is checked for being a letter (an emoji between spaces is not).
 */
function hasLoneLetter(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isGap(c) || !isGap(text.charCodeAt(i - 1))) continue;
    const wide = c >= 0xd800 && c <= 0xdbff; // a letter outside the BMP takes two code units
    const after = text.charCodeAt(wide ? i + 2 : i + 1);
    if (isGap(after) && ((c >= 97 && c <= 122) || (c >= 128 && LETTER.test(String.fromCodePoint(text.codePointAt(i) as number))))) return true;
  }
  return false;
}
const GAP = /\s+/g;
const gapWidth = (gap: string): number => (gap.includes('\n') ? Infinity : gap.length);

/**
 * Runs of spaced letters with gaps of two widths (or a line break) are words apart: "P I L I H   N O
 * M O R" → "pilih nomor", "p i l i h   f a n i   n o" → "pilih fani no", which joinSpacedLetters
 * would join into one word or leave as letters. Runs with even gaps are left to joinSpacedLetters.
 */
function joinAtNarrowGaps(text: string): string {
  if (!hasLoneLetter(text)) return text;
  return text.replace(SPACED_LETTERS, (run) => {
    const widths = (run.match(GAP) ?? []).map(gapWidth);
    const narrowest = Math.min(...widths);
    if (widths.every((w) => w === narrowest)) return run;
    return run.replace(GAP, (gap) => (gapWidth(gap) === narrowest ? '' : ' '));
  });
}

function hasSingleLetterRun(words: readonly string[]): boolean {
  let run = 0;
  for (const w of words) {
    run = w.length === 1 && w >= 'a' && w <= 'z' ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

class TokenSink {
  readonly tokens: string[] = [];
  readonly words: string[] = [];
  /**
   * Index in `tokens` (and in `words`) of a ballot number read after a vote verb (pilih 2), while the
   * words after it may still make it a count: "pilih 2 orang", "pilih 2 dari 5".
   */
  private cuedBallot = -1;
  private cuedWord = -1;
  /** The spelled number read at cuedBallot ("coblos satu"): "kali" right after it makes it a count too. */
  private cuedSpelled: string | undefined;
  /** The ballot number at cuedBallot came after "nomor" alone: only "dari" and a number can make it a place ("nomor 2 dari 3 bersaudara"). */
  private cuedPlace = false;
  /** The digits read at cuedBallot, when it was written in digits. */
  private cuedDigits = '';
  /** The pure cue words the last ballot number dropped ("nomor", "no urut"), and those of cuedBallot. */
  private droppedCues: string[] = [];
  private cuedCues: string[] = [];

  /** Whether the post has an election word or a candidate's name; computed on first use. */
  private election: boolean | undefined;

  /**
   * @param text the lowercased text the words come from, to see punctuation the tokens drop
   * @param raws the raw tokens of the text, to tell whether the post is about an election
   */
  constructor(
    private readonly text = '',
    private readonly raws: readonly string[] = [],
  ) {}

  /**
   * Whether the post has an election word (calon, pilkada, coblos …) or a candidate's name: then "X
   * nomor 1" is the ballot number ("Calon Gubernur Jawa Timur nomor 1"), elsewhere mostly the idiom.
   */
  private electionPost(): boolean {
    return (this.election ??= this.raws.some((t) => ELECTION_WORDS.has(t) || isCandidateNameWord(t)));
  }

  /**
   * Whether the text has `cue` and `word` only with punctuation between them ("Tiga paslon, tiga
   * tim sukses"): the tokens lose commas, and a spelled number is a ballot number only right after
   * its cue. Checked only when a spelled number follows a cue, which is rare.
   */
  private punctuatedApart(cue: string, word: string, marks = ',.;:'): boolean {
    const around = (gap: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(cue)}${gap}${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u');
    return around(`\\s*[${marks}]\\s*`).test(this.text) && !around('\\s+').test(this.text);
  }

  push(token: string, inText = true): void {
    if (this.tokens.length >= MAX_TOKENS) return;
    this.tokens.push(token);
    if (!inText) return;
    this.words.push(token);
    if (this.cuedBallot >= 0) this.settleCount();
  }

  /** The ballot number just pushed came right after a vote verb: the next words may make it a count. */
  private cueCount(spelled?: string, place = false): void {
    if (!BALLOT_TOKEN.test(this.tokens[this.tokens.length - 1] ?? '')) return;
    this.cuedBallot = this.tokens.length - 1;
    this.cuedWord = this.words.length - 1;
    this.cuedSpelled = spelled;
    this.cuedPlace = place;
    this.cuedCues = this.droppedCues;
  }

  /**
   * Whether the word before the pure cue words just read ("nomor", "no urut") leaves the number free to
   * be a place in a row ("Anak saya nomor 2 dari 3 bersaudara"): not a ballot word or verb, a vote call
   * or "yang" ("pilih nomor 2 dari 3 paslon", "yang nomor 2 dari 3 calon" are ballot numbers).
   */
  private placeMayFollow(): boolean {
    const at = this.cueStart();
    if (at === this.words.length) return false;
    const before = this.words[at - 1];
    return before === undefined || !(BALLOT_CUES.has(before) || OTHER_BALLOT_VERBS.has(before) || BALLOT_LEADS.has(before) || WHICH_WORDS.has(before));
  }

  /** Once the words after a vote verb's number decide, turns it into a count or leaves it a ballot number. */
  private settleCount(): void {
    const count = this.countAfter(this.words.slice(this.cuedWord + 1));
    if (count === undefined) return;
    if (count) {
      // a place in a row keeps its "nomor" as other numbered things do ("antrian nomor <num>")
      const cues = this.cuedPlace ? this.cuedCues : [];
      this.tokens.splice(this.cuedBallot, 1, ...cues, '<num>');
      this.words.splice(this.cuedWord, 1, ...cues, '<num>');
    }
    this.cuedBallot = -1;
    this.cuedSpelled = undefined;
    this.cuedPlace = false;
  }

  /**
   * Whether the words after a vote verb's number make it a count (undefined: not yet known): a counted
   * thing ("pilih 2 orang"), "coblos satu kali", a share ("pilih 2 dari 5") or, after a quiz word, the
   * answer wanted ("Soal 3: pilih 1 yang paling tepat").
   */
  private countAfter(after: readonly string[]): boolean | undefined {
    const [next, second, third] = after;
    if (this.cuedPlace) {
      // "nomor 2 dari 3 bersaudara", "juara nomor 2 dari 30 peserta"; not "nomor 2 dari 3 paslon"
      if (next !== 'dari' || (second !== undefined && second !== '<num>' && !NUMBER_WORDS.has(second))) return false;
      return third === undefined ? undefined : !CONTESTANT_WORDS.has(third);
    }
    if (COUNT_NOUNS.has(next)) return true;
    // "coblos 1 kali saja", "coblos satu kali": once; not "coblos 2 kali ini" (this time), "coblos 2, kali ini…"
    if (next === 'kali' && second !== undefined && THIS_TIME.has(second)) return false;
    if (next === 'kali' && this.cuedSpelled === undefined) return second === undefined ? undefined : !this.punctuatedApart(this.cuedDigits, next);
    if (this.cuedSpelled !== undefined && SPELLED_COUNT_WORDS.has(next)) return !this.punctuatedApart(this.cuedSpelled, next);
    if (next === 'dari') return second === undefined ? undefined : second === '<num>' || NUMBER_WORDS.has(second);
    if (next !== 'yang' || !this.words.slice(0, this.cuedWord).some((w) => QUIZ_WORDS.has(w))) return false;
    const answer = second === 'paling' ? third : second;
    return answer === undefined ? undefined : QUIZ_ANSWERS.has(answer);
  }

  /** The last token that is part of the text, for ballot cues. */
  last(): string | undefined {
    return this.words[this.words.length - 1];
  }

  /** A ballot number: drop the pure cue words before it ("nomor urut"), then emit <no:N>. */
  pushBallot(n: number): void {
    const dropped: string[] = [];
    while (this.words.length > 0 && BALLOT_CUES.get(this.words[this.words.length - 1]) === true) {
      const cue = this.words.pop() as string;
      dropped.unshift(cue);
      const at = this.tokens.lastIndexOf(cue);
      if (at >= 0) this.tokens.splice(at, 1);
    }
    this.droppedCues = dropped;
    const verb = this.words[this.words.length - 1];
    if (verb !== undefined && OTHER_BALLOT_VERBS.has(verb)) {
      this.words[this.words.length - 1] = 'coblos';
      this.tokens[this.tokens.lastIndexOf(verb)] = 'coblos';
    }
    this.push(ballotToken(n));
  }

  /** Where the trailing pure cue words ("nomor urut") start in `words`; words.length when there are none. */
  private cueStart(): number {
    let at = this.words.length;
    while (at > 0 && BALLOT_CUES.get(this.words[at - 1]) === true) at--;
    return at;
  }

  /** "Rekap 01 sampai 03": a range ending in a number takes the kind of the number it starts from. */
  private rangeEnd(): boolean {
    const n = this.words.length;
    return n >= 2 && RANGE_WORDS.has(this.words[n - 1]) && this.words[n - 2] === '<num>';
  }

  /** "antrian nomor 2", "soal no 3", "Jl. Sudirman No. 2": the cue numbers a thing, not a candidate. */
  private numberedThing(): boolean {
    const at = this.cueStart();
    if (at === this.words.length || at === 0) return false;
    const before = this.words[at - 1];
    if (NOT_BALLOT_BEFORE.has(before) || ADDRESS_WORDS.has(before) || this.citedRegulation(at)) return true;
    // a street name between: "Jl. Sudirman No. 2"; not "Kompleks kami nomor 3", "Perum Griya semua nomor 2"
    return at >= 2 && ADDRESS_WORDS.has(this.words[at - 2]) && !NOT_A_STREET.has(before) && !BALLOT_CUES.has(before);
  }

  /**
   * Whether the cue at `at` numbers a regulation or letter named a few words before it, its issuer
   * between: "Keputusan KPU Nomor 2", "Instruksi Gubernur Jawa Timur No. 4" (with "Tahun 2024" after it
   * the number was <num> already). A vote word, a call, a placeholder or a candidate's name between
   * ends the look back: "Sesuai keputusan rapat, coblos nomor 2".
   */
  private citedRegulation(at: number): boolean {
    for (let k = at - 1; k >= 0 && k >= at - MAX_REGULATION_GAP; k--) {
      const w = this.words[k];
      const namesIssuer = REGULATION_WORDS.get(w);
      if (namesIssuer !== undefined) {
        const cited = namesIssuer || (ISSUER_WORDS.has(this.words[k + 1]) && !(w === 'se' && SE_REGIONS.has(this.words[k + 1])));
        return cited && !this.commaBetween(k, at);
      }
      if (BALLOT_CUES.has(w) || BALLOT_LEADS.has(w) || WHICH_WORDS.has(w) || w.charCodeAt(0) === 60 || isCandidateNameWord(w)) return false;
    }
    return false;
  }

  /**
   * Whether a comma or semicolon stands between words[from] and words[to]: it ends a regulation's name
   * ("Keputusan KPU, Ganjar nomor 3"). Not a full stop, which abbreviations have ("SK Kab. Sleman No 5").
   */
  private commaBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.punctuatedApart(this.words[j], this.words[j + 1], ',;')) return true;
    return false;
  }

  /**
   * A spelled number after "nomor" is a ballot number ("Ingat, nomor dua!", "nomer telu"), except a
   * numbered thing and the idiom "X nomor satu" ("kesehatan keluarga nomor satu").
   */
  private spelledBallotAfterPureCue(n: number): boolean {
    const at = this.cueStart();
    if (at === this.words.length || this.numberedThing()) return false;
    return n !== 1 || this.oneAfterPureCue();
  }

  /**
   * Whether "nomor satu" or "nomor 1" is ballot number 1 rather than the idiom "X nomor satu" (the
   * best, the first): at the start, after "urut", a ballot word, "yang" (nu, sing…) or a word that
   * calls for a vote ("ayo nomor 1!", "pokoke nomer siji").
   */
  private oneAfterPureCue(): boolean {
    const at = this.cueStart();
    if (at === 0 || this.words.lastIndexOf('urut') >= at) return true;
    const before = this.words[at - 1];
    return BALLOT_CUES.has(before) || WHICH_WORDS.has(before) || OTHER_BALLOT_VERBS.has(before) || BALLOT_LEADS.has(before);
  }

  pushNumber(digits: string): void {
    const cue = this.last();
    const n = Number(digits);
    const plain = cue !== undefined && (NOT_BALLOT_BEFORE.has(cue) || this.numberedThing() || this.rangeEnd());
    const padded = plain ? undefined : paddedBallot(digits);
    if (padded !== undefined) this.pushBallot(padded);
    else if (!plain && digits === '1' && BALLOT_CUES.get(cue ?? '') === true && !this.electionPost() && !this.oneAfterPureCue()) {
      // "Keselamatan pasien nomor 1", "Argentina nomor 1 di hati": the idiom, read as its spelled form
      // (mention detection still reads it after candidate 1's name: "Luluk nomor 1").
      this.push('satu');
    } else if (!plain && cue !== undefined && BALLOT_CUES.has(cue) && n >= 1 && n <= MAX_BALLOT && digits.length <= 2) {
      const place = BALLOT_CUES.get(cue) === true && this.placeMayFollow();
      this.pushBallot(n);
      this.cuedDigits = digits;
      if (VOTE_VERBS.has(cue)) this.cueCount();
      else if (place) this.cueCount(undefined, true);
    } else this.push('<num>');
  }

  /**
   * Whether a spelled number `n` (first word `word`) right after `cue` is a ballot number: after a pure
   * cue ("nomor dua"), or after a vote word with nothing but spaces between ("coblos dua"; not "coblos. Dua").
   */
  private spelledBallotAfter(cue: string, n: number, word: string): boolean {
    return BALLOT_CUES.get(cue) === true ? this.spelledBallotAfterPureCue(n) : SPELLED_NUMBER_CUES.has(cue) && !this.punctuatedApart(cue, word);
  }

  /**
   * A spelled number of several words ("dua puluh empat", "dua belas") where a ballot number is meant
   * (after the cues a single spelled number needs): one ballot number, or a number when it is above
   * MAX_BALLOT ("nomor tiga puluh"), not the ballot number of its first word. Returns false, pushing
   * nothing, elsewhere ("dua puluh empat jam"): the words are then pushed one by one.
   */
  pushSpelledCompound(words: readonly string[], n: number): boolean {
    const cue = this.last();
    if (cue === undefined || !this.spelledBallotAfter(cue, n, words[0])) return false;
    if (n > MAX_BALLOT) this.push('<num>');
    else {
      this.pushBallot(n);
      if (VOTE_VERBS.has(cue)) this.cueCount(words[words.length - 1]);
    }
    return true;
  }

  pushWord(word: string): void {
    const standard = expandSlang(word);
    const numberWord = NUMBER_WORDS.get(word);
    const cue = this.last();
    if (numberWord !== undefined && cue !== undefined) {
      if (this.spelledBallotAfter(cue, numberWord, word)) {
        const place = BALLOT_CUES.get(cue) === true && this.placeMayFollow();
        this.pushBallot(numberWord);
        if (VOTE_VERBS.has(cue)) this.cueCount(word); // "coblos dua orang", "coblos satu kali" are counts
        else if (place) this.cueCount(word, true); // "anak nomor dua dari tiga bersaudara"
        return;
      }
      if (BALLOT_CUES.get(cue) !== true && SPELLED_NUMBER_CUES.has(cue)) {
        // punctuation between ("Jangan lupa coblos. Satu suara…"): no ballot number, but the text loses the full stop and
        // "coblos satu" would read as one on a second pass; <num>, as counts after a vote verb are.
        this.push('<num>');
        return;
      }
    }
    if (standard) for (const w of standard) this.push(w);
    else this.push(word);
  }
}

/** "kali ini", "kali ni": this time, not a count ("coblos 2 kali ini pasti menang"). */
const THIS_TIME: ReadonlySet<string> = new Set(['ini', 'ni', 'iki', 'ieu']);

/** Contestants after "nomor N dari M", which keep N a ballot number: "nomor 2 dari 3 paslon". */
const CONTESTANT_WORDS: ReadonlySet<string> = new Set([
  'paslon', 'pasangan', 'calon', 'kandidat', 'capres', 'cagub', 'cabup', 'cawalkot', 'cawali', 'partai', 'parpol', 'caleg', 'kontestan',
]);

/** Only letters a–z (a loop rather than /^[a-z]+$/: this is the tokenizer loop's hottest check). */
function isLowerAsciiWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return s.length > 0;
}

function emitWord(sink: TokenSink, raw: string): void {
  if (isLowerAsciiWord(raw)) {
    sink.pushWord(undoElongation(raw)); // the common case: no digits, hyphens or apostrophes
    return;
  }
  if (DIGITS.test(raw)) {
    sink.pushNumber(raw);
    return;
  }
  let word = undoLeet(raw);
  const split = LETTERS_DIGITS.exec(word);
  const leet = split ? leetReading(word) : undefined;
  if (leet !== undefined && BALLOT_CUES.get(leet) === true) {
    sink.pushWord(leet); // "n0 3": too short for undoLeet's letter-digit-letter test
    return;
  }
  if (split) {
    const [, letters, digits] = split;
    const redup = digits === '2' && !BALLOT_CUES.has(letters) ? expandDigitReduplication(word) : undefined;
    if (redup) {
      sink.pushWord(undoElongation(letters) === letters ? redup : `${undoElongation(letters)}-${undoElongation(letters)}`);
      return;
    }
    // "coblos02", and a candidate's name with a ballot number stuck to it: "prabowo02" (not "posko02")
    if (BALLOT_CUES.has(letters) || (paddedBallot(digits) !== undefined && isCandidateNameWord(letters))) {
      sink.pushWord(letters);
      sink.pushNumber(digits);
      return;
    }
    sink.pushWord(word);
    return;
  }
  // "kecil2an", "deg2an": read as kecil-kecilan whatever the root; the slang list's own reading first ("mdh2an")
  const redupAn = word.endsWith('2an') && expandSlang(word) === undefined ? expandDigitReduplication(word) : undefined;
  if (redupAn !== undefined) {
    sink.pushWord(undoElongation(redupAn));
    return;
  }
  if (word.includes('-')) {
    sink.pushWord(word); // a reduplication kept whole by splitHyphenated: orang-orang
    return;
  }
  if (word.includes('’')) word = word.replace(/’/g, "'");
  sink.pushWord(undoElongation(word));
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

export function normalize(input: string): NormalizedPost {
  const hashtags: string[] = [];
  const handles: string[] = [];
  let text = typeof input === 'string' ? input : String(input ?? '');
  if (text.length > MAX_INPUT_CHARS) text = text.slice(0, MAX_INPUT_CHARS);
  text = stripPlatformBoilerplate(cleanUnicode(repairMojibake(text)));
  const reply = replyHandleCount(text);
  text = replaceLinksAndMentions(text, handles);
  text = replaceHashtags(text, hashtags);
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
  const joined = markRosterNumbers(joinSpacedLetters(raws));
  const sink = new TokenSink(text, joined);
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
    } else if (isLowerAsciiWord(raw) || WORDISH.test(raw)) {
      emitWord(sink, raw);
    } else {
      const gesture = GESTURE_EMOJI.get(raw);
      sink.push(gesture === undefined ? raw : gestureToken(gesture));
    }
  }
  // Word rewrites (leetspeak, elongation) can leave new runs of single letters ("c g9g" → "c g g");
  // join those too, so that normalizing the output again changes nothing.
  let tokens = sink.tokens;
  let words = sink.words;
  if (hasSingleLetterRun(words)) {
    tokens = joinSpacedLetters(tokens, (joined) => {
      const scratch = new TokenSink(); // the joined word goes through the same word rewrites
      emitWord(scratch, joined);
      return scratch.tokens;
    });
    words = tokens.filter((t) => t.charCodeAt(0) !== 35);
  }
  let replyHandles = 0;
  while (replyHandles < reply && tokens[replyHandles] === '<user>') replyHandles++;
  return new Normalized(tokens, hashtags, handles, words, replyHandles);
}

class Normalized implements NormalizedPost {
  private joined: string | undefined;
  constructor(
    readonly tokens: string[],
    readonly hashtags: string[],
    readonly handles: string[],
    private readonly words: string[],
    readonly replyHandles: number,
  ) {}

  /** Joined on first use: scoring reads only the tokens, and joining cost ~4 % of normalize. */
  get text(): string {
    return (this.joined ??= this.words.join(' '));
  }
}
