// What the review page takes from a URL or a form: queue filters (by the API's rules), the queue cursor
// and item ids in the store's own forms, and form fields as the API schemas expect them.
import type { Request } from 'express';
import { z } from 'zod';
import type { ListFilters, QueueSort } from '../store/index.js';
import { givenParams, listQuery, oneOf } from '../http/validate.js';
import { QUEUE_SORTS } from '../store/index.js';
import { fieldErrors } from '../../service/validation.js';
import type { FieldError } from '../../service/problem.js';
import { decodeCursor, encodeCursor } from '../store/cursor.js';
import { isItemId } from '../item-id.js';

// `sort` is the page's own (the API lists by risk): carried along with the filters, so the order stays
// the same across pages, into the item pages and back.
const FILTERS = ['status', 'level', 'label', 'election', 'assignee', 'sort'] as const;

/**
 * The queue page's parameters: the filters of the API's GET /items with its rules, strict as there (a
 * misspelt filter, `levl=tinggi`, would otherwise list everything), and the page's own `sort`, `cursor`,
 * `before` (the previous page) and `at` (read by cursorOf and itemIdOf). Not `limit`: the page's pages are 50 items, and a limit it did
 * not apply would look applied.
 */
const queueQuery = listQuery
  .pick({ status: true, level: true, label: true, election: true, assignee: true })
  .extend({ sort: oneOf(QUEUE_SORTS, 'query').optional(), cursor: z.unknown().optional(), before: z.unknown().optional(), at: z.unknown().optional() });

/**
 * The queue page's filters, or what is wrong with the query (each parameter named, as the API names
 * it). An empty value (a select left at "semua" in the filter form) is no filter, as in the API.
 */
export function queueFiltersOf(q: Request['query']): { filters: ListFilters } | { errors: FieldError[] } {
  const r = queueQuery.safeParse(givenParams(q));
  if (!r.success) return { errors: fieldErrors(r.error) };
  return { filters: Object.fromEntries(FILTERS.map((k) => [k, r.data[k]])) };
}

/**
 * The queue filters a URL carries to the item pages and forms, each kept when the queue page would take
 * it and dropped otherwise: their links lead only to queue pages that answer.
 */
export function filtersOf(q: Request['query']): ListFilters {
  const pick = (k: (typeof FILTERS)[number]) => {
    const v = q[k];
    return typeof v === 'string' && v && queueQuery.shape[k].safeParse(v).success ? v : undefined;
  };
  return Object.fromEntries(FILTERS.map((k) => [k, pick(k)]));
}

/**
 * A time typed into the audit log page's Sejak/Sampai, as the API's filter takes it. The page shows
 * every time in WIB, so a time without a zone is WIB (`2026-12-05T21:00` is 21:00 WIB), seconds may be
 * left out, a space may stand for the `T`, and a time as the page writes it (`05-12-2026 21:00 WIB`,
 * copied from an entry) is taken too. Anything else is left for the API's rule to refuse.
 */
export function pageTimeOf(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const iso = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d)(:\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/i.exec(v.trim());
  if (iso) return `${iso[1]}T${iso[2]}${iso[3] ?? ':00'}${iso[4]?.toUpperCase() ?? '+07:00'}`;
  const shown = /^(\d\d)-(\d\d)-(\d{4}) (\d\d:\d\d)(?: WIB)?$/i.exec(v.trim()); // format.ts's wibTime
  return shown ? `${shown[3]}-${shown[2]}-${shown[1]}T${shown[4]}:00+07:00` : v;
}

/** Given parameters with their Sejak/Sampai (`since`, `until`) read as the page's times (pageTimeOf): the audit log's filters, the export's window. */
export function withPageTimes(given: Record<string, unknown>): Record<string, unknown> {
  return { ...given, since: pageTimeOf(given.since), until: pageTimeOf(given.until) };
}

/**
 * The queue cursor of the URL (`cursor`, or `before` for the previous page) when it is one the queue hands out: a (finite risk, item id) pair in the
 * queue's own encoding (re-encoding it gives it back), tagged with its time order when it has one, not the audit log's. Anything else (garbage, an
 * edited or audit cursor, an overlong value) is dropped: the queue's first page, of the same filters. A
 * cursor of another order than the page's is left to the store, which refuses it (the page says so).
 */
export function cursorOf(q: Request['query'], name: 'cursor' | 'before' = 'cursor'): string | undefined {
  const v = q[name];
  if (typeof v !== 'string' || !v || v.length > 300) return undefined;
  const c = decodeCursor(v);
  // A time cursor (newest/oldest) is ms since 1970: within what a Date holds.
  if (!c || !Number.isFinite(c.risk) || Math.abs(c.risk) > 8.64e15 || !isItemId(c.id) || encodeCursor(c.risk, c.id, c.tag) !== v) return undefined;
  if (c.tag !== undefined && !QUEUE_SORTS.includes(c.tag as QueueSort)) return undefined;
  return v;
}

/** An item id as the store makes them (item-id.ts, the API's rule too), or undefined. */
export function itemIdOf(v: unknown): string | undefined {
  return typeof v === 'string' && isItemId(v) ? v : undefined;
}

/** A form field or parameter sent as one string; undefined otherwise (absent, repeated). */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Form fields as the API schemas expect them: an empty field (an unselected <select>) is absent, and so
 * is one holding only spaces, which is nothing typed (invisible characters such as U+200B are not
 * spaces: the schemas refuse them, naming the field).
 */
export function formFields(body: unknown, names: string[]): Record<string, unknown> {
  const b = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(names.map((n) => [n, typeof b[n] === 'string' && !b[n].trim() ? undefined : b[n]]));
}
