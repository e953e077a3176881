// Things that identify people or carry no partisan meaning become placeholders:
// URLs, @mentions, e-mail addresses, dates, times and plain numbers.
export const PLACEHOLDER = /^<(?:url|user|email|num|date|time|no:\d{1,2}|gesture:\d)>$/;

const URL = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co|id|net|org|ly|it|me|io)\/\S*/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;
const MENTION = /(^|[^\w@])@(\w{1,30})/g;
/**
 * The @handles a reply starts with ("@a @b text"): thread chrome that Twitter adds and other platforms
 * do not, so they leave no token (a post should score the same as a reply or not); the handles are
 * still kept for candidate-account detection.
 */
const REPLY_HANDLES = /^\s*(?:@\w{1,30}(?:\s+|$))+/;
const HANDLE = /@(\w{1,30})/g;
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
    const reply = REPLY_HANDLES.exec(out);
    if (reply) {
      for (const m of reply[0].matchAll(HANDLE)) handles.push(m[1].toLowerCase());
      out = ` ${out.slice(reply[0].length)}`;
    }
    out = out.replace(MENTION, (_m, pre: string, handle: string) => {
      handles.push(handle.toLowerCase());
      return `${pre} <user> `;
    });
  }
  return out;
}

/** Replaces dates, times and grouped numbers in lowercased text. Bare integers are left for the tokenizer. */
export function replaceDatesAndNumbers(text: string): string {
  if (!HAS_DIGIT.test(text)) return text;
  return text.replace(RUPIAH, 'rp ').replace(DATE, ' <date> ').replace(TIME, ' <time> ').replace(GROUPED_NUMBER, ' <num> ');
}
