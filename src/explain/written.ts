// Where an evidence phrase (or a mention's words) is written in the post. Evidence comes from
// normalized tokens ("tidak" for "ga", "nomor 2" for "02", "[angka]"), which a reader cannot search
// for, so a phrase is matched back onto the text as written: case-insensitively at a word start, words
// separated by any spacing or punctuation, and may continue into a longer word (an affixed form of the
// same stem); punctuation and emoji tokens ("!", ✌️) are found wherever written, right after a word
// too. A gesture ("salam 2 jari" or ✌️) is found wherever normalization reads one, as a whole: "Salam
// dua jari", "dua jari" before an emoji, the emoji. The phrase is also always looked for among the
// post's words as normalization reads them one by one, so "c0bl0s", "jgn" and "02" are found for
// "coblos", "jangan" and "nomor 2" (a bare number with the ballot cue before it: "no 2", "coblos 2", a
// padded one after a pure cue: "nomor 02", a zero and a digit apart after a cue: "coblos 0 2"; letters typed apart, leet
// digits among them too: "c o b l o s", "c 0 b l 0 s"; a verb read as "coblos"
// before a ballot number: "Tusuk nomor 1"),
// also in a post that writes "coblos" elsewhere; both ways' places are merged. A date or a time that
// normalization reads across words ("14 Februari 2024", "10.00 WIB") is one word there. A ballot number is not
// placed where the words around make it a plain one, as normalization reads "RW 01", "Perda nomor 2",
// "nomor 3 tahun 2024", "pilih 2 orang" or "02 persen" (a number read alone is read again with them),
// nor in a longer number ("nomor 3/2024"). A place is whole
// characters: a keycap "2️⃣" keeps its marks. The review page marks these places (src/review/web/
// highlight.ts); the API and the batch output give them as `written` (see written-evidence.ts).
import { normalize } from '../text/normalize.js';
import { BoundedCache } from '../text/lru.js';
import { nonOverlapping, wholeCharacters, type TextRange } from './text-range.js';
import { codeParts } from './code-parts.js';
import { cachesByNames, defaultElectionNames, type ElectionNames } from '../text/election-names.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { PLACEHOLDER_READING } from './readable-token.js';
import { ADDRESS_WORDS, BALLOT_CUES, CITATION_WORDS, MAX_REGULATION_GAP, NOT_BALLOT_BEFORE, OTHER_BALLOT_VERBS, QUEUE_WORDS, RANGE_WORDS, REGULATION_WORDS, ballotReadingsToTokens } from '../text/ballot.js';
import { CALLED_WORDS, HOUSE_WORDS, KIN_WORDS, RANKED_OR_ITEM_BEFORE_CUE, ROLL_OR_GROUP_BEFORE_CUE } from '../text/number-kinds.js';
import { GESTURE_EMOJI, gestureNumber, gestureReadingsToTokens, gestureToken, writtenGesture } from '../text/gestures.js';
import { isLeetDigit } from '../text/leetspeak.js';

export type { TextRange } from './text-range.js';

/** A phrase's word as a regex source: a gesture token as every way the gesture is written. */
function wordSource(word: string): string {
  const gesture = gestureNumber(word);
  if (gesture !== undefined) return `(?:${writtenGesture(gesture)})`;
  // A ballot number is also written with leading zeros ("nomor 02"), which normalization reads alike.
  return /^\d+$/.test(word) ? `0*${word}(?!\\p{N})` : escapeRegExp(word);
}

/** Patterns by phrase (null: none): evidence repeats the same few phrases over a feed, and building one costs more than using it. */
const patterns = new BoundedCache<string, RegExp | null>(4096);

function pattern(phrase: string): RegExp | undefined {
  let re = patterns.get(phrase);
  if (re === undefined) {
    re = buildPattern(phrase) ?? null;
    patterns.set(phrase, re);
  }
  return re ?? undefined;
}

