// The token list normalize builds, word by word, and the reading of numbers as it goes: a number after
// a vote word or cue is a ballot number (<no:2>) unless the words around it make it a count, a place in a
// row or a ranking, an item, a date, an address or a regulation ("pilih 2 orang", "nomor 2 dari 3
// bersaudara", "nomor 4 di dunia", "soal nomor 11-15", "UU nomor 7").
import { ADDRESS_WORDS, MAX_STREET_WORDS, NOT_A_STREET, ROOM_WORDS, ROOM_KINDS, MAX_ROOM_NAME_WORDS, QUEUE_WORDS, LETTER_KINDS, CITATION_WORDS, BALLOT_CUES, SPELLED_COUNT_WORDS, ORDINAL_WORDS, WHICH_WORDS, NUMBER_WORDS, MAX_BALLOT, NOT_BALLOT_BEFORE, COUNT_NOUNS, VOTE_VERBS, OTHER_BALLOT_VERBS, QUIZ_WORDS, QUIZ_ANSWERS, CONTEST_WORDS, FOR_CONTEST, BALLOT_LEADS, RANGE_WORDS, RANGE_END_TIMES, WHEN_AFTER_TIME, NUMBER_LIST_JOINERS, NUMBER_LIST_MARKS, NUMBER_PAIR_DASHES, ABOUT_WORDS, ELECTION_WORDS, REGULATION_WORDS, ISSUER_WORDS, MAX_REGULATION_GAP, SE_REGIONS, PURE_CUE_NUMBER_WORDS, ballotToken, paddedBallot, takesSpelledNumber } from './ballot.js';
import { RANKED_OR_ITEM_BEFORE_CUE, ROLL_OR_GROUP_BEFORE_CUE, ROLL_TIMES, MAX_ROLL_TIME_WORDS, KIN_WORDS, KIN_POSSESSORS, HOUSE_WORDS, HOUSEHOLD_WORDS, CALLED_WORDS, RANK_SCOPES, RANK_SCOPE_WORDS, PROGRAMME_ITEMS, PROGRAMME_GAMES, WINS, LINE_UP_PEOPLE, WRITER_WORDS, GROUP_WORDS, GROUP_KINDS, POST_MEDIA, SCORE_WORDS, GOT_NUMBER, ONE_WRITER } from './number-kinds.js';
import { expandSlang } from './slang.js';
import { isStopword } from './stopwords.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import type { ElectionNames } from './election-names.js';
import { BoundedCache } from './lru.js';
import { fullStopMayEndSentence } from './abbreviation.js';
import { HONORIFICS } from './honorifics.js';

export const MAX_TOKENS = 1_000;
const BALLOT_TOKEN = /^<no:\d+>$/;

/** A function word is no room's name ("beri ruang untuk nomor 2"); a letter is ("Gedung B nomor 3"). */
const notRoomName = (w: string): boolean => w.length > 1 && isStopword(w);

/**
 * A padded number, a join and `digits` (one of nine padded numbers): `join` is a pattern, the mark of
 * "02 & 03", "02/03" (the tokens drop it) or the joining word of "02 dan 03".
 */
const PADDED_PAIR = (join: string, digits: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])0[1-9]${join}${digits}(?![\\p{L}\\p{N}])`, 'u');
const LIST_MARK = `\\s*[${NUMBER_PAIR_DASHES}${escapeRegExp(NUMBER_LIST_MARKS)}]\\s*`;

/** A score word, a word or none, then `digits` (a padded number), a dash and the other side's: "skor akhir 02-01". */
const SCORE = (digits: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...SCORE_WORDS].join('|')})(?:\\s+\\p{L}+)?\\s+${digits}\\s*[${NUMBER_PAIR_DASHES}]\\s*\\d`, 'u');

/** A digit, a NUMBER_LIST_MARKS mark and the pure cue `cue`: "soal nomor 2 & nomor 3". */
const LIST_MARK_BEFORE_CUE = (cue: string): RegExp =>
  new RegExp(`\\d\\s*[${escapeRegExp(NUMBER_LIST_MARKS)}]\\s*${escapeRegExp(cue)}(?![\\p{L}\\p{N}])`, 'u');

