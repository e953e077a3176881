// Posting times from exported feeds, read the same on every machine and never guessed:
//  - epoch seconds (10 digits) or milliseconds (13 digits);
//  - ISO 8601 dates and date-times, also with an Indonesian zone name: `2024-09-25 08:00 WIB`;
//  - day-first numeric dates, the Indonesian order: `05-11-2024`, `05/11/2024 10.00 +0700`;
//  - dates with a month name, English or Indonesian: `5 Nov 2024 10:00`, `Nov 5, 2024`, `Senin, 5 Agustus 2024`,
//    RFC 2822 (`Tue, 05 Nov 2024 10:00:00 GMT`) and Twitter's `Wed Oct 10 20:19:24 +0000 2018`.
// Anything else is an error, not a lenient guess (Date.parse turned "abc 5" into 2001 and read
// 05-11 as May 11). Zones: Z, UTC, GMT, WIB, WITA, WIT or a numeric offset; a date-time without one is
// local time somewhere, so it needs --posted-at-zone (the stage, and the review level, must not depend
// on where the job runs). A bare date is that calendar day wherever the zone: midnight UTC, which is
// the same day in WIB, WITA and WIT (stages are read by the WIB calendar day), whatever zone it names.

export type PostedAt = { iso: string } | { error: string };

/** Epoch seconds since 2001-09-09 (10 digits) or milliseconds (13): other lengths are other things. */
const EPOCH = /^(?:\d{10}|\d{13})(?:\.\d+)?$/;
/** A run of digits that could be an epoch time or a compact date (2024112510 is yyyyMMddHH). */
const COMPACT_DATE_HOUR = /^(19\d\d|20\d\d)(\d\d)(\d\d)(\d\d)$/;
const ZONE = String.raw`Z|[+-]\d{1,2}(?::?\d{2})?|WITA|WIB|WIT|UTC|GMT`;
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,9}))?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(${ZONE})?$`, 'i');
/** Day-first numeric date: 05-11-2024, 5/11/2024, 05.11.2024, with an optional time and zone. */
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[T ,]+${TIME})?\s*(${ZONE})?$`, 'i');
const WEEKDAY = String.raw`([a-z'’]+),?\s+`;
/** "5 Nov 2024", "05 November 2024 10:00 WIB", RFC 2822 "Tue, 05 Nov 2024 10:00:00 GMT". */
const DAY_MONTH = new RegExp(String.raw`^(?:${WEEKDAY})?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?:[ ,]+(?:pukul\s+)?${TIME})?\s*(${ZONE})?$`, 'i');
const MONTH_NAMES: Record<string, number> = Object.fromEntries(
  [
    ['jan', 'januari', 'january'],
    ['feb', 'februari', 'february', 'pebruari'],
    ['mar', 'maret', 'march'],
    ['apr', 'april'],
    ['mei', 'may'],
    ['jun', 'juni', 'june'],
    ['jul', 'juli', 'july'],
    ['agu', 'agt', 'ags', 'agus', 'agustus', 'aug', 'august'],
    ['sep', 'sept', 'september'],
    ['okt', 'oct', 'oktober', 'october'],
    ['nov', 'nop', 'november', 'nopember'],
    ['des', 'dec', 'desember', 'december'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1])),
);
/** Weekday names, English and Indonesian, as Date.getUTCDay() numbers. */
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
/** "Nov 5, 2024", "Nov 27 2023 20:00". */
const MONTH_DAY = new RegExp(String.raw`^(?:${WEEKDAY})?([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:[ ,]+${TIME})?\s*(${ZONE})?$`, 'i');
/** Twitter's created_at: "Wed Oct 10 20:19:24 +0000 2018". */
const TWITTER = new RegExp(String.raw`^${WEEKDAY}([a-z]+)\s+(\d{1,2})\s+${TIME}\s+(${ZONE})\s+(\d{4})$`, 'i');
const MAX_MS = 8.64e15; // the range of a JavaScript Date
const NAMED_ZONES: Record<string, number> = { Z: 0, UTC: 0, GMT: 0, WIB: 420, WITA: 480, WIT: 540 };

/** A month name, English or Indonesian, in full or as a usual abbreviation ("Agt", "Des", "Sept"). */
function monthNumber(name: string): number | undefined {
  return MONTH_NAMES[name.toLowerCase()];
}

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
  y: string;
  mo: string | number;
  d: string;
  h?: string;
  mi?: string;
  s?: string;
  frac?: string;
  z?: string;
}