function buildPattern(phrase: string): RegExp | undefined {
  const words = gestureTokens(phrase.toLowerCase()).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  // Only a word starts at a word start and goes on into a longer word. Punctuation or an emoji is a token
  // of its own, written right after a word ("Februari!", "ya✌️"), and is found alone; so is a gesture
  // ("✌✌", "ya✌️"), which brings its own word bounds.
  const wordy = (w: string) => !isGesture(w) && /[\p{L}\p{N}]/u.test(w);
  const start = wordy(words[0]) && /^[\p{L}\p{N}]/u.test(words[0]) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = wordy(words[words.length - 1]) && /[\p{L}\p{N}]$/u.test(words[words.length - 1]) ? '[\\p{L}]*' : '';
  let source = wordSource(words[0]);
  for (let i = 1; i < words.length; i++) {
    const gap = isGesture(words[i - 1]) || isGesture(words[i]) ? '[^\\p{L}\\p{N}]*?' : '[^\\p{L}\\p{N}]+';
    source += gap + wordSource(words[i]);
  }
  return new RegExp(`${start}${source}${end}`, 'giu');
}

interface NormalizedWord extends TextRange {
  tokens: string[];
  /** A number read alone as a ballot number that the words around it make a plain one ("RW 01", "nomor 3 tahun 2024"). */
  notBallot?: true;
  /** Letters typed apart read as one word ("c o b l o s"): the spaces between them, which the next letter apart must have to join it. */
  letterGap?: string;
  /** A pure cue and a number read as one ballot number ("nomor 2"): the two words, to part again where it is none. */
  parts?: [NormalizedWord, NormalizedWord];
}

/**
 * A word's tokens by the word, for each set of election names: the same words recur over a feed, and
 * normalizing each alone cost more than scoring the post; a hashtag splits otherwise with other names.
 */
const tokensByNames = cachesByNames<string[]>(20_000);

/** How one set of election names reads words alone: the tokens normalization makes of each. */
class WordReader {
  private readonly cache: BoundedCache<string, string[]>;

  constructor(readonly names: ElectionNames) {
    this.cache = tokensByNames(names);
  }

  /** The tokens normalization makes of one word alone, hashtags left out (the words they split into stay). */
  tokens(word: string): string[] {
    let tokens = this.cache.get(word);
    if (tokens === undefined) {
      tokens = normalize(word, this.names).tokens.filter((t) => t[0] !== '#');
      this.cache.set(word, tokens);
    }
    return tokens;
  }
}

