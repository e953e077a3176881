// Things that identify people or carry no partisan meaning become placeholders:
// URLs, @mentions, e-mail addresses, dates, times and plain numbers.
import { BALLOT_CUES, MAX_BALLOT } from './ballot.js';
import { leetReading } from './leetspeak.js';
import { MONTH_NAMES } from './month-names.js';

export const PLACEHOLDER = /^<(?:url|user|email|num|date|time|no:\d{1,2}|gesture:\d)>$/;

const URL = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co|id|net|org|ly|it|me|io)\/\S*/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;
// A handle may hold dots inside (Instagram, TikTok: @andika.perkasa), never at its end ("cc @budi.").
const HANDLE = String.raw`\w(?:[\w.]{0,28}\w)?`;
const MENTION = new RegExp(String.raw`(^|[^\w@])@(${HANDLE})`, 'g');
/** The @handles a reply starts with ("@a @b text"). */
const REPLY_HANDLES = new RegExp(String.raw`^\s*(?:@${HANDLE}(?:\s+|$))+`);
// Month names and their abbreviations (month-names.ts), whole words only: "22 jangan", "3 desa", "2 mari",
// "5 sepeda" are no dates. Longest first, so that "5 Nopember" is read whole, not as "5 Nop" and a word.
const MONTHS = `(?:${MONTH_NAMES.flat().sort((a, b) => b.length - a.length).join('|')})`;
// Unicode-aware edges instead of \b, so "â4" or "x_4" never start a date on one pass and not the next.
const START = '(?<![\\p{L}\\p{N}_\'’])';
const END = '(?![\\p{L}\\p{N}_])';
const DATE = new RegExp(
  `${START}(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}\\s+${MONTHS}\\.?(?:\\s+\\d{4})?)${END}`,
  'gu',
);
const TIME = new RegExp(`${START}\\d{1,2}[:.]\\d{2}(?:\\s*(?:wib|wita|wit))?${END}`, 'gu');
const GROUPED_NUMBER = new RegExp(`${START}\\d+(?:[.,]\\d+)+${END}`, 'gu');
// A percentage is a number, also when written padded: "diskon 02%", "naik 01 persen" (not ballot numbers);
// a decimal one ("2,5%") is left whole for GROUPED_NUMBER, and a hashtag ("#67persen") as it is.
const PERCENT = new RegExp(`${START}(?<!#|\\d[.,])\\d{1,3}(?=\\s*(?:%|persen${END}))`, 'gu');
// "UU No 7 Tahun 2017", "Surat Edaran nomor 3 tahun 2024": a number before "tahun" and a year numbers a
// regulation or a letter; so does one before a budget or school year, "tahun anggaran" (with or without
// the year), "TA 2024", "T.A. 2024", "tahun ajaran 2024/2025" ("DPA nomor 3 tahun anggaran 2024"). Not
// "TA" without a year: East Javanese "ta" asks "right?" ("nomor 2 ta"). And a letter's number with its
// year after a spaced slash ("Nomor: 5 / 2024"; unspaced, "5/2024" is a slash code, below).
const YEAR = `(?:19|20)\\d{2}${END}`;
const YEAR_WORD = '(?:tahun|thn|th)\\.?';
const YEAR_PHRASE = `${YEAR_WORD}\\s*(?:(?:anggaran|ajaran|pelajaran)\\s*)?${YEAR}|${YEAR_WORD}\\s*anggaran${END}|t\\.?\\s?a\\.?\\s*${YEAR}`;
const REGULATION_NUMBER = new RegExp(`${START}\\d{1,4}(?=\\s*(?:${YEAR_PHRASE})|(?:\\s+/\\s*|/\\s+)${YEAR})`, 'gu');
// A letter's or a file's code ("800/02/BKPSDM/2024", "No. 5/SE/2024") and a day and month ("31/08"): digits
// joined by slashes to other parts. Two parts are a code only when both are numbers, and not two ballot
// numbers: "02/Prabowo", "pilih 01/02 terserah".
const SLASH_CODE = new RegExp(`${START}[\\p{L}\\p{N}]+(?:/[\\p{L}\\p{N}]+)+${END}`, 'gu');
// The same code written with spaces around its slashes ("800 / 02 / BKD / 2024"), when it ends in a year:
// without one, spaced slashes part other things ("Prabowo / 02 / Gibran", "pilih 01 / 02").
const SPACED_CODE = new RegExp(`${START}[\\p{L}\\p{N}]+(?:\\s*/\\s*[\\p{L}\\p{N}]+)*\\s*/\\s*(?:19|20)\\d{2}${END}`, 'gu');
const SPACED_SLASH = /\s\/|\/\s/;
const SHORT_NUMBER_PART = /(?<![\p{L}\p{N}])\d{1,2}(?![\p{L}\p{N}])/gu;
const TWO_NUMBERS = /^\d+\/\d+$/;
const TWO_BALLOTS = /^0[1-9]\/0[1-9]$/;

