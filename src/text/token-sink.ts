// The token list normalize builds, word by word, and the reading of numbers as it goes: a number after
// a vote word or cue is a ballot number (<no:2>) unless the words around it make it a count, a place in a
// row or a ranking, an item, a date, an address or a regulation ("pilih 2 orang", "nomor 2 dari 3
// bersaudara", "nomor 4 di dunia", "soal nomor 11-15", "UU nomor 7"). Each of those readings is a file
// of its own: numbered-thing.ts, count-after-ballot.ts, number-range-end.ts and the files they use.
import { BALLOT_CUES, NOT_BALLOT_BEFORE, NUMBER_WORDS, ORDINAL_WORDS, MAX_BALLOT, OTHER_BALLOT_VERBS, PURE_CUE_NUMBER_WORDS, VOTE_VERBS, ballotToken, paddedBallot, takesSpelledNumber } from './ballot.js';
import { expandSlang } from './slang.js';
import type { ElectionNames } from './election-names.js';
import { fullStopMayEndSentence } from './abbreviation.js';
import { cueStart, endsWithUrutKe, oneAfterPureCue, placeMayFollow, type PlaceKind } from './ballot-cue-words.js';
import type { CuedBallot } from './cued-ballot.js';
import { countAfter } from './count-after-ballot.js';
import { namesAnElection } from './election-post.js';
import { namedRoom } from './named-place.js';
import { numberedThing } from './numbered-thing.js';
import { rangeEnd, scoreAt } from './number-range-end.js';
import { punctuatedApart } from './punctuated-apart.js';

export const MAX_TOKENS = 1_000;
const BALLOT_TOKEN = /^<no:\d+>$/;

export class TokenSink implements CuedBallot {
  readonly tokens: string[] = [];
  readonly words: string[] = [];
  /**
   * Index in `tokens` (and in `words`) of a ballot number read after a vote verb (pilih 2), while the
   * words after it may still make it a count: "pilih 2 orang", "pilih 2 dari 5". The cued fields are
   * read by count-after-ballot.ts (CuedBallot) and written here only.
   */
  private cuedBallot = -1;
  cuedWord = -1;
  /** The spelled number read at cuedBallot ("coblos satu"): "kali" right after it makes it a count too. */
  cuedSpelled: string | undefined;
  /** The ballot number at cuedBallot came after "nomor" alone: only the words after it can make it a place ("nomor 2 dari 3 bersaudara"). */
  cuedPlace: PlaceKind | false = false;
  /** The digits read at cuedBallot, when it was written in digits. */
  cuedDigits = '';
  /** The pure cue words the last ballot number dropped ("nomor", "no urut"), and those of cuedBallot. */
  private droppedCues: string[] = [];
  cuedCues: string[] = [];

  /** Whether the post has an election word or a candidate's name; computed on first use. */
  private election: boolean | undefined;

  /**
   * @param names the election names the post is read with (a candidate's name makes it an election's)
   * @param text the lowercased text the words come from, to see punctuation the tokens drop
   * @param raws the raw tokens of the text, to tell whether the post is about an election
   * @param capitalsAt whether the raw token at an index is written in capitals (case is lost in them)
   */
  constructor(
    readonly names: ElectionNames,
    readonly text = '',
    private readonly raws: readonly string[] = [],
    private readonly capitalsAt: (at: number) => boolean = () => false,
  ) {}

  /** Whether the post has an election word or a candidate's name (election-post.ts); worked out once. */
  electionPost(): boolean {
    return (this.election ??= namesAnElection(this.raws, this.names, this.capitalsAt));
  }

  push(token: string, inText = true): void {
    if (this.tokens.length >= MAX_TOKENS) return;
    this.tokens.push(token);
    if (!inText) return;
    this.words.push(token);
    if (this.cuedBallot >= 0) this.settleCount();
  }

  /** The ballot number just pushed came right after a vote verb: the next words may make it a count. */
  private cueCount(spelled?: string, place: PlaceKind | false = false): void {
    if (!BALLOT_TOKEN.test(this.tokens[this.tokens.length - 1] ?? '')) return;
    this.cuedBallot = this.tokens.length - 1;
    this.cuedWord = this.words.length - 1;
    this.cuedSpelled = spelled;
    this.cuedPlace = place;
    this.cuedCues = this.droppedCues;
  }

  /** The post has ended: a number whose last words were still to come is settled as the words stand ("nomor 6 sampai 10"). */
  finish(): void {
    if (this.cuedBallot >= 0) this.settleCount(true);
  }

