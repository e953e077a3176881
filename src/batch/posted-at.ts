// Posting times from exported feeds, read the same on every machine and never guessed:
//  - epoch seconds (10 digits) or milliseconds (13 digits);
//  - ISO 8601 dates and date-times, also with an Indonesian zone name: `2024-09-25 08:00 WIB`;
//  - numeric dates in the job's order (date-order.ts; day first by default, the Indonesian order):
//    `05-11-2024`, `05/11/2024 10.00 +0700`, `22/11/24` (two-digit years are 2000–2099);
//  - dates with a month name, English or Indonesian: `5 Nov 2024 10:00`, `29-Des-2024`, `Nov 5, 2024`,
//    `Senin, 5 Agustus 2024 pukul 10.00`, RFC 2822 (`Tue, 05 Nov 2024 10:00:00 GMT`) and Twitter's
//    `Wed Oct 10 20:19:24 +0000 2018`;
//  - times as 14:05, Indonesian 14.05, or 12-hour 2:05 PM, after `pukul`, `jam` or `at` if written.
// Anything else is an error, not a lenient guess (Date.parse turned "abc 5" into 2001 and read
// 05-11 as May 11); so is a time without a date, which cannot give a stage. Zones: Z, UTC, GMT, WIB,
// WITA, WIT or a numeric offset; a date-time without one is local time somewhere, so it needs
// --posted-at-zone (the stage, and the review level, must not depend on where the job runs). A bare
// date is that calendar day wherever the zone: midnight UTC, which is the same day in WIB, WITA and
// WIT (stages are read by the WIB calendar day), whatever zone it names.
import { monthNumber, weekdayNumber } from './date-names.js';
import { DEFAULT_DATE_ORDER, fullYear, isCalendarDay, numericDateParts, type DateOrder } from './date-order.js';

export type PostedAt = { iso: string } | { error: string };

/**
 * With `local`: the time to the minute as written (`2029-11-03T07:02`), when the job's zone placed it
 * (a value with a time and no zone of its own). The review queue keys such a post by it, as another
 * --posted-at-zone moves the instant but not what the input says (src/review/store/dedupe.ts).
 */
export type PostedAtRead = { iso: string; local?: string } | { error: string };

/** Epoch seconds since 2001-09-09 (10 digits) or milliseconds (13): other lengths are other things. */
const EPOCH = /^(?:\d{10}|\d{13})(?:\.\d+)?$/;
/** A run of digits that could be an epoch time or a compact date (2024112510 is yyyyMMddHH). */
const COMPACT_DATE_HOUR = /^(19\d\d|20\d\d)(\d\d)(\d\d)(\d\d)$/;
const ZONE = String.raw`Z|[+-]\d{1,2}(?::?\d{2})?|WITA|WIB|WIT|UTC|GMT`;
/** An optional zone at the end, as group `z`. */
const ZONE_AFTER = String.raw`\s*(?<z>${ZONE})?$`;
/** 14:05, 14.05 (Indonesian), 14:05:09.5, 2:05 PM, 2.05 p.m. */
const TIME = String.raw`(?<h>\d{1,2})[:.](?<mi>\d{2})(?:[:.](?<s>\d{2})(?:[.,](?<frac>\d{1,9}))?)?(?:\s*(?<half>[ap])\.?m\.?)?`;
/** The word some exports put before the time: "29 November 2024 pukul 11.14", "Nov 29, 2024 at 2:03 PM". */
const AT = String.raw`(?:(?:pukul|pkl\.?|jam|at)\s+)?`;
const ISO = new RegExp(String.raw`^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<frac>\d{1,9}))?)?)?${ZONE_AFTER}`, 'i');
/**
 * A numeric date, its three numbers read by the job's order: 05-11-2024, 5/11/2024, 22/11/24,
 * 2024/11/05, 05.11.2024, with an optional time and zone.
 */
