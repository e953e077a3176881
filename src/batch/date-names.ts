// Month and weekday names as exports write them, English and Indonesian, in full or abbreviated
// ("Agt", "Des", "Sept", "Jum'at"): the words a posting time may spell its date with. The months are
// the text stage's (src/text/month-names.ts): a post's "5 Nop" and a feed's are the same date.
import { MONTH_NAMES } from '../text/month-names.js';

const MONTH_NUMBERS: Record<string, number> = Object.fromEntries(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1])));

/** Weekday names as Date.getUTCDay() numbers. */
const WEEKDAYS: Record<string, number> = Object.fromEntries(
  [
    ['sun', 'sunday', 'minggu', 'min', 'ahad'],
    ['mon', 'monday', 'senin', 'sen'],
    ['tue', 'tues', 'tuesday', 'selasa', 'sel'],
    ['wed', 'wednesday', 'rabu', 'rab'],
    ['thu', 'thur', 'thurs', 'thursday', 'kamis', 'kam'],
    ['fri', 'friday', 'jumat', "jum'at", 'jum'],
    ['sat', 'saturday', 'sabtu', 'sab'],
  ].flatMap((names, i) => names.map((n) => [n, i])),
);

/** 1–12 for a month name, or undefined for any other word. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(MONTH_NUMBERS, key) ? MONTH_NUMBERS[key] : undefined;
}

/** 0 (Sunday) – 6 for a weekday name, or undefined for any other word. */
export function weekdayNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/’/g, "'");
  return Object.hasOwn(WEEKDAYS, key) ? WEEKDAYS[key] : undefined;
}

const MONTHS_IN_ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "29 November 2024", for messages. */
export function dayInWords(y: number, mo: number, d: number): string {
  return `${d} ${MONTHS_IN_ENGLISH[mo - 1]} ${y}`;
}