/** Each whitespace-separated word of the text with the tokens normalization makes of it alone. */
function normalizedWords(text: string, reader: WordReader): NormalizedWord[] {
  const out: NormalizedWord[] = [];
  // Punctuation and unseen characters around a word ("02!", "(02)", a bidi control before it) are left
  // out of it, a word of their own: they would keep the word from matching a phrase without them
  // ("nomor 2") and are not part of the mention. A hashtag's or account's sign stays: the whole tag is found.
  // A word keeps the marks after it: "2️⃣" is a keycap 2, "2" alone a bare number.
  for (const m of text.matchAll(/[#@]?[\p{L}\p{N}](?:\S*[\p{L}\p{N}])?\p{M}*|[^\s\p{L}\p{N}]+/gu)) {
    const word: NormalizedWord = { start: m.index, end: m.index + m[0].length, tokens: reader.tokens(m[0]) };
    const cue = cueBefore(text, out, out.length);
    if (joinsSpacedLetters(text, out, word, reader)) {
      // a letter typed apart is read with the letters before it ("c o b l o s"), as one word
    } else if (cue >= 0 && (isBareNumber(word) || afterPureCue(out[cue], word))) {
      readAfterCue(text, out, cue, word, reader);
    } else if (!joinsZeroApart(text, out, word, reader)) out.push(word);
    verbBeforeBallot(text, out, reader);
    readWithNext(text, out, reader);
    notBallotInPlace(text, out, reader);
    notBallotBefore(text, out, reader);
  }
  return splitCodes(text, out, reader);
}

/** Each slash code among `words` as its parts (code-parts.ts), once the words around have been read with it whole. */
function splitCodes(text: string, words: NormalizedWord[], reader: WordReader): NormalizedWord[] {
  if (!text.includes('/')) return words;
  return words.flatMap((w) => (w.parts ? undefined : codeParts(text, w, (s) => reader.tokens(s))) ?? [w]);
}

const isBallot = (token: string): boolean => token.startsWith('<no:');

/** The placeholders normalization makes of words together: a date with its month and year, a time with its zone. */
const ACROSS_WORDS: ReadonlySet<string> = new Set(['<date>', '<time>']);
/** What such a placeholder starts as, read alone: a day is a number ("14", or "02" a ballot one), a time a time. */
const mayStartAcross = (token: string): boolean => token === '<num>' || ACROSS_WORDS.has(token) || isBallot(token);

/**
 * The number before the last word read with it, as normalization reads the post. Joined into one word
 * where the two are one date or time: "14 Februari", then "14 Februari 2024", "10.00 WIB"; read alone,
 * "14" is a number and "Februari" a word, and "[tanggal]" would be found nowhere. A mark between ("14 Feb.
 * 2024") is joined only with a word after it: a sentence's dot after "14 Feb." stays out, as it does of
 * the date. A ballot number the word after makes a plain one is one, as "RW 01" is: "naik 02 persen", "02%".
 */
function readWithNext(text: string, out: NormalizedWord[], reader: WordReader): void {
  const word = out[out.length - 1];
  let i = out.length - 2;
  if (word.tokens.length > 0 && i > 0 && out[i].tokens.length === 0) i--;
  const first = out[i];
  if (!first || first.tokens.length !== 1 || !mayStartAcross(first.tokens[0])) return;
  const together = reader.tokens(text.slice(first.start, word.end));
  if (together.length === 1 && ACROSS_WORDS.has(together[0])) {
    if (word.tokens.length > 0) out.splice(i, out.length - i, { start: first.start, end: word.end, tokens: together });
  } else if (i === out.length - 2 && together[0] === '<num>' && together.slice(1).join(' ') === word.tokens.join(' ')) {
    // Only a number read alone as a ballot one: a cue before may make "2" one ("coblos 2 ya"), and still does.
    const alone = reader.tokens(text.slice(first.start, first.end));
    if (alone.length === 1 && isBallot(alone[0])) out[i] = { ...first, tokens: ['<num>'], notBallot: true };
  }
}

/**
 * A ballot verb before the ballot number just read ("Tusuk nomor 1", "contreng no 1") as normalization
 * reads the two together: "coblos". Read alone, the verb is itself, and evidence "coblos" was found nowhere.
 */
function verbBeforeBallot(text: string, out: NormalizedWord[], reader: WordReader): void {
  const number = out[out.length - 1];
  if (!isBallot(number.tokens[0] ?? '')) return;
  let at = out.length - 2;
  // punctuation between ("nusuk, nomor 1") is no word: normalization still reads the verb with the number
  while (at >= 0 && out[at].tokens.length === 0) at--;
  const verb = out[at];
  if (!verb || verb.tokens.length !== 1 || !OTHER_BALLOT_VERBS.has(verb.tokens[0])) return;
  if (reader.tokens(text.slice(verb.start, number.end))[0] === 'coblos') out[at] = { ...verb, tokens: ['coblos'] };
}

/**
 * The words that, before a number, can make it a plain one: a place, an address, a regulation, a cited
 * article's part, a range's "sampai", and the numbered things of number-kinds.ts (a rank or item, a
 * roll, a house, a child among siblings, being called, a queue).
 */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...NOT_BALLOT_BEFORE, ...ADDRESS_WORDS, ...REGULATION_WORDS.keys(), ...RANGE_WORDS, ...CITATION_WORDS, ...ROLL_OR_GROUP_BEFORE_CUE,
  ...RANKED_OR_ITEM_BEFORE_CUE, ...HOUSE_WORDS, ...KIN_WORDS, ...CALLED_WORDS, ...QUEUE_WORDS,
]);

/** Words before a number that decide whether it is a ballot number ("Keputusan KPU Kabupaten Sleman Nomor 2"). */
const CONTEXT_WORDS = MAX_REGULATION_GAP + 3;

