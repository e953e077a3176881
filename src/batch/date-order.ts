// Which of a numeric date's three numbers is the day, the month and the year. Indonesian exports
// write day first (29/11/2024), US tools month first (11/29/2024): 05/11/2024 is both, so the order
// is the job's setting (`--posted-at-order`, day first by default), never guessed per value. A value
// that is no date in that order but is one in the other is refused with a hint that names the flag:
// it shows the file is in the other order, and its ambiguous values were read wrong.
import { dayInWords } from './date-names.js';

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
export const DEFAULT_DATE_ORDER: DateOrder = 'dmy';

const ORDER_WORDS: Record<DateOrder, string> = { dmy: 'day/month/year', mdy: 'month/day/year', ymd: 'year/month/day' };

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Whether y-mo-d is a day of the (Gregorian, as Date's) calendar: no 31 February, 29 February only in leap years. */
export function isCalendarDay(y: number, mo: number, d: number): boolean {
  if (!Number.isInteger(mo) || mo < 1 || mo > 12 || !Number.isInteger(d) || d < 1) return false;
  return d <= (mo === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[mo - 1]);
}

/** A year as written: two digits are 2000–2099 (no post is from the last century). */
export function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

export type DateParts = { y: number; mo: number; d: number } | { error: string };

function inOrder(a: string, b: string, c: string, order: DateOrder): { y: string; mo: string; d: string } {
  if (order === 'dmy') return { d: a, mo: b, y: c };
  if (order === 'mdy') return { mo: a, d: b, y: c };
  return { y: a, mo: b, d: c };
}

/**
 * The day, month and year of a numeric date `a sep b sep c`. A four-digit first number is a year
 * whatever the order (2024/11/29); a four-digit last one leaves day and month to the order; three
 * two-digit numbers (22/11/24) are read wholly by it. `undefined` when the numbers are no date's shape.
 */
export function numericDateParts(a: string, b: string, c: string, order: DateOrder): DateParts | undefined {
  if (a.length === 4) return c.length <= 2 ? check({ y: a, mo: b, d: c }, 'ymd', a, b, c) : undefined;
  if (a.length > 2) return undefined;
  if (c.length === 4) {
    if (order === 'ymd') return { error: `has its year last, which --posted-at-order ymd does not read: give dmy or mdy` };
    return check(inOrder(a, b, c, order), order, a, b, c);
  }
  const yearAt = order === 'ymd' ? a : c;
  if (yearAt.length !== 2 || (order === 'ymd' ? c : a).length > 2) return undefined;
  return check(inOrder(a, b, c, order), order, a, b, c);
}

function check(p: { y: string; mo: string; d: string }, order: DateOrder, a: string, b: string, c: string): DateParts {
  const [y, mo, d] = [fullYear(p.y), Number(p.mo), Number(p.d)];
  if (isCalendarDay(y, mo, d)) return { y, mo, d };
  const other: DateOrder | undefined = order === 'dmy' ? 'mdy' : order === 'mdy' ? 'dmy' : undefined;
  if (other !== undefined && c.length >= 2) {
    const q = inOrder(a, b, c, other);
    const [y2, mo2, d2] = [fullYear(q.y), Number(q.mo), Number(q.d)];
    if (isCalendarDay(y2, mo2, d2)) {
      return { error: `is not a date read ${ORDER_WORDS[order]}, but is one read ${ORDER_WORDS[other]} (${dayInWords(y2, mo2, d2)}): if the file writes its dates that way, give --posted-at-order ${other} (its other numeric dates were read ${ORDER_WORDS[order]})` };
    }
  }
  return { error: 'is not a date' };
}