function fromFields({ weekday, y, mo, d, h, mi, s, frac, z }: Fields, zone: number | undefined): PostedAt {
  const hasTime = h !== undefined;
  let offset = 0;
  if (z !== undefined) {
    const parsed = parseZone(z); // +7, +07, +0700, +07:00, WIB…
    if (parsed === undefined) return { error: `has a time zone netra cannot read (${z})` };
    offset = parsed;
  } else if (hasTime && zone === undefined) return { error: NO_ZONE };
  else offset = zone ?? 0;
  if (!hasTime) offset = 0; // a bare date: see the top of this file
  if (+y < 1900) return { error: 'is out of range (before 1900)' }; // Date.UTC reads years 0–99 as 1900–1999
  const ms = Number(((frac ?? '') + '000').slice(0, 3));
  const fields = Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms);
  // Date.UTC rolls over (Feb 30 → Mar 1); a value that does not come back the same is not a date.
  const check = new Date(fields);
  if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +(h ?? 0) > 23 || +(mi ?? 0) > 59 || +(s ?? 0) > 59) return { error: 'is not a date' };
  if (weekday !== undefined) {
    const day = WEEKDAYS[weekday.toLowerCase().replace(/’/g, "'")];
    if (day === undefined) return { error: UNREADABLE };
    if (day !== check.getUTCDay()) return { error: `names the wrong weekday (${weekday}) for its date` };
  }
  return instant(fields - offset * 60_000);
}

const UNREADABLE = 'is not a date (netra reads ISO 8601 like 2024-11-05T10:00:00+07:00, day-first 05-11-2024 10:00 +0700, 5 Nov 2024 10:00 WIB, or epoch seconds)';

/** The fields of a non-ISO date, or undefined when the text is none of the forms above. */
function otherForms(text: string): Fields | undefined {
  let m = DAY_FIRST.exec(text);
  if (m) return { d: m[1], mo: m[3], y: m[4], h: m[5], mi: m[6], s: m[7], frac: m[8], z: m[9] };
  m = TWITTER.exec(text);
  if (m) {
    const mo = monthNumber(m[2]);
    return mo === undefined ? undefined : { weekday: m[1], mo, d: m[3], h: m[4], mi: m[5], s: m[6], frac: m[7], z: m[8], y: m[9] };
  }
  m = DAY_MONTH.exec(text);
  if (m) {
    const mo = monthNumber(m[3]);
    return mo === undefined ? undefined : { weekday: m[1], d: m[2], mo, y: m[4], h: m[5], mi: m[6], s: m[7], frac: m[8], z: m[9] };
  }
  m = MONTH_DAY.exec(text);
  if (m) {
    const mo = monthNumber(m[2]);
    return mo === undefined ? undefined : { weekday: m[1], mo, d: m[3], y: m[4], h: m[5], mi: m[6], s: m[7], frac: m[8], z: m[9] };
  }
  return undefined;
}

const AMBIGUOUS = 'could be epoch seconds or a compact date and hour (yyyyMMddHH); write it as ISO 8601 (2024-11-25T10:00:00+07:00)';

/** Whether 10 digits also read as a valid yyyyMMddHH date (epoch seconds of 2030 and later can). */
function isCompactDate(digits: string): boolean {
  const m = COMPACT_DATE_HOUR.exec(digits);
  if (!m) return false;
  const [, y, mo, d, h] = m;
  const day = new Date(Date.UTC(+y, +mo - 1, +d));
  return +h <= 23 && day.getUTCMonth() === +mo - 1 && day.getUTCDate() === +d;
}

/** A posted-at value as an ISO instant, or why it cannot be one. `zone`: minutes east of UTC for zone-less values. */
export function parsePostedAt(value: unknown, zone?: number): PostedAt {
  // Epoch seconds or milliseconds, as a JSON number or a string: 9–13 digits (2001–2286 in seconds),
  // so a year (2024) or a day (20241105) given as a number is not taken for a moment in 1970.
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim()))) {
    const digits = String(value).trim();
    if (!EPOCH.test(digits)) return { error: UNREADABLE };
    if (isCompactDate(digits)) return { error: AMBIGUOUS };
    const x = Number(value);
    return instant(x < 1e11 ? x * 1000 : x);
  }
  if (typeof value !== 'string') return { error: 'is not a date' };
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, z] = iso;
    return fromFields({ y, mo, d, h, mi, s: sec, frac, z }, zone);
  }
  const other = otherForms(text);
  return other ? fromFields(other, zone) : { error: UNREADABLE };
}