/**
 * The last word read a ballot number alone ("01", "nomor 2"), where the words before it may make it an
 * address, a place or a regulation's number ("RW 01", "TPS 02", "Perda nomor 2"): read with them as
 * normalization reads the post, a plain number there is no ballot number, and is not marked as one.
 * Only a plain number: a "1" read as the idiom "nomor satu" may still be one by a word later in the post.
 */
function notBallotInPlace(text: string, out: NormalizedWord[], reader: WordReader): void {
  const word = out[out.length - 1];
  if (out.length < 2 || !word.tokens.some(isBallot)) return;
  const context = out.slice(Math.max(0, out.length - 1 - CONTEXT_WORDS), -1);
  // Reading the words again costs more than the rest of finding; only a place word can change the reading.
  if (!context.some((w) => w.tokens.some((t) => PLACE_WORDS.has(t)))) return;
  const from = context[0].start;
  const before = normalize(text.slice(from, word.start), reader.names).tokens;
  const withIt = normalize(text.slice(from, word.end), reader.names).tokens;
  if (count(withIt, isBallot) > count(before, isBallot) || count(withIt, isNum) <= count(before, isNum)) return;
  plainNumber(out, out.length - 1);
}

const count = (tokens: readonly string[], pred: (t: string) => boolean) => tokens.filter(pred).length;
const isNum = (token: string): boolean => token === '<num>';
/** How many words after a ballot number may still make it a plain one: "nomor 2 dari 3 bersaudara". */
const WORDS_AFTER = 3;
/**
 * How many words before such a number are read with it: those that decide whether the words after may
 * make it plain ("aku yang nomor 3 dari kanan"; not "pilih saya yang nomor 2 dari kiri").
 */
const WORDS_BEFORE = 3;

/**
 * A ballot number a few words back that the last word makes a plain one, as normalization reads the
 * post: a regulation's number before "tahun" and a year ("nomor 3 tahun 2024"), a count ("pilih 2
 * orang"), a place in a row ("nomor 2 dari 3 bersaudara"). The words from the one before the number
 * are read without the last word and with it: the number is plain when the last word takes a ballot
 * number away.
 */
function notBallotBefore(text: string, out: NormalizedWord[], reader: WordReader): void {
  const last = out.length - 1;
  let at = last - 1;
  // punctuation between counts for no word: "800 / 02 / BKD / 2024" has two words between "02" and the year
  let between = 0;
  while (at >= 0 && !out[at].tokens.some(isBallot)) {
    if (out[at].tokens.length > 0 && ++between >= WORDS_AFTER) return;
    at--;
  }
  if (at < 0) return;
  // Read through the reader's cache: a word's "with it" is the next word's "without it".
  const from = out[Math.max(0, at - WORDS_BEFORE)].start;
  const before = reader.tokens(text.slice(from, out[last - 1].end));
  const withIt = reader.tokens(text.slice(from, out[last].end));
  if (count(withIt, isBallot) < count(before, isBallot)) plainNumber(out, at);
}

/**
 * out[at] read as a plain number, not a ballot one; a pure cue read with it ("nomor 3") is a word of its
 * own again, so that "[angka] tahun" is "3 tahun", not "nomor 3 tahun".
 */
function plainNumber(out: NormalizedWord[], at: number): void {
  const word = out[at];
  const plain = (w: NormalizedWord): NormalizedWord => ({ start: w.start, end: w.end, tokens: w.tokens.map((t) => (isBallot(t) ? '<num>' : t)), notBallot: true });
  if (word.parts) out.splice(at, 1, word.parts[0], plain(word.parts[1]));
  else out[at] = plain(word);
}

/** A word read as plain numbers only: "3/2024", "2.5" (not "01/02", two ballot numbers, nor "2</b"). */
const isPlainNumbers = (word: NormalizedWord): boolean => word.tokens.length > 0 && word.tokens.every(isNum);
const isBareNumber = (word: NormalizedWord) => word.tokens.length === 1 && word.tokens[0] === '<num>';

const isPureCue = (word: NormalizedWord): boolean => word.tokens.length === 1 && BALLOT_CUES.get(word.tokens[0]) === true;
const sameReading = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * A padded number after a pure cue ("nomor 02", "no 03"): read alone it is a ballot number already, and
 * the cue a word; normalization reads the two as one ("c0bl0s nomor 02" is "coblos nomor 2").
 */