/** "kali ini", "kali ni": this time, not a count ("coblos 2 kali ini pasti menang"). */
const THIS_TIME: ReadonlySet<string> = new Set(['ini', 'ni', 'iki', 'ieu']);

/** Contestants after "nomor N dari M", which keep N a ballot number: "nomor 2 dari 3 paslon". */
const CONTESTANT_WORDS: ReadonlySet<string> = new Set([
  'paslon', 'pasangan', 'calon', 'kandidat', 'capres', 'cagub', 'cabup', 'cawalkot', 'cawali', 'partai', 'parpol', 'caleg', 'kontestan',
]);

/**
 * What the words after "nomor N" may still make a place: anything of a row ("nomor 2 dari 3
 * bersaudara"), or, after "yang", only a person in a line-up ("yang nomor 2 cowok ya"); after a vote
 * verb only an entry of a contest ("Pilih nomor 2 ya buat lomba foto").
 */
type PlaceKind = 'row' | 'person' | 'contest';

/** Ends of a row a place is counted from: "warung nomor 3 dari ujung", "nomor 2 dari kiri". */
const ROW_ENDS: ReadonlySet<string> = new Set(['ujung', 'depan', 'belakang', 'kiri', 'kanan', 'atas', 'bawah', 'pojok']);

/**
 * The two patterns punctuatedApart tests, made once per cue, word and marks: building them for every
 * call cost more than all the rest of reading the numbers of a post that has some.
 */
const apartCache = new BoundedCache<string, [RegExp, RegExp]>(2_000);