/** The short numbers of a slash code as <num>: the tokenizer would read "02" in it as a ballot number. */
function codeNumbers(code: string): string {
  const twoParts = code.indexOf('/') === code.lastIndexOf('/');
  if (twoParts && (!TWO_NUMBERS.test(code) || TWO_BALLOTS.test(code))) return code;
  return code.replace(SHORT_NUMBER_PART, ' <num> ');
}
// "coblos 0 2", "c.o.b.l.o.s 0.2", "coblos 0-2": a padded ballot number written apart to slip past filters (not a
// decimal: "0,2", "0.2 persen"), only right after a ballot cue (see zeroApartAfterCue): "kalah 0 2", "0-2" are a score.
const ZERO_APART = new RegExp(`${START}(?<!\\p{N}[ .-])0[ .-]([1-9])(?![\\p{N}]|[.,:/-]\\p{N}|\\s*(?:%|persen))`, 'gu');
// The word before a split number, and a run of single letters ("c.o.b.l.o.s", "c o b l o s", "c-o-b-l-o-s"), spaced to
// slip past filters, leet digits among them too ("c 0 b l 0 s", "p 1 l 1 h").
const WORD_BEFORE = /([\p{L}\p{N}]+)[\s.:]*$/u;
const SPACED_RUN_BEFORE = /\p{L}[ .-](?:[\p{L}013456789][ .-])+\p{L}[\s.:]*$/u;

/** "0 2" as "02" after a ballot cue, plain or in leetspeak ("c0bl0s 0 2") or spaced ("c.o.b.l.o.s 0.2"); else unchanged. */
function zeroApartAfterCue(match: string, digit: string, offset: number, text: string): string {
  const before = text.slice(Math.max(0, offset - 40), offset);
  const word = WORD_BEFORE.exec(before)?.[1];
  const cue = word !== undefined && (BALLOT_CUES.has(word) || BALLOT_CUES.has(leetReading(word)));
  return cue || SPACED_RUN_BEFORE.test(before) ? `0${digit}` : match;
}
// "N O M O R   2 1": the digits of a two-digit ballot number spaced like the letters before them.
const DIGITS_APART = new RegExp(`${START}([12]) ([0-9])${END}`, 'gu');
const SPACED_CUE_BEFORE = /((?:\p{L}[ .]){2,}\p{L})\s+$/u;