const afterPureCue = (cue: NormalizedWord, word: NormalizedWord): boolean => isPureCue(cue) && word.tokens.length === 1 && isBallot(word.tokens[0]);

/** One a–z letter, in either case: what normalization joins into a word when three or more are typed apart. */
const isLoneLetter = (text: string, word: NormalizedWord): boolean => word.end - word.start === 1 && /[a-z]/i.test(text[word.start]);
/** The spaces between two words; undefined when anything else is between them. */
const spacesBetween = (text: string, a: NormalizedWord, b: NormalizedWord): string | undefined => {
  const gap = text.slice(a.end, b.start);
  return /^\s+$/.test(gap) ? gap : undefined;
};

/**
 * Letters typed apart to slip past filters ("c o b l o s"), which normalization joins into the word
 * they spell once three are in a row (spaced-letters.ts): read alone each is a letter, and evidence
 * "coblos" was found nowhere. Whether `word` goes on such a run before it, which it then joins (the run
 * read as one word, as normalization reads it). A wider gap starts another word, as normalization parts
 * them: "P I L I H   N O M O R" is two.
 */
function joinsSpacedLetters(text: string, out: NormalizedWord[], word: NormalizedWord, reader: WordReader): boolean {
  if (!isLoneLetter(text, word)) return false;
  partLeetRun(text, out, reader);
  if (joinsSpacedLeet(text, out, word, reader)) return true;
  const last = out[out.length - 1];
  const gap = last && spacesBetween(text, last, word);
  if (!gap) return false;
  let from: number;
  if (last.letterGap !== undefined) {
    if (gap !== last.letterGap) return false;
    from = out.length - 1;
  } else {
    const first = out[out.length - 2];
    if (!first || !isLoneLetter(text, last) || !isLoneLetter(text, first) || spacesBetween(text, first, last) !== gap) return false;
    from = out.length - 2;
  }
  const start = out[from].start;
  out.splice(from, out.length - from, { start, end: word.end, tokens: reader.tokens(text.slice(start, word.end)), letterGap: gap });
  return true;
}

/** One leet digit ("0" of "c 0 b l 0 s"), which normalization joins with letters typed apart around it. */
const isLoneLeetDigit = (text: string, word: NormalizedWord): boolean => word.end - word.start === 1 && isLeetDigit(text[word.start]);

/**
 * The last word, when it is letters and leet digits typed apart read as one word ("a 1 b", read "aib"),
 * back into its letters and digits: with the letter after it the run may spell no word ("a 1 b c" is
 * letters and a number), and joinsSpacedLeet reads the run again whole.
 */
function partLeetRun(text: string, out: NormalizedWord[], reader: WordReader): void {
  const last = out[out.length - 1];
  if (last?.letterGap === undefined || !/\d/.test(text.slice(last.start, last.end))) return;
  const parts: NormalizedWord[] = [];
  for (let i = last.start; i < last.end; i++) if (!/\s/.test(text[i])) parts.push({ start: i, end: i + 1, tokens: reader.tokens(text[i]) });
  out.splice(out.length - 1, 1, ...parts);
}

/**
 * Letters typed apart with leet digits among them ("c 0 b l 0 s"), which normalization joins into the
 * word they spell when the lexicon knows it (spaced-letters.ts): the lone letters and digits before
 * `word`, evenly spaced (a run of letters joined already may start them), are read with it, and joined
 * when normalization reads them as one word. Whether `word` was so joined.
 */
function joinsSpacedLeet(text: string, out: NormalizedWord[], word: NormalizedWord, reader: WordReader): boolean {
  let from = out.length;
  let digits = false;
  let gap: string | undefined;
  for (let next = word; from > 0; next = out[from - 1], from--) {
    const w = out[from - 1];
    const between = spacesBetween(text, w, next);
    if (between === undefined || (gap !== undefined && between !== gap)) break;
    gap = between;
    if (w.letterGap !== undefined) {
      if (w.letterGap === gap) from--;
      break;
    }
    if (isLoneLeetDigit(text, w)) digits = true;
    else if (!isLoneLetter(text, w)) break;
  }
  // a run starts with a letter, as normalization's does
  while (from < out.length && isLoneLeetDigit(text, out[from])) from++;
  if (!digits || from === out.length) return false;
  const start = out[from].start;
  const tokens = reader.tokens(text.slice(start, word.end));
  if (tokens.length !== 1 || tokens[0][0] === '<') return false;
  out.splice(from, out.length - from, { start, end: word.end, tokens, letterGap: gap });
  return true;
}

