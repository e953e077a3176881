// Posting times from exported feeds, read the same on every machine: epoch seconds or milliseconds,
// ISO 8601 dates and date-times (also with an Indonesian zone name: `2024-09-25 08:00 WIB`), and the other forms Date.parse knows (Twitter's
// "Wed Oct 10 20:19:24 +0000 2018"). A date-time without a time zone is local time somewhere, and
// Date.parse would read it in the host's zone, so the stage (and the review level) would depend on
// where the job runs: such values need a zone, in the value or from `--posted-at-zone`.
// A bare date is a calendar day (midnight UTC, or midnight in the given zone).

export type PostedAt = { iso: string } | { error: string };

const EPOCH = /^\d{9,13}(?:\.\d+)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|WITA|WIB|WIT|UTC|GMT)?$/i;
/** A zone written into a non-ISO date: GMT/UTC (with an offset or not) or a ±hhmm offset. */
const ZONE_MARK = /\b(?:GMT|UTC|UT)\b|[+-]\d{4}\b/i;
const HAS_TIME = /\d{1,2}:\d{2}/;
const MAX_MS = 8.64e15; // the range of a JavaScript Date
const NAMED_ZONES: Record<string, number> = { Z: 0, UTC: 0, GMT: 0, WIB: 420, WITA: 480, WIT: 540 };

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

function fromIso(m: RegExpExecArray, zone: number | undefined): PostedAt {
  const [, y, mo, d, h, mi, s, frac, z] = m;
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

/** A posted-at value as an ISO instant, or why it cannot be one. `zone`: minutes east of UTC for zone-less values. */
export function parsePostedAt(value: unknown, zone?: number): PostedAt {
  if (typeof value === 'number' || (typeof value === 'string' && EPOCH.test(value.trim()))) {
    const x = Number(value);
    return instant(x < 1e11 ? x * 1000 : x);
  }
  if (typeof value !== 'string') return { error: 'is not a date' };
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return fromIso(iso, zone);
  const local = Date.parse(text);
  if (!Number.isFinite(local)) return { error: 'is not a date' };
  if (ZONE_MARK.test(text)) return instant(local);
  if (HAS_TIME.test(text) && zone === undefined) return { error: NO_ZONE };
  // Date.parse read the fields in the host's zone: take them back out, then apply the given zone.
  const fields = local - new Date(local).getTimezoneOffset() * 60_000; // the offset is UTC − local
  return instant(fields - (zone ?? 0) * 60_000);
}
