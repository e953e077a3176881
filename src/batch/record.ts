// Record → score input: picks the text, id and posted-at fields (JSONL fields may be dotted paths
// into nested objects, e.g. `data.text`; one given twice in a JSONL line is ambiguous), applies the same text limit as the service (10,000
// characters, counted as code points; NETRA_MAX_TEXT_LENGTH overrides), and turns anything unusable
// into an error item instead of failing the job. A missing id becomes the 1-based record number
// (or the number the reader gives, a chat message's).
import { parseJsonLine } from './jsonl-reader.js';
import { duplicateFieldError } from './duplicate-fields.js';
import type { RawRecord, WorkItem } from './types.js';
import { DEFAULT_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH_SETTING, codePointLength, isBlankText, textTooLongProblem } from '../pipeline/limits.js';
import { wholeNumberSetting } from '../util/whole-number-setting.js';
import { escapeRegExp } from '../util/escape-regexp.js';
import { AUTHOR_MAX_LENGTH } from '../review/limits.js';
import { exportedPostUrl } from '../review/post-url.js';
import { readPostedAt } from './posted-at.js';
import { postedAtValueShown } from './field-value-shown.js';
import type { DateOrder } from './date-order.js';
import { BatchUsageError } from './errors.js';
import { idKeyInOtherCase } from './id-key-other-case.js';

export { DEFAULT_MAX_TEXT_LENGTH, codePointLength };

/** NETRA_MAX_TEXT_LENGTH, read by the service's rule: unset or empty → the default; else a whole number in range. */
export function maxTextLengthFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NETRA_MAX_TEXT_LENGTH;
  if (raw === undefined || raw === '') return DEFAULT_MAX_TEXT_LENGTH;
  const r = wholeNumberSetting(raw, 1, MAX_TEXT_LENGTH_SETTING);
  if ('problem' in r) throw new BatchUsageError(`NETRA_MAX_TEXT_LENGTH: ${r.problem}, got ${JSON.stringify(raw)}`);
  return r.value;
}

export interface FieldMap {
  text: string;
  id: string;
  postedAt?: string;
  /** Minutes east of UTC for posted-at values without a zone (`--posted-at-zone`). */
  postedAtZone?: number;
  /** Order of numeric posting dates (`--posted-at-order`); undefined: day first, see parsePostedAt. */
  postedAtOrder?: DateOrder;
  /** Election id applied to every record (`--election`). */
  election?: string;
  /** Field holding each record's own election id (`--election-field`); overrides `election`. */
  electionField?: string;
  /** Field with the post's author (`--author-field`), for the review queue only. */
  author?: string;
  /** Field with the link to the post (`--url-field`), for the review queue only. */
  url?: string;
  maxTextLength: number;
}

export function getField(fields: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(fields, name)) return fields[name];
  if (!name.includes('.')) return undefined;
  let value: unknown = fields;
  for (const key of name.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '';
/**
 * No value: a padded empty cell ("  ") too, or one of only invisible characters (a stray zero-width
 * space), for ids, posting times and election ids alike — as the service refuses such an id.
 */
const isBlank = (v: unknown): boolean => isEmpty(v) || (typeof v === 'string' && isBlankText(v));

/**
 * An id as a string. JSON numbers past 2^53 (tweet ids) lose digits in JSON.parse, so for those the
 * digits are taken from the line itself; when they cannot be found unambiguously the record is an
 * error rather than a silently changed id (ids must lead back to the input, and the review queue
 * deduplicates on them).
 */
function idText(raw: unknown, field: string, json: string | undefined): { id: string } | { error: string } {
  if (typeof raw === 'string') return { id: raw };
  if (typeof raw === 'bigint') return { id: String(raw) };
  if (typeof raw !== 'number') return { error: `field "${field}" (id) is not a string or number` };
  if (Number.isSafeInteger(raw) || !Number.isInteger(raw)) return { id: String(raw) };
  const key = escapeRegExp(field.slice(field.lastIndexOf('.') + 1));
  const literal = new RegExp(`(?<!\\\\)"${key}"\\s*:\\s*(-?\\d[\\d.eE+-]*)`, 'g');
  const found = new Set<string>();
  for (const m of json?.matchAll(literal) ?? []) if (Number(m[1]) === raw) found.add(m[1]);
  if (found.size === 1) return { id: [...found][0] };
  return { error: `field "${field}" (id) is a number too large to read exactly (${String(raw)}); write ids as strings` };
}

/**
 * An author as reviewers will read it: a string or number, trimmed, cut to AUTHOR_MAX_LENGTH code
 * points; none when blank or of another type. It never makes a record bad: the post is still scored.
 */
function authorText(raw: unknown): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const s = String(raw).trim();
  if (isBlankText(s)) return undefined;
  return codePointLength(s) > AUTHOR_MAX_LENGTH ? Array.from(s).slice(0, AUTHOR_MAX_LENGTH).join('') : s;
}

