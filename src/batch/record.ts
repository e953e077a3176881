// Record → score input: picks the text, id and posted-at fields (JSONL fields may be dotted paths
// into nested objects, e.g. `data.text`), applies the same text limit as the service (10,000
// characters, counted as code points; NETRA_MAX_TEXT_LENGTH overrides), and turns anything unusable
// into an error item instead of failing the job. A missing id becomes the 1-based record number.
import { parseJsonLine } from './jsonl-reader.js';
import type { RawRecord, WorkItem } from './types.js';
import { DEFAULT_MAX_TEXT_LENGTH, codePointLength } from '../pipeline/limits.js';

export { DEFAULT_MAX_TEXT_LENGTH, codePointLength };

export function maxTextLengthFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.NETRA_MAX_TEXT_LENGTH);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_TEXT_LENGTH;
}

export interface FieldMap {
  text: string;
  id: string;
  postedAt?: string;
  /** Election id applied to every record (`--election`). */
  election?: string;
  /** Field holding each record's own election id (the service's batch items); overrides `election`. */
  electionField?: string;
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

const NOT_SPACE = /\S/;
const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '';

/** A posted-at value as an ISO string: a date string, or epoch seconds/milliseconds as a number. */
export function parsePostedAt(value: unknown): string | undefined {
  let ms: number;
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d{9,13}(?:\.\d+)?\s*$/.test(value))) {
    const x = Number(value);
    ms = x < 1e11 ? x * 1000 : x;
  } else if (typeof value === 'string') {
    ms = Date.parse(value.trim());
  } else {
    return undefined;
  }
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

export function toWorkItem(rec: RawRecord, map: FieldMap): WorkItem {
  const { n, line } = rec;
  if (rec.error !== undefined) return { n, line, error: rec.error };
  let fields = rec.fields;
  if (!fields && rec.json !== undefined) {
    const parsed = parseJsonLine(rec.json);
    if ('error' in parsed) return { n, line, error: parsed.error };
    fields = parsed.fields;
  }
  if (!fields) return { n, line, error: 'unreadable record' };

  const rawId = getField(fields, map.id);
  let id: string;
  if (isEmpty(rawId)) id = String(n);
  else if (typeof rawId === 'string') id = rawId;
  else if (typeof rawId === 'number' || typeof rawId === 'bigint') id = String(rawId);
  else return { n, line, error: `field "${map.id}" (id) is not a string or number` };

  const text = getField(fields, map.text);
  if (isEmpty(text)) return { n, line, id, error: `missing text (field "${map.text}")` };
  if (typeof text !== 'string') return { n, line, id, error: `field "${map.text}" (text) is not a string` };
  if (!NOT_SPACE.test(text)) return { n, line, id, error: 'text is empty' };
  if (text.length > map.maxTextLength) {
    const len = codePointLength(text);
    if (len > map.maxTextLength) return { n, line, id, error: `text is ${len} characters long; the limit is ${map.maxTextLength}` };
  }

  let postedAt: string | undefined;
  if (map.postedAt !== undefined) {
    const raw = getField(fields, map.postedAt);
    if (!isEmpty(raw)) {
      postedAt = parsePostedAt(raw);
      if (postedAt === undefined) return { n, line, id, error: `field "${map.postedAt}" (posted at) is not a date: ${JSON.stringify(raw).slice(0, 80)}` };
    }
  }
  let election = map.election;
  if (map.electionField !== undefined) {
    const raw = getField(fields, map.electionField);
    if (!isEmpty(raw)) {
      if (typeof raw !== 'string') return { n, line, id, error: `field "${map.electionField}" (election) is not a string` };
      election = raw;
    }
  }
  return { n, line, id, idGiven: !isEmpty(rawId), input: { text, id, ...(election ? { election } : {}), ...(postedAt ? { postedAt } : {}) } };
}