  /** Once the words after a vote verb's number decide, turns it into a count or leaves it a ballot number. */
  private settleCount(ended = false): void {
    const count = countAfter(this, this.words.slice(this.cuedWord + 1), ended);
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

  /** The last token that is part of the text, for ballot cues. */
  last(): string | undefined {
    return this.words[this.words.length - 1];
  }

  /** A ballot number: drop the pure cue words before it ("nomor urut"), then emit <no:N>. */
  pushBallot(n: number): void {
    const dropped: string[] = [];
    while (this.words.length > 0 && BALLOT_CUES.get(this.words[this.words.length - 1]) === true) dropped.unshift(this.dropLast());
    this.droppedCues = dropped;
    const verb = this.words[this.words.length - 1];
    if (verb !== undefined && OTHER_BALLOT_VERBS.has(verb)) {
      this.words[this.words.length - 1] = 'coblos';
      this.tokens[this.tokens.lastIndexOf(verb)] = 'coblos';
    }
    this.push(ballotToken(n));
  }

  /** Takes the last word back out of the words and the tokens, and returns it. */
  private dropLast(): string {
    const word = this.words.pop() as string;
    const at = this.tokens.lastIndexOf(word);
    if (at >= 0) this.tokens.splice(at, 1);
    return word;
  }

  /**
   * A spelled number after "nomor" is a ballot number ("Ingat, nomor dua!", "nomer telu"), except a
   * numbered thing and the idiom "X nomor satu" ("kesehatan keluarga nomor satu").
   */
  private spelledBallotAfterPureCue(n: number): boolean {
    const at = cueStart(this.words);
    if (at === this.words.length || numberedThing(this.text, this.words, this.names)) return false;
    return n !== 1 || oneAfterPureCue(this.words);
  }

  pushNumber(digits: string): void {
    // "nomor urut ke-2", "no urut ke 3": the ordinal after "urut" is the ballot number itself
    if (endsWithUrutKe(this.words)) this.dropLast();
    const cue = this.last();
    const n = Number(digits);
    // a tag's own number ("RT #02bersatu": "02 bersatu") is not numbered by the word before the tag
    const startsTag = this.tokens[this.tokens.length - 1]?.charCodeAt(0) === 35;
    // a comma or a sentence's end between parts the thing from a padded number: "habis rapat, 02 menang",
    // "habis rapat. 02 menang" (not an abbreviation's full stop: "Lt. 02"; any other number after it is
    // plain anyway: looked at only for a padded one, as "jam 10" is everywhere)
    const numbered = cue !== undefined && NOT_BALLOT_BEFORE.has(cue) && !(paddedBallot(digits) !== undefined && punctuatedApart(this.text, cue, digits, fullStopMayEndSentence(cue) ? ',;!?.' : ',;!?'));
    const plain = cue !== undefined && !startsTag && (numbered || numberedThing(this.text, this.words, this.names) || rangeEnd(this.text, this.words, digits) || scoreAt(this.text, this.words, digits));
    // only a padded number needs its room named: without a cue any other is a plain number already
    const padded = plain ? undefined : paddedBallot(digits);
    if (padded !== undefined && namedRoom(this.text, this.words)) this.push('<num>');
    else if (padded !== undefined) this.pushBallot(padded);
    else if (!plain && digits === '1' && BALLOT_CUES.get(cue ?? '') === true && !this.electionPost() && !oneAfterPureCue(this.words)) {
      // "Keselamatan pasien nomor 1", "Argentina nomor 1 di hati": the idiom, read as its spelled form
      // (mention detection still reads it after candidate 1's name: "Luluk nomor 1").
      this.push('satu');
    } else if (!plain && cue !== undefined && BALLOT_CUES.has(cue) && n >= 1 && n <= MAX_BALLOT && digits.length <= 2) {
      const place = BALLOT_CUES.get(cue) === true && placeMayFollow(this.words);
      this.pushBallot(n);
      this.cuedDigits = digits;
      if (VOTE_VERBS.has(cue)) this.cueCount();
      else if (place) this.cueCount(undefined, place);
    } else this.push('<num>');
  }

  /**
   * Whether a spelled number `n` (first word `word`) right after `cue` is a ballot number: after a pure
   * cue ("nomor dua"), or after the ballot verb or a contest role with nothing but spaces between ("coblos
   * dua", "paslon tiga"; not "coblos. Dua", "Tiga paslon, tiga tim").
   */
  private spelledBallotAfter(cue: string, n: number, word: string): boolean {
    if (BALLOT_CUES.get(cue) === true) return this.spelledBallotAfterPureCue(n);
    return takesSpelledNumber(cue) && !PURE_CUE_NUMBER_WORDS.has(word) && !punctuatedApart(this.text, cue, word);
  }

  /** After a spelled ballot number, whether the words after it may still make it a count: after the ballot verb or a contest role. */
  private countMayFollowSpelled(cue: string): boolean {
    return BALLOT_CUES.get(cue) !== true && (VOTE_VERBS.has(cue) || takesSpelledNumber(cue));
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
      if (this.countMayFollowSpelled(cue)) this.cueCount(words[words.length - 1]);
    }
    return true;
  }

  pushWord(word: string): void {
    const standard = expandSlang(word);
    const cue = this.last();
    const numberWord = PURE_CUE_NUMBER_WORDS.has(word) && BALLOT_CUES.get(cue ?? '') !== true ? undefined : NUMBER_WORDS.get(word);
    // "nomor urut kedua", "urut ke dua": the ordinal after "urut" is the ballot number itself, as "urut ke-2" is
    const ordinal = cue === 'urut' ? ORDINAL_WORDS.get(word) : numberWord !== undefined && endsWithUrutKe(this.words) ? numberWord : undefined;
    if (ordinal !== undefined) {
      if (cue === 'ke') this.dropLast();
      this.pushBallot(ordinal);
      return;
    }
    if (numberWord !== undefined && cue !== undefined) {
      if (this.spelledBallotAfter(cue, numberWord, word)) {
        const place = BALLOT_CUES.get(cue) === true && placeMayFollow(this.words);
        this.pushBallot(numberWord);
        if (this.countMayFollowSpelled(cue)) this.cueCount(word); // "coblos dua orang", "coblos satu kali", "paslon satu per satu" are counts
        else if (place) this.cueCount(word, place); // "anak nomor dua dari tiga bersaudara"
        return;
      }
      if (BALLOT_CUES.get(cue) !== true && takesSpelledNumber(cue)) {
        // punctuation between ("Jangan lupa coblos. Satu suara…", "Tiga paslon, tiga tim"): no ballot number, but the text
        // loses the punctuation and "coblos satu" would read as one on a second pass; <num>, as counts after a vote verb are.
        this.push('<num>');
        return;
      }
    }
    if (standard) for (const w of standard) this.push(w);
    else this.push(word);
  }
}
