// What the review page takes from a URL or a form: queue filters, the queue cursor and item ids in the
// store's own forms (anything else is dropped, as a bad filter is), and form fields as the API schemas
// expect them.
import type { Request } from 'express';
import type { ListFilters } from '../store/index.js';
import { LABELS } from '../../data/labels.js';
import { LEVELS } from '../../decision/level.js';
import { STATUSES } from '../db/schema.js';
import { decodeCursor, encodeCursor } from '../store/cursor.js';

export function filtersOf(q: Request['query']): ListFilters {
  const pick = (k: string, allowed?: readonly string[]) => {
    const v = q[k];
    return typeof v === 'string' && v && v.length <= 100 && (!allowed || allowed.includes(v)) ? v : undefined;
  };
  return { status: pick('status', STATUSES), level: pick('level', LEVELS), label: pick('label', LABELS), election: pick('election'), assignee: pick('assignee') };
}

/** What an item id looks like (the store's UUIDs), for ids taken from a URL. */
const ITEM_ID = /^[0-9a-f-]{1,64}$/i;

/**
 * The queue cursor of the URL when it is one the queue hands out: a (finite risk, item id) pair in the
 * queue's own encoding (re-encoding it gives it back), not the audit log's. Anything else (garbage, an
 * edited or audit cursor, an overlong value) is dropped, like a bad filter: the queue's first page.
 */
export function cursorOf(q: Request['query']): string | undefined {
  const v = q.cursor;
  if (typeof v !== 'string' || !v || v.length > 300) return undefined;
  const c = decodeCursor(v);
  if (!c || !Number.isFinite(c.risk) || !ITEM_ID.test(c.id) || encodeCursor(c.risk, c.id) !== v) return undefined;
  return v;
}

/** An item id as the store makes them (the queue cursor's rule), or undefined. */
export function itemIdOf(v: unknown): string | undefined {
  return typeof v === 'string' && ITEM_ID.test(v) ? v : undefined;
}

/**
 * Form fields as the API schemas expect them: an empty field (an unselected <select>) is absent, and so
 * is one holding only spaces, which is nothing typed (invisible characters such as U+200B are not
 * spaces: the schemas refuse them, naming the field).
 */
export function formFields(body: unknown, names: string[]): Record<string, unknown> {
  const b = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(names.map((n) => [n, typeof b[n] === 'string' && !b[n].trim() ? undefined : b[n]]));
}