/**
 * A link as the review queue takes it: a string, trimmed, that is an http(s) link, or one written
 * without its scheme (post-url.ts); none otherwise. Like the author, it never makes a record bad.
 */
function urlText(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  return exportedPostUrl(raw.trim());
}

export function toWorkItem(rec: RawRecord, map: FieldMap): WorkItem {
  const { n, line } = rec;
  if (rec.error !== undefined) return { n, line, ...(rec.id !== undefined ? { id: rec.id } : {}), error: rec.error };
  let fields = rec.fields;
  if (!fields && rec.json !== undefined) {
    const parsed = parseJsonLine(rec.json);
    if ('error' in parsed) return { n, line, error: parsed.error };
    const twice = duplicateFieldError(rec.json, map);
    if (twice !== undefined) return { n, line, error: twice };
    fields = parsed.fields;
  }
  if (!fields) return { n, line, error: 'unreadable record' };

  const rawId = getField(fields, map.id);
  let id = rec.id ?? String(n);
  if (!isBlank(rawId)) {
    const read = idText(rawId, map.id, rec.json);
    if ('error' in read) return { n, line, error: read.error };
    id = read.id;
  }
  // only JSONL: a CSV header in another case is warned of once, by the reader
  const idKeyOtherCase = rawId === undefined && rec.json !== undefined && map.id === 'id' ? idKeyInOtherCase(fields) : undefined;

  const text = getField(fields, map.text);
  if (isEmpty(text)) return { n, line, id, error: `missing text (field "${map.text}")${text === undefined && rec.shortRow ? `: ${rec.shortRow}` : ''}` };
  if (typeof text !== 'string') return { n, line, id, error: `field "${map.text}" (text) is not a string` };
  if (isBlankText(text)) return { n, line, id, error: 'text is empty' };
  const tooLong = textTooLongProblem(text, map.maxTextLength);
  if (tooLong) return { n, line, id, error: `text ${tooLong}` };

  let postedAt: string | undefined;
  let postedAtLocal: string | undefined;
  if (map.postedAt !== undefined) {
    const raw = getField(fields, map.postedAt);
    if (!isBlank(raw)) {
      const read = readPostedAt(raw, map.postedAtZone, map.postedAtOrder);
      if ('error' in read) return { n, line, id, error: `field "${map.postedAt}" (posted at) ${read.error}: ${postedAtValueShown(raw)}` };
      postedAt = read.iso;
      postedAtLocal = read.local;
    }
  }
  let election = map.election;
  if (map.electionField !== undefined) {
    const raw = getField(fields, map.electionField);
    if (!isBlank(raw)) {
      if (typeof raw !== 'string') return { n, line, id, error: `field "${map.electionField}" (election) is not a string` };
      election = raw.trim(); // spreadsheets pad cells; an id holds no spaces
    }
  }
  const author = map.author === undefined ? undefined : authorText(getField(fields, map.author));
  const url = map.url === undefined ? undefined : urlText(getField(fields, map.url));
  return {
    n,
    line,
    id,
    idGiven: !isBlank(rawId),
    ...(author !== undefined ? { author } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(idKeyOtherCase !== undefined ? { idKeyOtherCase } : {}),
    ...(postedAtLocal !== undefined ? { postedAtLocal } : {}),
    input: { text, id, ...(election ? { election } : {}), ...(postedAt ? { postedAt } : {}) },
  };
}