/**
 * Where the ballot cue right before out[end] is ("no 2", "coblos 2", also "No. 2" with the abbreviation's
 * dot between, which normalization drops); -1 when out[end - 1] is none.
 */
function cueBefore(text: string, out: NormalizedWord[], end: number): number {
  let at = end - 1;
  if (at > 0 && out[at].end - out[at].start === 1 && text[out[at].start] === '.') at--;
  const word = out[at];
  return word && word.tokens.length === 1 && BALLOT_CUES.has(word.tokens[0]) ? at : -1;
}

/**
 * A digit after a "0" that a ballot cue or letters typed apart come right before ("coblos 0 2", "c o b l
 * o s  0 2", "nomor 0 2", "a b c 0 2"): normalization joins the two into a padded ballot number there
 * (placeholders.ts), so they are read as one number, after the cue as "coblos 02" is. Read alone, "0" and
 * "2" were two plain numbers, and evidence "nomor 2" was found nowhere. Whether `word` was so read (added to `out`).
 */
function joinsZeroApart(text: string, out: NormalizedWord[], word: NormalizedWord, reader: WordReader): boolean {
  const zero = out[out.length - 1];
  if (!zero || !isBareNumber(word) || text.slice(zero.start, zero.end) !== '0' || !isBareNumber(zero)) return false;
  const cue = cueBefore(text, out, out.length - 1);
  const before = cue >= 0 ? out[cue] : out[out.length - 2];
  if (!before || (cue < 0 && before.letterGap === undefined)) return false;
  const together = reader.tokens(text.slice(before.start, word.end));
  const ballot = together[together.length - 1] ?? '';
  if (!isBallot(ballot)) return false;
  out.pop();
  const number: NormalizedWord = { start: zero.start, end: word.end, tokens: ['<num>'] };
  if (cue >= 0) readAfterCue(text, out, cue, number, reader);
  else out.push({ ...number, tokens: [ballot] });
  return true;
}

/**
 * Adds a bare number after the ballot cue at out[at] as normalization reads the two together: read
 * alone, "2" is just a number. A pure cue goes into the token ("no 2", "nmr 2", "nomer 2", "No. 2" →
 * one word "nomor 2"), and so do the pure cues before it ("nomor urut 2"); a meaningful one stays a word
 * of its own ("coblos 2" → "coblos", then "2" read as "nomor 2").
 */
function readAfterCue(text: string, out: NormalizedWord[], at: number, number: NormalizedWord, reader: WordReader): void {
  const together = reader.tokens(text.slice(out[at].start, number.end));
  if (together.length === 1) {
    let from = at;
    for (let k = cueBefore(text, out, from); k >= 0 && isPureCue(out[k]) && sameReading(reader.tokens(text.slice(out[k].start, number.end)), together); k = cueBefore(text, out, from)) from = k;
    const last = out[out.length - 1];
    const cues: NormalizedWord = from === out.length - 1 ? last : { start: out[from].start, end: last.end, tokens: out.slice(from).flatMap((w) => w.tokens) };
    out.splice(from, out.length - from, { start: cues.start, end: number.end, tokens: together, parts: [cues, number] });
  } else if (together.length === 2 && together[0] === out[at].tokens[0]) out.push({ ...number, tokens: [together[1]] });
  else out.push(number);
}

/** Evidence's bracketed words back to the placeholders they stand for ("[angka]" → "<num>"). */
const PLACEHOLDER_OF_READING = new Map(Object.entries(PLACEHOLDER_READING).map(([token, reading]) => [reading, token]));

