// Posting times from exported feeds, read the same on every machine and never guessed:
//  - epoch seconds or milliseconds;
//  - ISO 8601 dates and date-times, also with an Indonesian zone name: `2024-09-25 08:00 WIB`;
//  - day-first numeric dates, the Indonesian order: `05-11-2024`, `05/11/2024 10.00 +0700`;
//  - dates with a month name, English or Indonesian: `5 Nov 2024 10:00`, `Nov 5, 2024`, `5 Agustus 2024`,
//    RFC 2822 (`Tue, 05 Nov 2024 10:00:00 GMT`) and Twitter's `Wed Oct 10 20:19:24 +0000 2018`.
// Anything else is an error, not a lenient guess (Date.parse turned "abc 5" into 2001 and read
// 05-11 as May 11). Zones: Z, UTC, GMT, WIB, WITA, WIT or a numeric offset; a date-time without one is
// local time somewhere, so it needs --posted-at-zone (the stage, and the review level, must not depend
// on where the job runs). A bare date is a calendar day (midnight UTC, or midnight in the given zone).

export type PostedAt = { iso: string } | { error: string };

const EPOCH = /^\d{9,13}(?:\.\d+)?$/;
const ZONE = String.raw`Z|[+-]\d{1,2}(?::?\d{2})?|WITA|WIB|WIT|UTC|GMT`;
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,9}))?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(${ZONE})?$`, 'i');
/** Day-first numeric date: 05-11-2024, 5/11/2024, 05.11.2024, with an optional time and zone. */
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[T ,]+${TIME})?\s*(${ZONE})?$`, 'i');
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu),?\s+`;
/** "5 Nov 2024", "05 November 2024 10:00 WIB", RFC 2822 "Tue, 05 Nov 2024 10:00:00 GMT". */
const DAY_MONTH = new RegExp(String.raw`^(?:${WEEKDAY})?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?:[ ,]+(?:pukul\s+)?${TIME})?\s*(${ZONE})?$`, 'i');
/** "Nov 5, 2024", "Nov 27 2023 20:00". */
const MONTH_DAY = new RegExp(String.raw`^(?:${WEEKDAY})?([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:[ ,]+${TIME})?\s*(${ZONE})?$`, 'i');
/** Twitter's created_at: "Wed Oct 10 20:19:24 +0000 2018". */
const TWITTER = new RegExp(String.raw`^${WEEKDAY}([a-z]+)\s+(\d{1,2})\s+${TIME}\s+(${ZONE})\s+(\d{4})$`, 'i');
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, mei: 5, jun: 6, jul: 7, aug: 8, agu: 8, agt: 8, ags: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, des: 12,
};
const MAX_MS = 8.64e15; // the range of a JavaScript Date
const NAMED_ZONES: Record<string, number> = { Z: 0, UTC: 0, GMT: 0, WIB: 420, WITA: 480, WIT: 540 };

/** A month name, English or Indonesian, full or cut to three letters (or Indonesian's "Agt", "Des"). */
function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  const month = MONTHS[key.slice(0, 3)];
  return month !== undefined && key.length <= 9 ? month : undefined;
}

/** A zone as minutes east of UTC: +07:00, +0700, +7, -03:30, or WIB / WITA / WIT / UTC. */
export function parseZone(text: string): number | undefined {
  const t = text.trim().toUpperCase();
  if (Object.hasOwn(NAMED_ZONES, t)) return NAMED_ZONES[t];
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (!m || Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function instant(ms: number): PostedAt {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_MS ? { iso: new Date(ms).toISOString() } : { error: 'is out of range' };
}

const NO_ZONE = 'has no time zone: add one to the value (e.g. +07:00) or pass --posted-at-zone';

interface Fields {
  y: string;
  mo: string | number;
  d: string;
  h?: string;
  mi?: string;
  s?: string;
  frac?: string;
  z?: string;
}

function fromFields({ y, mo, d, h, mi, s, frac, z }: Fields, zone: number | undefined): PostedAt {
  const hasTime = h !== undefined;
  let offset = 0;
  if (z !== undefined) offset = parseZone(z) ?? NaN; // +7, +07, +0700, +07:00, WIB…
  else if (hasTime && zone === undefined) return { error: NO_ZONE };
  else offset = zone ?? 0;
  const ms = Number(((frac ?? '') + '000').slice(0, 3));
  const fields = Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms);
  // Date.UTC rolls over (Feb 30 → Mar 1); a value that does not come back the same is not a date.
  const check = new Date(fields);
  if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +(h ?? 0) > 23 || +(mi ?? 0) > 59 || +(s ?? 0) > 59) return { error: 'is not a date' };
  return instant(fields - offset * 60_000);
}

const UNREADABLE = 'is not a date (netra reads ISO 8601 like 2024-11-05T10:00:00+07:00, day-first 05-11-2024 10:00 +0700, 5 Nov 2024 10:00 WIB, or epoch seconds)';

/** The fields of a non-ISO date, or undefined when the text is none of the forms above. */
function otherForms(text: string): Fields | undefined {
  let m = DAY_FIRST.exec(text);
  if (m) return { d: m[1], mo: m[3], y: m[4], h: m[5], mi: m[6], s: m[7], frac: m[8], z: m[9] };
  m = TWITTER.exec(text);
  if (m) {
    const mo = monthNumber(m[1]);
    return mo === undefined ? undefined : { mo, d: m[2], h: m[3], mi: m[4], s: m[5], frac: m[6], z: m[7], y: m[8] };
  }
  m = DAY_MONTH.exec(text);
  if (m) {
    const mo = monthNumber(m[2]);
    return mo === undefined ? undefined : { d: m[1], mo, y: m[3], h: m[4], mi: m[5], s: m[6], frac: m[7], z: m[8] };
  }
  m = MONTH_DAY.exec(text);
  if (m) {
    const mo = monthNumber(m[1]);
    return mo === undefined ? undefined : { mo, d: m[2], y: m[3], h: m[4], mi: m[5], s: m[6], frac: m[7], z: m[8] };
  }
  return undefined;
}

/** A posted-at value as an ISO instant, or why it cannot be one. `zone`: minutes east of UTC for zone-less values. */
export function parsePostedAt(value: unknown, zone?: number): PostedAt {
  if (typeof value === 'number' || (typeof value === 'string' && EPOCH.test(value.trim()))) {
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
