// The queue: items highest risk first (ties by id), with filters, cursor pages, an item's neighbours
// and the page an item sits on.
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { ReviewDb } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { UNASSIGNED_FILTER } from '../names.js';
import { BadCursorError, decodeCursor, encodeCursor } from './cursor.js';
import { toItem, type Item } from './items.js';

export interface ListFilters {
  status?: string;
  level?: string;
  election?: string;
  label?: string;
  /** An assignee name, or "none" for unassigned items. */
  assignee?: string;
}

export interface Page {
  items: Item[];
  nextCursor: string | null;
}

/** A place in the queue order. */
interface At {
  risk: number;
  id: string;
}

/** Items after `at` in queue order: lower risk, or the same risk and a higher id. */
const after = (at: At) => (eb: ExpressionBuilder<Database, 'items'>) => eb.or([eb('risk', '<', at.risk), eb.and([eb('risk', '=', at.risk), eb('id', '>', at.id)])]);
/** Items before `at` in queue order. */
const before = (at: At) => (eb: ExpressionBuilder<Database, 'items'>) => eb.or([eb('risk', '>', at.risk), eb.and([eb('risk', '=', at.risk), eb('id', '<', at.id)])]);

/** The queue, highest risk first (ties by id), `limit` at a time; pass nextCursor back for the next page. */
export async function listItems(rdb: ReviewDb, filters: ListFilters, opts: { cursor?: string; limit?: number } = {}): Promise<Page> {
  const limit = Math.max(1, Math.min(500, opts.limit ?? 50));
  let q = withFilters(rdb.db.selectFrom('items').selectAll(), filters);
  if (opts.cursor) {
    const c = decodeCursor(opts.cursor);
    if (!c) throw new BadCursorError('bad cursor');
    q = q.where(after(c));
  }
  const rows = await q.orderBy('risk', 'desc').orderBy('id', 'asc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map(toItem);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.risk, last.id) : null };
}

/** The queue filters, applied to any query over items (listing, neighbours and pages share them). */
function withFilters<O>(q: SelectQueryBuilder<Database, 'items', O>, filters: ListFilters): SelectQueryBuilder<Database, 'items', O> {
  if (filters.status) q = q.where('status', '=', filters.status);
  if (filters.level) q = q.where('level', '=', filters.level);
  if (filters.election) q = q.where('election', '=', filters.election);
  if (filters.label) q = q.where('label', '=', filters.label);
  if (filters.assignee === UNASSIGNED_FILTER) q = q.where('assignee', 'is', null);
  else if (filters.assignee) q = q.where('assignee', '=', filters.assignee);
  return q;
}

function filtered(rdb: ReviewDb, filters: ListFilters) {
  return withFilters(rdb.db.selectFrom('items').select(['id', 'risk']), filters);
}

/** The ids just after and just before (risk, id) in the filtered queue order. */
export async function neighbors(rdb: ReviewDb, filters: ListFilters, at: At): Promise<{ next?: string; prev?: string }> {
  const next = await filtered(rdb, filters).where(after(at)).orderBy('risk', 'desc').orderBy('id', 'asc').limit(1).executeTakeFirst();
  const prev = await filtered(rdb, filters).where(before(at)).orderBy('risk', 'asc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return { next: next?.id, prev: prev?.id };
}

/**
 * The cursor of the queue page holding (risk, id) under `filters`, the pages being `pageSize` items
 * from the top as listItems hands them out; undefined for the first page. An item the filters leave
 * out (decided meanwhile) counts as where it would sort, beside the items it was listed with.
 */
export async function pageCursorAt(rdb: ReviewDb, filters: ListFilters, at: At, pageSize: number): Promise<string | undefined> {
  const ahead = await withFilters(rdb.db.selectFrom('items').select((eb) => eb.fn.countAll<string | number>().as('n')), filters).where(before(at)).executeTakeFirst();
  const start = Math.floor(Number(ahead?.n ?? 0) / pageSize) * pageSize;
  if (start === 0) return undefined;
  // A page's cursor is the last item of the page before it.
  const last = await filtered(rdb, filters).orderBy('risk', 'desc').orderBy('id', 'asc').limit(1).offset(start - 1).executeTakeFirst();
  return last ? encodeCursor(Number(last.risk), last.id) : undefined;
}
