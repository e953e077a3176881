// The header that starts each line of a WhatsApp "Export chat" text: the date and time, then the
// sender (or a system event). Android writes `12/10/29 07.02 - Name: text` (`12/10/2029, 07:02 - …`),
// iOS `[12/10/29 07.02.15] Name: text`; English-locale exports add AM/PM (often after a narrow
// no-break space), and some exports start lines with a direction mark. Exports carry no zone, and
// their date order is the phone's locale: day first in Indonesian, month first in US English.

import { isCalendarDay, type DateOrder } from './date-order.js';
import { dayHour } from './posted-at.js';

export interface ChatHeader {
  /** The date's first and second numbers, as written; which is the day depends on the order. */
  dateFirst: number;
  dateSecond: number;
  year: number;
  hour: number;
  minute: number;
  seconds: number;
  /** 'a' or 'p' for a 12-hour clock. */
  meridiem?: 'a' | 'p';
  /** The date as written, for messages (no post text). */
  date: string;
  /** What follows the header: `Sender: text`, or a system event. */
  rest: string;
}

/** Direction marks and a BOM that some exports put before a header (or a sender, or a placeholder). */
export const LEADING_MARKS = /^[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/;
const SP = '[ \\u00a0\\u202f]';
const DATE = String.raw`(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})`;
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:${SP}*([ap])\.?${SP}?m\.?)?`;
const ANDROID = new RegExp(String.raw`^${DATE},?${SP}+${TIME}${SP}+[-–]${SP}+(.*)$`, 'is');
const IOS = new RegExp(String.raw`^\[${DATE},?${SP}+${TIME}\]${SP}*(.*)$`, 'is');

/** The header at the start of `line` (direction marks before it allowed), or undefined for a line that continues a message. */
export function parseChatHeader(line: string): ChatHeader | undefined {
  const text = line.replace(LEADING_MARKS, '');
  const m = IOS.exec(text) ?? ANDROID.exec(text);
  if (!m) return undefined;
  const [, a, sep, b, y, h, mi, s, ampm, rest] = m;
  return {
    dateFirst: +a,
    dateSecond: +b,
    year: y.length === 2 ? 2000 + +y : +y, // two-digit years are 20yy
    hour: +h,
    minute: +mi,
    seconds: +(s ?? 0),
    ...(ampm ? { meridiem: ampm.toLowerCase() as 'a' | 'p' } : {}),
    date: `${a}${sep}${b}${sep}${y}`,
    rest,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The header's local date-time as ISO 8601 without a zone (`2029-10-12T07:02:00`; the job's
 * --posted-at-zone places it), or why it is none. `wrongOrder`: the date reads only in the other order
 * (a "month" over 12 where the day could be), so the whole export was read in the wrong order.
 * `orderGiven`: the user said the order; without it a 12-hour clock is refused, as a US-English phone
 * writes both (11/5 for 5 November) and a chat of the 1st to the 12th would read day first unrefused.
 */
export function chatLocalTime(h: ChatHeader, order: DateOrder, orderGiven = true): { local: string } | { error: string; wrongOrder?: boolean } {
  const [day, month] = order === 'mdy' ? [h.dateSecond, h.dateFirst] : [h.dateFirst, h.dateSecond];
  if (month > 12 && day <= 12) {
    const other: DateOrder = order === 'mdy' ? 'dmy' : 'mdy';
    return { error: `the date ${h.date} has no month ${month}, so this export writes dates ${other === 'mdy' ? 'month' : 'day'} first: give --posted-at-order ${other}`, wrongOrder: true };
  }
  let hour = h.hour;
  if (h.meridiem !== undefined) {
    const read = dayHour(hour, h.meridiem);
    if (read === undefined) return { error: `the time in the header of ${h.date} is not a time` };
    hour = read;
    if (!orderGiven) return { error: `the header of ${h.date} has a 12-hour time (AM/PM), as a US-English phone writes with its dates month first: give --posted-at-order mdy (or dmy if this phone writes the day first)`, wrongOrder: true };
  }
  if (!isCalendarDay(h.year, month, day)) return { error: `the date ${h.date} is not a date` };
  if (hour > 23 || h.minute > 59 || h.seconds > 59) return { error: `the time in the header of ${h.date} is not a time` };
  return { local: `${pad(h.year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(h.minute)}:${pad(h.seconds)}` };
}
