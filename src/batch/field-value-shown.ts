// How a bad record's reason shows the field value it refuses. Reasons go to stderr (the summary, so
// cron mail) and the errors file, and a shifted CSV column or a wrong field name puts post text where
// a posting time or an election id belongs: such a value is described, never quoted.
import { monthNumber, weekdayNumber } from './date-names.js';
import { codePointLength } from '../pipeline/limits.js';

/** Words a posting time is written with besides month and weekday names: clock and zone words. */
const TIME_WORDS = new Set(['t', 'z', 'am', 'pm', 'at', 'pukul', 'pkl', 'jam', 'utc', 'gmt', 'wib', 'wita', 'wit']);

const isDateWord = (w: string): boolean => TIME_WORDS.has(w.toLowerCase()) || monthNumber(w) !== undefined || weekdayNumber(w) !== undefined;

/** A posting-time value as a reason shows it: quoted (at most 80 characters) when a date could be written so. */
export function postedAtValueShown(raw: unknown): string {
  if (typeof raw !== 'string') return typeof raw === 'number' ? String(raw) : `not shown (a JSON ${raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw})`;
  const words = raw.match(/\p{L}+/gu) ?? [];
  if (words.every(isDateWord)) return JSON.stringify(raw).slice(0, 80);
  return `not shown (${codePointLength(raw)} characters with words no date is written with: it may be post text)`;
}

/** An election id as a reason shows it: quoted when it could be an id (no space inside, at most 100 characters). */
export function electionValueShown(id: string): string {
  const chars = codePointLength(id);
  if (chars <= 100 && !/\s/u.test(id.trim())) return `: ${id}`;
  return `, not shown (${chars} characters${chars > 100 ? '' : ' with spaces inside'}: it may be post text)`;
}