/** A gesture's emoji in a phrase, with or without its variation selector (evidence shows it with). */
const GESTURE_SIGNS = new RegExp(`(?:${[...GESTURE_EMOJI.keys()].join('|')})\uFE0F?`, 'gu');
const isGesture = (word: string): boolean => gestureNumber(word) !== undefined;

/** A lowercased phrase with each gesture, read ("salam 2 jari") or shown (✌️), as its token. */
function gestureTokens(phrase: string): string {
  return gestureReadingsToTokens(phrase).replace(GESTURE_SIGNS, (sign) => ` ${gestureToken(GESTURE_EMOJI.get(sign.replace(/\uFE0F/g, ''))!)} `);
}

/**
 * A phrase as tokens: the readable forms evidence shows (readable-token.ts) and a number or gesture
 * mention's words ("nomor 2", "salam 2 jari") back to the tokens they stand for.
 */
function phraseTokens(phrase: string): string[] {
  return gestureTokens(ballotReadingsToTokens(phrase.toLowerCase()))
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => PLACEHOLDER_OF_READING.get(word) ?? word);
}

/** Runs of consecutive words whose tokens, together, are exactly the phrase's. */
function normalizedMatches(phrase: string, words: NormalizedWord[]): TextRange[] {
  const want = phraseTokens(phrase).join(' ');
  if (!want) return [];
  const out: TextRange[] = [];
  for (let i = 0; i < words.length; i++) {
    let got = '';
    for (let j = i; j < words.length && got.length < want.length; j++) {
      if (words[j].tokens.length === 0) break;
      got = got ? `${got} ${words[j].tokens.join(' ')}` : words[j].tokens.join(' ');
      if (got === want) {
        out.push({ start: words[i].start, end: words[j].end });
        i = j;
        break;
      }
    }
  }
  return out;
}

/** Finds phrases in one post as written; the fallback's view of the post is built once, on first need. */
export class WrittenFinder {
  private words?: NormalizedWord[];
  /** The text searched: the post, or only the part of it given (see the constructor). */
  private readonly searched: string;
  /** Where `searched` starts in the post: added to every place found. */
  private readonly offset: number;

  /**
   * @param names the election names the post was read with (a scorer's own; without, ELECTIONS_DIR's)
   * @param within the part of a long post whose result the phrases are (its evidence): only that part is
   *   searched, as if it were the whole text, and places are still offsets into `post`
   */
  constructor(
    post: string,
    private readonly names: ElectionNames = defaultElectionNames(),
    within?: TextRange,
  ) {
    this.searched = within ? post.slice(within.start, within.end) : post;
    this.offset = within?.start ?? 0;
  }

  /**
   * Every place `phrase` is written, in order and not overlapping, each of whole characters; none when
   * it cannot be found. Both ways are always looked at: a post that writes "coblos" once may write
   * "c0bl0s" too, and a place both find is given once (the longer where they differ).
   */
  find(phrase: string): TextRange[] {
    const re = pattern(phrase);
    if (!re) return [];
    const found: TextRange[] = [];
    // A ballot number's phrase written as such ("nomor 2") is none where its place makes it a plain
    // number ("Perda nomor 2", "nomor 3 tahun 2024"), nor where it ends inside a longer number ("nomor
    // 3/2024", "nomor 2.5 juta"): the normalized words know.
    const plain = phraseTokens(phrase).some(isBallot) ? this.normalizedWords().filter((w) => w.notBallot || isPlainNumbers(w)) : [];
    for (const m of this.searched.matchAll(re)) {
      if (m.index === undefined || m[0].length === 0) continue;
      const place = { start: m.index, end: m.index + m[0].length };
      if (plain.some((w) => w.start < place.end && (w.notBallot ? place.start < w.end : place.end < w.end))) continue;
      found.push(wholeCharacters(this.searched, place));
    }
    for (const r of normalizedMatches(phrase, this.normalizedWords())) found.push(wholeCharacters(this.searched, r));
    const places = nonOverlapping(found);
    return this.offset === 0 ? places : places.map((p) => ({ start: p.start + this.offset, end: p.end + this.offset }));
  }

  private normalizedWords(): NormalizedWord[] {
    return (this.words ??= normalizedWords(this.searched, new WordReader(this.names)));
  }
}