const NUMERIC = new RegExp(String.raw`^(?<a>\d{1,4})(?<sep>[-/.])(?<b>\d{1,2})\k<sep>(?<c>\d{1,4})(?:[T ,]+${AT}${TIME})?${ZONE_AFTER}`, 'i');
const WEEKDAY = String.raw`(?<wd>[a-z'’]+),?\s+`;
/** Between the parts of a date with a month name: spaces (5 Nov 2024), hyphens (29-Nov-2024) or slashes. */
const PART = String.raw`(?:\s+|-|/)`;
/** "5 Nov 2024", "29-Des-24", "05 November 2024 10:00 WIB", RFC 2822 "Tue, 05 Nov 2024 10:00:00 GMT". */
const DAY_MONTH = new RegExp(String.raw`^(?:${WEEKDAY})?(?<d>\d{1,2})${PART}(?<mon>[a-z]+)\.?${PART}(?<y>\d{4}|\d{2})(?:[ ,]+${AT}${TIME})?${ZONE_AFTER}`, 'i');
/** "Nov 5, 2024", "Nov 27 2023 20:00", "November 29, 2024 at 2:03 PM". */
const MONTH_DAY = new RegExp(String.raw`^(?:${WEEKDAY})?(?<mon>[a-z]+)\.?${PART}(?<d>\d{1,2}),?${PART}(?<y>\d{4})(?:[ ,]+${AT}${TIME})?${ZONE_AFTER}`, 'i');
/** Twitter's created_at: "Wed Oct 10 20:19:24 +0000 2018". */
const TWITTER = new RegExp(String.raw`^${WEEKDAY}(?<mon>[a-z]+)\s+(?<d>\d{1,2})\s+${TIME}\s+(?<z>${ZONE})\s+(?<y>\d{4})$`, 'i');
/** A time of day alone ("2:03 PM", "pukul 14.05"): read only to say that it needs a date. */
const TIME_ONLY = new RegExp(String.raw`^${AT}${TIME}${ZONE_AFTER}`, 'i');
const MAX_MS = 8.64e15; // the range of a JavaScript Date
const NAMED_ZONES: Record<string, number> = { Z: 0, UTC: 0, GMT: 0, WIB: 420, WITA: 480, WIT: 540 };

/** A zone as minutes east of UTC: +07:00, +0700, +7, -03:30, or WIB / WITA / WIT / UTC. */
export function parseZone(text: string): number | undefined {
  const t = text.trim().toUpperCase();
  if (Object.hasOwn(NAMED_ZONES, t)) return NAMED_ZONES[t];
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (!m || Number(m[3] ?? 0) > 59) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return undefined; // no zone is further from UTC than ±14:00 (+14:30 passed the hour check)
  return (m[1] === '-' ? -1 : 1) * minutes;
}

function instant(ms: number): PostedAt {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_MS ? { iso: new Date(ms).toISOString() } : { error: 'is out of range' };
}

const NO_ZONE = 'has no time zone: add one to the value (e.g. +07:00) or pass --posted-at-zone';

interface Fields {
  /** A weekday name written with the date: it must be that date's. */
  weekday?: string;
  y: number;
  mo: number;
  d: number;
  h?: string;
  mi?: string;
  s?: string;
  frac?: string;
  /** "a" or "p" of a 12-hour time (AM, p.m.). */
  half?: string;
  z?: string;
}

