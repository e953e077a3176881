// Things that identify people or carry no partisan meaning become placeholders:
// URLs, @mentions, e-mail addresses, dates, times and plain numbers.
export const PLACEHOLDER = /^<(?:url|user|email|num|date|time|no:\d{1,2}|gesture:\d)>$/;

const URL = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co|id|net|org|ly|it|me|io)\/\S*/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;
// A handle may hold dots inside (Instagram, TikTok: @andika.perkasa), never at its end ("cc @budi.").
const HANDLE = String.raw`\w(?:[\w.]{0,28}\w)?`;
const MENTION = new RegExp(String.raw`(^|[^\w@])@(${HANDLE})`, 'g');
/** The @handles a reply starts with ("@a @b text"). */
const REPLY_HANDLES = new RegExp(String.raw`^\s*(?:@${HANDLE}(?:\s+|$))+`);
const MONTHS = '(?:jan|feb|mar|apr|mei|may|jun|jul|agu|agt|ags|aug|sep|okt|oct|nov|des|dec)[a-z]*';
// Unicode-aware edges instead of \b, so "â4" or "x_4" never start a date on one pass and not the next.
const START = '(?<![\\p{L}\\p{N}_\'’])';
const END = '(?![\\p{L}\\p{N}_])';
const DATE = new RegExp(
  `${START}(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}\\s+${MONTHS}\\.?(?:\\s+\\d{4})?)${END}`,
  'gu',
);
const TIME = new RegExp(`${START}\\d{1,2}[:.]\\d{2}(?:\\s*(?:wib|wita|wit))?${END}`, 'gu');
const GROUPED_NUMBER = new RegExp(`${START}\\d+(?:[.,]\\d+)+${END}`, 'gu');
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

/** Replaces dates, times and grouped numbers in lowercased text. Bare integers are left for the tokenizer. */
export function replaceDatesAndNumbers(text: string): string {
  if (!HAS_DIGIT.test(text)) return text;
  return text.replace(RUPIAH, 'rp ').replace(DATE, ' <date> ').replace(TIME, ' <time> ').replace(GROUPED_NUMBER, ' <num> ');
}