function apartPatterns(cue: string, word: string, marks: string): [RegExp, RegExp] {
  const key = `${marks} ${cue} ${word}`; // tokens hold no spaces
  let patterns = apartCache.get(key);
  if (patterns === undefined) {
    const around = (gap: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(cue)}${gap}${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u');
    patterns = [around(`\\s*[${marks}]\\s*`), around('\\s+')];
    apartCache.set(key, patterns);
  }
  return patterns;
}

/**
 * A ballot word or verb or a vote call. Module-level, not a closure in placeMayFollow: under tsx each
 * named closure is given its name by `__name` (Object.defineProperty) when made, 0.5 % of a post's CPU.
 */
function callsForVote(w: string | undefined): boolean {
  return w !== undefined && (BALLOT_CUES.has(w) || OTHER_BALLOT_VERBS.has(w) || BALLOT_LEADS.has(w));
}

export class TokenSink {
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
  /** The ballot number at cuedBallot came after "nomor" alone: only the words after it can make it a place ("nomor 2 dari 3 bersaudara"). */
  private cuedPlace: PlaceKind | false = false;
  /** The digits read at cuedBallot, when it was written in digits. */
  private cuedDigits = '';
  /** The pure cue words the last ballot number dropped ("nomor", "no urut"), and those of cuedBallot. */
  private droppedCues: string[] = [];
  private cuedCues: string[] = [];

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
    private readonly text = '',
    private readonly raws: readonly string[] = [],
    private readonly capitalsAt: (at: number) => boolean = () => false,
  ) {}

  /**
   * Whether the post has an election word (calon, pilkada, coblos …) or a candidate's name: then "X
   * nomor 1" is the ballot number ("Calon Gubernur Jawa Timur nomor 1"), elsewhere mostly the idiom. A
   * common given name is anyone's, also after a title ("Pak Lukman nomor 1"), as for a mention; a
   * name that is also a word counts after a title, as a mention does ("Pak Ganjar nomor 3 sampai 4"), and
   * an acronym alias as a mention reads it: in any case ("Jkw"), or written in capitals ("GAMA", "AMIN").
   */
  private electionPost(): boolean {
    return (this.election ??= this.raws.some((t, i) =>
      ELECTION_WORDS.has(t) || this.names.isDistinctiveNameWord(t) || (HONORIFICS.has(this.raws[i - 1]) && this.names.isOwnNameWord(t)) ||
      this.names.isAcronymAlias(t) || (this.names.isCapitalsAlias(t) && this.capitalsAt(i))));
  }

  /**
   * Whether the text has `cue` and `word` only with punctuation between them ("Tiga paslon, tiga
   * tim sukses"): the tokens lose commas, and a spelled number is a ballot number only right after
   * its cue. Checked only when a spelled number follows a cue, which is rare.
   */
  private punctuatedApart(cue: string, word: string, marks = ',.;:'): boolean {
    const [punctuated, spaced] = apartPatterns(cue, word, marks);
    return punctuated.test(this.text) && !spaced.test(this.text);
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

  /**
   * Whether the word before the pure cue words just read ("nomor", "no urut") leaves the number free to
   * be a place in a row ("Anak saya nomor 2 dari 3 bersaudara"): not a ballot word or verb or a vote
   * call ("pilih nomor 2 dari 3 paslon"); after "yang" only a person in a line-up ("yang nomor 2 cowok
   * ya"; "yang nomor 2 dari 3 calon", "pilih yang nomor 2 cowok sendiri" are ballot numbers), or
   * anything of a row after the writer and "yang" ("aku yang nomor 3 dari kanan").
   */
  private placeMayFollow(): PlaceKind | false {
    const at = this.cueStart();
    if (at === this.words.length) return false;
    const before = this.words[at - 1];
    if (callsForVote(before)) return VOTE_VERBS.has(before) ? 'contest' : false;
    if (before !== undefined && WHICH_WORDS.has(before)) {
      if (callsForVote(this.words[at - 2])) return false;
      return WRITER_WORDS.has(this.words[at - 2]) && !callsForVote(this.words[at - 3]) ? 'row' : 'person';
    }
    return 'row';
  }

  /** The post has ended: a number whose last words were still to come is settled as the words stand ("nomor 6 sampai 10"). */
  finish(): void {
    if (this.cuedBallot >= 0) this.settleCount(true);
  }

  /** Once the words after a vote verb's number decide, turns it into a count or leaves it a ballot number. */
  private settleCount(ended = false): void {
    const count = this.countAfter(this.words.slice(this.cuedWord + 1), ended);
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
  private countAfter(after: readonly string[], ended: boolean): boolean | undefined {
    const [next, second, third] = after;
    if (this.cuedPlace === 'contest') return this.contestAfter(after, ended);
    if (this.cuedPlace) {
      // "yang nomor 2 cowok ya": a person in a photo or line-up
      if (LINE_UP_PEOPLE.has(next)) return true;
      if (this.cuedPlace === 'person') return false;
      // "nomor 11-15" (items), "nomor 4 di dunia" (a rank): the words after it say what the number counts
      if (next === '<num>' && this.cuedSpelled === undefined && this.rangeFrom(this.cuedDigits)) return true;
      // "nomor 2 sambutan": an item of a programme (an event's, whatever the event)
      if (PROGRAMME_ITEMS.has(next)) return true;
      // "nomor 2 makan kerupuk", "tim nomor 2 juara tarik tambang": a contestant of a game or a contest
      const game = this.gameAfter(after, ended);
      if (game !== false) return game;
      // "Nomor 3 foto saya": the writer's photo
      if (POST_MEDIA.has(next)) return second === undefined ? (ended ? false : undefined) : WRITER_WORDS.has(second);
      // "malam Selasa nomor 6 sampai 10": a range of items up to a higher number; not a time ("Jokowi nomor 1 sampai 2
      // periode"), nor in a post about an election, where it is the contestants' ("paslon … nomor 1 sampai 3 urut")
      if (RANGE_WORDS.has(next) && (second === undefined || second === '<num>') && this.cuedSpelled === undefined && !this.electionPost()) {
        if (second === undefined || (third === undefined && !ended)) return ended ? false : undefined;
        if (third === undefined || !RANGE_END_TIMES.has(third)) return this.rangeUpTo();
        // "nomor 5 sampai 7 minggu depan": the time is when, not how long
        const fourth = after[3];
        if (fourth === undefined) return ended ? false : undefined;
        return WHEN_AFTER_TIME.has(fourth) && this.rangeUpTo();
      }
      const rank = this.rankScope(next, second);
      if (rank !== false) return rank;
      // "nomor 2 dari 3 bersaudara", "juara nomor 2 dari 30 peserta", "nomor 3 dari ujung"; not "nomor 2 dari 3 paslon"
      if (next === 'dari' && second !== undefined && ROW_ENDS.has(second)) return true;
      if (next !== 'dari' || (second !== undefined && second !== '<num>' && !NUMBER_WORDS.has(second))) return false;
      return third === undefined ? undefined : !CONTESTANT_WORDS.has(third);
    }
    if (COUNT_NOUNS.has(next)) return true;
    // "coblos 1 kali saja", "coblos satu kali": once; not "coblos 2 kali ini" (this time), "coblos 2, kali ini…"
    if (next === 'kali' && second !== undefined && THIS_TIME.has(second)) return false;
    if (next === 'kali' && this.cuedSpelled === undefined) return second === undefined ? undefined : !this.punctuatedApart(this.cuedDigits, next);
    if (this.cuedSpelled !== undefined && SPELLED_COUNT_WORDS.has(next)) return !this.punctuatedApart(this.cuedSpelled, next);
    if (next === 'dari') return second === undefined ? undefined : second === '<num>' || NUMBER_WORDS.has(second);
    const contest = this.contestAfter(after, ended);
    if (contest !== false) return contest;
    if (next !== 'yang' || !this.words.slice(0, this.cuedWord).some((w) => QUIZ_WORDS.has(w))) return false;
    const answer = second === 'paling' ? third : second;
    return answer === undefined ? undefined : QUIZ_ANSWERS.has(answer);
  }

  /**
   * Whether the words after a vote verb's number name a contest it is chosen for (undefined: not yet
   * known): "Pilih nomor 2 ya buat lomba foto", "pilih 3 untuk lomba".
   */
  private contestAfter(after: readonly string[], ended: boolean): boolean | undefined {
    for (let i = 0; i < 2; i++) {
      if (after[i] === undefined) return ended ? false : undefined;
      if (!FOR_CONTEST.has(after[i])) continue;
      if (after[i + 1] === undefined) return ended ? false : undefined;
      if (CONTEST_WORDS.has(after[i + 1])) return true;
    }
    return false;
  }

  /**
   * Whether the words after a number read after "nomor" name a game it plays or a contest it wins
   * (undefined: not yet known): "nomor 2 makan kerupuk", "nomor 2 juara tarik tambang", "juara lomba".
   */
  private gameAfter(after: readonly string[], ended: boolean): boolean | undefined {
    const at = WINS.has(after[0]) ? 1 : 0;
    const [first, second] = [after[at], after[at + 1]];
    if (first === undefined) return ended ? false : undefined;
    if (at === 1 && (PROGRAMME_ITEMS.has(first) || CONTEST_WORDS.has(first))) return true;
    const objects = PROGRAMME_GAMES.get(first);
    if (objects === undefined) return false;
    if (second === undefined) return ended ? false : undefined;
    return objects.has(second);
  }

  /**
   * Whether the words after a number read after "nomor" are the scope of a ranking (undefined: not yet
   * known): "nomor 4 di dunia", "nomor 2 se-Indonesia", "nomor 3 sedunia".
   */
  private rankScope(next: string, second: string | undefined): boolean | undefined {
    if (RANK_SCOPE_WORDS.has(next)) return true;
    if (next !== 'di' && next !== 'se') return false;
    if (second === undefined) return undefined;
    return RANK_SCOPES.has(second) || (next === 'se' && this.punctuatedApart(next, second, '-'));
  }

  /**
   * Whether the text has a pure cue, `digits` and a dash before another number: a range of items
   * ("nomor 11-15", "no. 1–10"), not a ballot number. Checked only when a number follows a cued one.
   */
  private rangeFrom(digits: string): boolean {
    return this.afterCue(digits, '\\s*[-\u2013\u2014]\\s*\\d')?.test(this.text) ?? false;
  }

  /**
   * Whether the text has the pure cue, the cued digits, a range word and a higher number of one to three
   * digits ("nomor 6 sampai 10"; not "nomor 2 sampai 2029", a year, nor "nomor 2 sampai 2").
   */
  private rangeUpTo(): boolean {
    const m = this.afterCue(this.cuedDigits, '\\s+\\S+\\s+(\\d{1,3})(?![\\p{L}\\p{N}])')?.exec(this.text);
    return m != null && Number(m[1]) > Number(this.cuedDigits);
  }

  /** The last pure cue read ("nomor", "no."), `digits` and then `rest`, as a pattern; undefined without a cue. */
  private afterCue(digits: string, rest: string): RegExp | undefined {
    const cues = this.cuedCues;
    if (cues.length === 0) return undefined;
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(cues[cues.length - 1])}\\.?\\s*${digits}${rest}`, 'u');
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

  /** The last words are "urut ke": an ordinal comes next ("urut ke-2", "urut ke dua"). */
  private endsWithUrutKe(): boolean {
    return this.last() === 'ke' && this.words[this.words.length - 2] === 'urut';
  }

  /** Where the trailing pure cue words ("nomor urut") start in `words`; words.length when there are none. */
  private cueStart(): number {
    let at = this.words.length;
    while (at > 0 && BALLOT_CUES.get(this.words[at - 1]) === true) at--;
    return at;
  }

  /**
   * "Rekap 01 sampai 03": a range ending in a number takes the kind of the number it starts from; so does
   * a list of two padded numbers ("RT 02 dan 03"; not "tanggal 27 dan 02").
   */
  private rangeEnd(digits: string): boolean {
    const n = this.words.length;
    // "RT 02 & 03", "RT 02/03": the words lose the mark, so the first number is right before
    if (this.words[n - 1] === '<num>' && paddedBallot(digits) !== undefined) return !ABOUT_WORDS.has(this.words[n - 2]) && PADDED_PAIR(LIST_MARK, digits).test(this.text);
    if (n < 2 || this.words[n - 2] !== '<num>') return false;
    if (RANGE_WORDS.has(this.words[n - 1])) return true;
    return NUMBER_LIST_JOINERS.has(this.words[n - 1]) && paddedBallot(digits) !== undefined &&
      PADDED_PAIR(`\\s*${this.words[n - 1]}\\s+`, digits).test(this.text);
  }

  /** "skor akhir 02-01": a padded number a score word or the word after it comes before, a dash after it. */
  private scoreAt(digits: string): boolean {
    const n = this.words.length;
    return paddedBallot(digits) !== undefined && (SCORE_WORDS.has(this.words[n - 1]) || SCORE_WORDS.has(this.words[n - 2])) && SCORE(digits).test(this.text);
  }

  /**
   * "antrian nomor 2", "soal no 3", "juara nomor 5", "rumah nomor 21", "yang dipanggil baru nomor 9", "Jl.
   * Sudirman No. 2": the cue numbers a thing, a rank or a queue place, not a candidate.
   */
  private numberedThing(): boolean {
    const at = this.cueStart();
    if (at === this.words.length || at === 0) return false;
    const before = this.words[at - 1];
    if (NOT_BALLOT_BEFORE.has(before) || ADDRESS_WORDS.has(before) || this.citedRegulation(at)) return true;
    // "Pasal 5 huruf a nomor 2", "ayat (2) nomor 3": an item of a cited article, after its number or letter
    if (CITATION_WORDS.has(this.words[at - 2]) && (before === '<num>' || before.length === 1)) return true;
    // "juara nomor 5", "jawaban nomor 12", "rumah nomor 21" (not "satu rumah nomor 2 semua"), "yang dipanggil baru nomor 9";
    // a rank or item is never numbered "nomor urut", the ballot's own term: "acara nomor urut 2" is the pair's event
    const ballotOrder = this.words.lastIndexOf('urut') >= at;
    if ((RANKED_OR_ITEM_BEFORE_CUE.has(before) && !ballotOrder) || this.rollBefore(at) || (HOUSE_WORDS.has(before) && !HOUSEHOLD_WORDS.has(this.words[at - 2]))) return true;
    if (this.kinBefore(at) || this.namedGroupBefore(at)) return true;
    // "soal nomor 2 dan nomor 3", "soal nomor 5 sampai nomor 8": the second of a list or range takes the kind of the first, written alike
    if ((NUMBER_LIST_JOINERS.has(before) || RANGE_WORDS.has(before)) && this.words[at - 2] === '<num>' && BALLOT_CUES.get(this.words[at - 3]) === true) return true;
    // "soal nomor 2 & nomor 3": the same with a mark the words lose
    if (before === '<num>' && BALLOT_CUES.get(this.words[at - 2]) === true && LIST_MARK_BEFORE_CUE(this.words[at]).test(this.text)) return true;
    if (CALLED_WORDS.has(before) || CALLED_WORDS.has(this.words[at - 2])) return true;
    // "saya dapat nomor 21": the writer's ticket; a party draws "nomor urut 2"
    if (GOT_NUMBER.has(before) && ONE_WRITER.has(this.words[at - 2]) && !ballotOrder) return true;
    return this.namedPlaceBefore(at, ADDRESS_WORDS, MAX_STREET_WORDS) || this.namedPlaceBefore(at, ROOM_WORDS, MAX_ROOM_NAME_WORDS, notRoomName) ||
      this.namedPlaceBefore(at, QUEUE_WORDS, MAX_ROOM_NAME_WORDS, notRoomName);
  }

  /** A child's place among siblings before the cue at `at`: "anak nomor 2", "anak saya yang nomor 2". */
  private kinBefore(at: number): boolean {
    let k = at - 1;
    if (WHICH_WORDS.has(this.words[k])) k--;
    if (KIN_POSSESSORS.has(this.words[k])) k--;
    return k >= 0 && KIN_WORDS.has(this.words[k]);
  }

  /**
   * A roll or group right before the cue at `at`, or its time between ("absen nomor 3", "piket minggu
   * ini nomor 2"), not across a comma.
   */
  private rollBefore(at: number): boolean {
    for (let k = at - 1; k >= 0 && k >= at - 1 - MAX_ROLL_TIME_WORDS; k--) {
      if (ROLL_OR_GROUP_BEFORE_CUE.has(this.words[k])) return k === at - 1 || !this.commaBetween(k, at - 1);
      if (!ROLL_TIMES.has(this.words[k])) return false;
    }
    return false;
  }

  /**
   * A group of a kind, its name between it and the cue at `at`: "kelompok tani nomor 4", "kelompok tani
   * Makmur nomor 4"; not across a comma, a call or a cue ("kelompok tani pilih nomor 2").
   */
  private namedGroupBefore(at: number): boolean {
    for (let k = at - 1; k >= 1 && k >= at - MAX_ROOM_NAME_WORDS; k--) {
      if (GROUP_WORDS.has(this.words[k - 1]) && GROUP_KINDS.has(this.words[k])) return !this.commaBetween(k - 1, at);
      const w = this.words[k];
      if (BALLOT_CUES.has(w) || BALLOT_LEADS.has(w) || WHICH_WORDS.has(w) || w.charCodeAt(0) === 60 || notRoomName(w)) return false;
    }
    return false;
  }

  /**
   * A room of a kind named right before the number, without "nomor": "Ruang Rapat 02", "ruang sidang
   * utama 03". Not after a ballot cue ("ruang rapat, coblos 02"), nor across a comma.
   */
  private namedRoom(): boolean {
    const n = this.words.length;
    if (BALLOT_CUES.has(this.words[n - 1])) return false;
    for (let k = n - 1; k >= 1 && k >= n - MAX_ROOM_NAME_WORDS; k--) {
      if (ROOM_WORDS.has(this.words[k - 1]) && ROOM_KINDS.has(this.words[k])) return !this.commaBetween(k - 1, n - 1);
    }
    return false;
  }

  /**
   * A place's name of up to `most` words between one of `places` and the cue at `at`: a street ("Jl.
   * Sudirman No. 2", "Jl. KH Hasyim Asyari No. 12"), a room ("ruang rapat nomor 2", "Gedung B nomor 3").
   * Not "Kompleks kami nomor 3", "Perum Griya semua nomor 2", nor a call or comma between: "Jl. Mawar,
   * ayo coblos nomor 2", "beri ruang paslon nomor 2"; nor a word `notName` says is none ("beri ruang
   * untuk nomor 2": "ruang" is also room to act).
   */
  private namedPlaceBefore(at: number, places: ReadonlySet<string>, most: number, notName?: (w: string) => boolean): boolean {
    for (let k = at - 1; k >= 1 && k >= at - most; k--) {
      const w = this.words[k];
      if (NOT_A_STREET.has(w) || BALLOT_CUES.has(w) || BALLOT_LEADS.has(w) || WHICH_WORDS.has(w) || w.charCodeAt(0) === 60 || notName?.(w)) return false;
      if (places.has(this.words[k - 1])) return !this.commaBetween(k - 1, at - 1);
    }
    return false;
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
        const next = this.words[k + 1];
        const cited = namesIssuer || (ISSUER_WORDS.has(next) && !(w === 'se' && SE_REGIONS.has(next))) || (w === 'surat' && LETTER_KINDS.has(next));
        return cited && !this.commaBetween(k, at);
      }
      if (BALLOT_CUES.has(w) || BALLOT_LEADS.has(w) || WHICH_WORDS.has(w) || w.charCodeAt(0) === 60 || this.names.isCandidateNameWord(w)) return false;
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
    // "nomor urut ke-2", "no urut ke 3": the ordinal after "urut" is the ballot number itself
    if (this.endsWithUrutKe()) this.dropLast();
    const cue = this.last();
    const n = Number(digits);
    // a tag's own number ("RT #02bersatu": "02 bersatu") is not numbered by the word before the tag
    const startsTag = this.tokens[this.tokens.length - 1]?.charCodeAt(0) === 35;
    // a comma or a sentence's end between parts the thing from a padded number: "habis rapat, 02 menang",
    // "habis rapat. 02 menang" (not an abbreviation's full stop: "Lt. 02"; any other number after it is
    // plain anyway: looked at only for a padded one, as "jam 10" is everywhere)
    const numbered = cue !== undefined && NOT_BALLOT_BEFORE.has(cue) && !(paddedBallot(digits) !== undefined && this.punctuatedApart(cue, digits, fullStopMayEndSentence(cue) ? ',;!?.' : ',;!?'));
    const plain = cue !== undefined && !startsTag && (numbered || this.numberedThing() || this.rangeEnd(digits) || this.scoreAt(digits));
    // only a padded number needs its room named: without a cue any other is a plain number already
    const padded = plain ? undefined : paddedBallot(digits);
    if (padded !== undefined && this.namedRoom()) this.push('<num>');
    else if (padded !== undefined) this.pushBallot(padded);
    else if (!plain && digits === '1' && BALLOT_CUES.get(cue ?? '') === true && !this.electionPost() && !this.oneAfterPureCue()) {
      // "Keselamatan pasien nomor 1", "Argentina nomor 1 di hati": the idiom, read as its spelled form
      // (mention detection still reads it after candidate 1's name: "Luluk nomor 1").
      this.push('satu');
    } else if (!plain && cue !== undefined && BALLOT_CUES.has(cue) && n >= 1 && n <= MAX_BALLOT && digits.length <= 2) {
      const place = BALLOT_CUES.get(cue) === true && this.placeMayFollow();
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
    return takesSpelledNumber(cue) && !PURE_CUE_NUMBER_WORDS.has(word) && !this.punctuatedApart(cue, word);
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
    const ordinal = cue === 'urut' ? ORDINAL_WORDS.get(word) : numberWord !== undefined && this.endsWithUrutKe() ? numberWord : undefined;
    if (ordinal !== undefined) {
      if (cue === 'ke') this.dropLast();
      this.pushBallot(ordinal);
      return;
    }
    if (numberWord !== undefined && cue !== undefined) {
      if (this.spelledBallotAfter(cue, numberWord, word)) {
        const place = BALLOT_CUES.get(cue) === true && this.placeMayFollow();
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