/** The hour of the day of a 12-hour time (12 AM is midnight, 12 PM noon), or undefined when it has none. */
export function dayHour(h: number, half: string): number | undefined {
  if (h < 1 || h > 12) return undefined;
  return (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
}

function fromFields({ weekday, y, mo, d, h, mi, s, frac, half, z }: Fields, zone: number | undefined): PostedAtRead {
  const hasTime = h !== undefined;
  let offset = 0;
  if (z !== undefined) {
    const parsed = parseZone(z); // +7, +07, +0700, +07:00, WIB…
    if (parsed === undefined) return { error: `has a time zone netra cannot read (${z})` };
    offset = parsed;
  } else if (hasTime && zone === undefined) return { error: NO_ZONE };
  else offset = zone ?? 0;
  if (!hasTime) offset = 0; // a bare date: see the top of this file
  if (y < 1900) return { error: 'is out of range (before 1900)' }; // Date.UTC reads years 0–99 as 1900–1999
  let hour = Number(h ?? 0);
  if (half !== undefined) {
    const read = dayHour(hour, half);
    if (read === undefined) return { error: `has a 12-hour time with hour ${hour} (AM/PM hours are 1–12)` };
    hour = read;
  }
  if (!isCalendarDay(y, mo, d) || hour > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 59) return { error: 'is not a date' };
  const ms = Date.UTC(y, mo - 1, d, hour, Number(mi ?? 0), Number(s ?? 0), Number(((frac ?? '') + '000').slice(0, 3)));
  if (weekday !== undefined) {
    const day = weekdayNumber(weekday);
    if (day === undefined) return { error: UNREADABLE };
    if (day !== new Date(ms).getUTCDay()) return { error: `names the wrong weekday (${weekday}) for its date` };
  }
  const read = instant(ms - offset * 60_000);
  const placedByJob = hasTime && z === undefined;
  return placedByJob && 'iso' in read ? { ...read, local: new Date(ms).toISOString().slice(0, 16) } : read;
}

/** What a value none of the forms is told: the forms, briefly, by example. */
const UNREADABLE =
  'is not a date (netra reads ISO 8601 like 2024-11-29T14:03:00+07:00; numeric dates in the --posted-at-order, day first by default: ' +
  '29-11-2024 14.03, 29/11/24; month names, English or Indonesian: 29-Nov-2024 2:03 PM, 29 Desember 2024 pukul 14.03 WIB, Nov 29, 2024; or epoch seconds)';
const NO_DATE = 'is a time without a date: the election stage is decided by the day, so the value needs its date too (29-11-2024 14.03, 29-Nov-2024 2:03 PM)';

/**
 * A 12-hour clock is what US tools write, with month-first dates: beside one, 11/05/2024 may well be
 * 5 November, so the default day-first order is not assumed; a given --posted-at-order is.
 */
const US_CLOCK = 'has a 12-hour time (AM/PM), as month-first tools write, and a date that reads both day first and month first: give --posted-at-order dmy or mdy';

type Groups = Record<string, string | undefined>;

/**
 * A date's fields with the time and zone groups every form names alike. Built as one literal: an
 * object spread here (`{ ...parts, ...time }`) made the batch hot path's parse over ten times slower on Node 20.
 */
function withTime(y: number, mo: number, d: number, g: Groups, weekday?: string): Fields {
  return { weekday, y, mo, d, h: g.h, mi: g.mi, s: g.s, frac: g.frac, half: g.half, z: g.z };
}

/** A date written with a month name, or undefined when the word is no month's. */
function named(g: Groups): Fields | undefined {
  const mo = monthNumber(g.mon!);
  return mo === undefined ? undefined : withTime(fullYear(g.y!), mo, Number(g.d), g, g.wd);
}

/** The fields of a non-ISO date, why it is none, or undefined when the text is none of the forms above. */
function otherForms(text: string, order: DateOrder | undefined): Fields | { error: string } | undefined {
  let g = NUMERIC.exec(text)?.groups;
  const { a, b, c, sep } = (g ?? {}) as Record<string, string>;
  // With dots, a date needs its four-digit year: 12.05.30 is a time (hh.mm.ss), not 12 May 2030.
  if (g && (sep !== '.' || a.length === 4 || c.length === 4)) {
    if (order === undefined && g.half !== undefined && a.length <= 2 && +a !== +b && +a <= 12 && +b <= 12) return { error: US_CLOCK };
    const parts = numericDateParts(a, b, c, order ?? DEFAULT_DATE_ORDER);
    return parts && ('error' in parts ? parts : withTime(parts.y, parts.mo, parts.d, g));
  }
  g = TWITTER.exec(text)?.groups ?? DAY_MONTH.exec(text)?.groups ?? MONTH_DAY.exec(text)?.groups;
  if (g) return named(g);
  if (TIME_ONLY.test(text)) return { error: NO_DATE };
  return undefined;
}

const AMBIGUOUS = 'could be epoch seconds or a compact date and hour (yyyyMMddHH); write it as ISO 8601 (2024-11-25T10:00:00+07:00)';

/** Whether 10 digits also read as a valid yyyyMMddHH date (epoch seconds of 2030 and later can). */
function isCompactDate(digits: string): boolean {
  const m = COMPACT_DATE_HOUR.exec(digits);
  return m !== null && +m[4] <= 23 && isCalendarDay(+m[1], +m[2], +m[3]);
}

/**
 * A posted-at value as an ISO instant, or why it cannot be one. `zone`: minutes east of UTC for
 * zone-less values; `order`: of numeric dates' day, month and year (`--posted-at-order`); when not
 * given, day first, but an ambiguous date beside a 12-hour time is refused (see US_CLOCK).
 */
export function parsePostedAt(value: unknown, zone?: number, order?: DateOrder): PostedAt {
  const read = readPostedAt(value, zone, order);
  return 'error' in read ? read : { iso: read.iso };
}

/** As parsePostedAt, with the minute as written when the job's zone placed the time (`local`, PostedAtRead). */
export function readPostedAt(value: unknown, zone?: number, order?: DateOrder): PostedAtRead {
  // Epoch seconds or milliseconds, as a JSON number or a string: 9–13 digits (2001–2286 in seconds),
  // so a year (2024) or a day (20241105) given as a number is not taken for a moment in 1970.
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim()))) {
    const digits = String(value).trim();
    if (!EPOCH.test(digits)) return { error: typeof value === 'string' && TIME_ONLY.test(digits) ? NO_DATE : UNREADABLE }; // "14.05"
    if (isCompactDate(digits)) return { error: AMBIGUOUS };
    const x = Number(value);
    return instant(x < 1e11 ? x * 1000 : x);
  }
  if (typeof value !== 'string') return { error: 'is not a date' };
  const text = value.trim();
  const iso = ISO.exec(text)?.groups;
  if (iso) return fromFields(withTime(Number(iso.y), Number(iso.mo), Number(iso.d), iso), zone);
  const other = otherForms(text, order);
  if (other === undefined) return { error: UNREADABLE };
  return 'error' in other ? other : fromFields(other, zone);
}