/** "2 1" as "21" right after a ballot cue written in spaced letters ("n o m o r   2 1"), up to MAX_BALLOT; else unchanged. */
function digitsApartAfterSpacedCue(match: string, tens: string, ones: string, offset: number, text: string): string {
  const n = Number(tens + ones);
  if (n > MAX_BALLOT) return match;
  const run = SPACED_CUE_BEFORE.exec(text.slice(Math.max(0, offset - 40), offset))?.[1].replace(/[ .]/g, '');
  for (const cue of BALLOT_CUES.keys()) if (cue.length > 2 && run?.endsWith(cue)) return tens + ones;
  return match;
}
const HAS_DIGIT = /\d/;
// Rupiah written against its amount ("rp12.500", "rp.50rb"): the currency stays a word, the amount a number.
const RUPIAH = /(?<![\p{L}\p{N}_'’#])rp\.?(?=\d)/gu; // not inside a hashtag ("#rp2juta")

/** Replaces URLs, e-mails and mentions (case-sensitive input); returns the handles that were mentioned. */
export function replaceLinksAndMentions(text: string, handles: string[]): string {
  let out = text;
  if (out.includes('/') || out.includes('www.')) out = out.replace(URL, ' <url> '); // every URL form has one
  if (out.includes('@')) {
    out = out.replace(EMAIL, ' <email> ');
    out = out.replace(MENTION, (_m, pre: string, handle: string) => {
      handles.push(handle.toLowerCase());
      return `${pre} <user> `;
    });
  }
  return out;
}

/**
 * How many @handles the post starts with, as a reply does ("@a @b text"): Twitter's thread chrome,
 * not the writer's words, which other platforms do not add. Call on the text replaceLinksAndMentions gets.
 */
export function replyHandleCount(text: string): number {
  if (!text.includes('@')) return 0;
  const run = REPLY_HANDLES.exec(text);
  if (!run) return 0;
  let n = 0;
  for (let i = run[0].indexOf('@'); i >= 0; i = run[0].indexOf('@', i + 1)) n++;
  return n;
}

// What each pattern needs somewhere in the text, tested first: a plain regex or indexOf is far cheaper
// than the full pattern's Unicode lookbehinds, and nearly every post with a digit lacks most of them.
const MAY_BE_REGULATION = /\d\s*t[ah.\s]|\d\s+\/|\d\/\s/;
const MAY_BE_DATE = /\d[-/.]\d|\d\s+[a-z]/;
const MAY_BE_TIME = /\d[:.]\d/;
const MAY_BE_GROUPED = /\d[.,]\d/;
const MAY_BE_PERCENT = /0\d\s*(?:%|persen)/;
const MAY_BE_DIGITS_APART = /[12] \d/;
const MAY_BE_ZERO_APART = /0[ .-][1-9]/;

/** Replaces dates, times and grouped numbers in lowercased text. Bare integers are left for the tokenizer. */
export function replaceDatesAndNumbers(text: string): string {
  if (!HAS_DIGIT.test(text)) return text;
  let out = text;
  if (out.includes('rp')) out = out.replace(RUPIAH, 'rp ');
  if (MAY_BE_REGULATION.test(out)) out = out.replace(REGULATION_NUMBER, ' <num> ');
  if (MAY_BE_DATE.test(out)) out = out.replace(DATE, ' <date> ');
  if (MAY_BE_TIME.test(out)) out = out.replace(TIME, ' <time> ');
  if (out.includes('/')) {
    out = out.replace(SLASH_CODE, codeNumbers);
    if (SPACED_SLASH.test(out)) out = out.replace(SPACED_CODE, codeNumbers);
  }
  if (out.includes('0')) {
    if (MAY_BE_ZERO_APART.test(out)) out = out.replace(ZERO_APART, zeroApartAfterCue);
    // Only a padded number before % read as a ballot number ("2%" is <num> anyway): looked for only
    // where a 0 is, as a scan of every post cost 2–3 % of normalize.
    if (MAY_BE_PERCENT.test(out)) out = out.replace(PERCENT, ' <num> ');
  }
  if (MAY_BE_DIGITS_APART.test(out)) out = out.replace(DIGITS_APART, digitsApartAfterSpacedCue);
  return MAY_BE_GROUPED.test(out) ? out.replace(GROUPED_NUMBER, ' <num> ') : out;
}
