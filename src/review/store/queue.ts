// The queue: items highest risk first (ties by id), or by the time they were queued (newest or oldest
// first), with filters, cursor pages both ways, an item's neighbours and the page an item sits on.
// Pages are keyset pages (after or before an item's place in the order), never offsets, so items
// queued while a reviewer pages (they sort anywhere under risk, at the top under "newest") neither
// repeat an item on the next or previous page nor skip one.
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { ReviewDb } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { UNASSIGNED_FILTER } from '../names.js';
import { BadCursorError, decodeCursor, encodeCursor } from './cursor.js';
import { toItem, type Item } from './items.js';
import { OPEN_STATUSES } from './workflow.js';

/** The queue's orders: `risk` (the default) highest first; `newest`/`oldest` by the time an item was queued. */
export const QUEUE_SORTS = ['risk', 'newest', 'oldest'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export interface ListFilters {
  status?: string;
  level?: string;
  election?: string;
  label?: string;
  /** An assignee name, or "none" for unassigned items. */
  assignee?: string;
  /** The order (not a filter, but carried along with them from page to page); undefined: `risk`. */
  sort?: QueueSort;
}

export interface Page {
  items: Item[];
  nextCursor: string | null;
}

/** A page with the way back too: `prevCursor` lists the items before this page (pass it as `before`). */
export interface TwoWayPage extends Page {
  prevCursor: string | null;
}

/** The fields an item's place in any queue order is read from. */
export type Placed = Pick<Item, 'id' | 'risk' | 'createdAt'>;

interface Order {
  sort: QueueSort;
  column: 'risk' | 'created_at';
  desc: boolean;
}
const ORDERS: Record<QueueSort, Order> = {
  risk: { sort: 'risk', column: 'risk', desc: true },
  newest: { sort: 'newest', column: 'created_at', desc: true },
  oldest: { sort: 'oldest', column: 'created_at', desc: false },
};
const orderOf = (filters: ListFilters): Order => ORDERS[filters.sort ?? 'risk'];

/** A place in an order: the sort column's value and the id (ties are by id, ascending). */
interface At {
  key: number | string;
  id: string;
}

const placeOf = (order: Order, it: Placed): At => ({ key: order.column === 'risk' ? it.risk : it.createdAt, id: it.id });

// A cursor is the (number, id) pair of the cursor module: the risk, or the queued time in ms (stored
// times are toISOString's, so the ms give the stored text back), tagged with a time order's name. Risk
// cursors stay untagged, as the API has always handed them out. A cursor read in another order named a
// wrong place (a risk read as a time in 1970: an empty page), so it is refused.
const cursorOf = (order: Order, at: At): string =>
  order.column === 'risk' ? encodeCursor(Number(at.key), at.id) : encodeCursor(Date.parse(String(at.key)), at.id, order.sort);
function atOf(order: Order, cursor: string): At {
  const c = decodeCursor(cursor);
  if (!c) throw new BadCursorError();
  const made = c.tag ?? 'risk';
  if (made !== order.sort) throw new BadCursorError(`was handed out for another order (${QUEUE_SORTS.includes(made as QueueSort) ? made : 'unknown'}), not this one (${order.sort}); list again without it`);
  if (order.column === 'risk') {
    if (c.risk < 0 || c.risk > 1) throw new BadCursorError(); // a risk is a probability
    return { key: c.risk, id: c.id };
  }
  const t = new Date(c.risk);
  if (Number.isNaN(t.getTime())) throw new BadCursorError();
  return { key: t.toISOString(), id: c.id };
}

// A plain bound on the sort column (`<=`/`>=`, which the OR beside it implies) lets the planner seek
// the order's index to the place; with the OR alone SQLite reads the index from the top up to it.
/** Items after `at` in the order. */
const after = (order: Order, at: At) => (eb: ExpressionBuilder<Database, 'items'>) =>
  eb.and([
    eb(order.column, order.desc ? '<=' : '>=', at.key),
    eb.or([eb(order.column, order.desc ? '<' : '>', at.key), eb.and([eb(order.column, '=', at.key), eb('id', '>', at.id)])]),
  ]);
/** Items before `at` in the order. */
const before = (order: Order, at: At) => (eb: ExpressionBuilder<Database, 'items'>) =>
  eb.and([
    eb(order.column, order.desc ? '>=' : '<=', at.key),
    eb.or([eb(order.column, order.desc ? '>' : '<', at.key), eb.and([eb(order.column, '=', at.key), eb('id', '<', at.id)])]),
  ]);

/** The query in the order (`reversed`: from the other end, for what lies before a place). */
function ordered<O>(q: SelectQueryBuilder<Database, 'items', O>, order: Order, reversed = false): SelectQueryBuilder<Database, 'items', O> {
  const desc = order.desc !== reversed;
  return q.orderBy(order.column, desc ? 'desc' : 'asc').orderBy('id', reversed ? 'desc' : 'asc');
}

/**
 * The query of one queue page: the filtered items after `cursor` in the filters' order, or (`before`)
 * the ones just before that place, nearest first; `limit` + 1 of them, the extra one telling whether
 * more follow. Exported for the tests of its plan.
 */
export function pageQuery(rdb: ReviewDb, filters: ListFilters, place: { cursor?: string; before?: string }, limit: number) {
  const order = orderOf(filters);
  const q = withFilters(rdb.db.selectFrom('items').selectAll(), filters);
  if (place.before) return ordered(q.where(before(order, atOf(order, place.before))), order, true).limit(limit + 1);
  return ordered(place.cursor ? q.where(after(order, atOf(order, place.cursor))) : q, order).limit(limit + 1);
}

/** The queue in the filters' order, `limit` at a time; pass nextCursor back as `cursor` for the next page. */
export async function listItems(rdb: ReviewDb, filters: ListFilters, opts: { cursor?: string; limit?: number } = {}): Promise<Page> {
  const limit = Math.max(1, Math.min(500, opts.limit ?? 50));
  const order = orderOf(filters);
  const rows = await pageQuery(rdb, filters, { cursor: opts.cursor }, limit).execute();
  const items = rows.slice(0, limit).map(toItem);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? cursorOf(order, placeOf(order, last)) : null };
}

/**
 * A queue page that also knows the way back: after `cursor` as listItems, or the `limit` items just
 * before `before` (the page's prevCursor). When fewer than a page lie before it, that is the first
 * page, shown whole.
 */
export async function listItemsTwoWay(rdb: ReviewDb, filters: ListFilters, opts: { cursor?: string; before?: string; limit?: number }): Promise<TwoWayPage> {
  const limit = Math.max(1, Math.min(500, opts.limit ?? 50));
  const order = orderOf(filters);
  if (opts.before) {
    const rows = await pageQuery(rdb, filters, { before: opts.before }, limit).execute();
    if (rows.length > limit) {
      const items = rows.slice(0, limit).reverse().map(toItem);
      return { items, prevCursor: cursorOf(order, placeOf(order, items[0])), nextCursor: cursorOf(order, placeOf(order, items[items.length - 1])) };
    }
    return { ...(await listItems(rdb, filters, { limit })), prevCursor: null };
  }
  const page = await listItems(rdb, filters, { cursor: opts.cursor, limit });
  if (!opts.cursor) return { ...page, prevCursor: null };
  // Anything before this page's first item (or before the cursor's place, when the page is empty)?
  const first = page.items[0] ? placeOf(order, page.items[0]) : atOf(order, opts.cursor);
  const ahead = await withFilters(rdb.db.selectFrom('items').select('id'), filters).where(before(order, first)).limit(1).executeTakeFirst();
  return { ...page, prevCursor: ahead ? cursorOf(order, first) : null };
}

/** The queue filters, applied to any query over items (listing, neighbours and pages share them). */
function withFilters<O>(q: SelectQueryBuilder<Database, 'items', O>, filters: ListFilters): SelectQueryBuilder<Database, 'items', O> {
  if (filters.status) q = q.where('status', '=', filters.status);
  if (filters.level) q = q.where('level', '=', filters.level);
  if (filters.election) q = q.where('election', '=', filters.election);
  if (filters.label) q = q.where('label', '=', filters.label);
  // Only an open item is held (as toItem shows it): a decided one is unassigned, whoever held it last.
  if (filters.assignee === UNASSIGNED_FILTER) q = q.where((eb) => eb.or([eb('assignee', 'is', null), eb('status', 'not in', [...OPEN_STATUSES])]));
  else if (filters.assignee) q = q.where('assignee', '=', filters.assignee).where('status', 'in', [...OPEN_STATUSES]);
  return q;
}

function filtered(rdb: ReviewDb, filters: ListFilters) {
  return withFilters(rdb.db.selectFrom('items').select(['id', 'risk', 'created_at']), filters);
}

/** The ids just after and just before `item` in the filtered queue's order. */
export async function neighbors(rdb: ReviewDb, filters: ListFilters, item: Placed): Promise<{ next?: string; prev?: string }> {
  const order = orderOf(filters);
  const at = placeOf(order, item);
  const next = await ordered(filtered(rdb, filters).where(after(order, at)), order).limit(1).executeTakeFirst();
  const prev = await ordered(filtered(rdb, filters).where(before(order, at)), order, true).limit(1).executeTakeFirst();
  return { next: next?.id, prev: prev?.id };
}

/**
 * The cursor of the queue page holding `item` under `filters` (in their order), the pages being
 * `pageSize` items from the top as listItems hands them out; undefined for the first page. An item the
 * filters leave out (decided meanwhile) counts as where it would sort, beside the items it was listed with.
 */
export async function pageCursorAt(rdb: ReviewDb, filters: ListFilters, item: Placed, pageSize: number): Promise<string | undefined> {
  const order = orderOf(filters);
  const at = placeOf(order, item);
  const ahead = await withFilters(rdb.db.selectFrom('items').select((eb) => eb.fn.countAll<string | number>().as('n')), filters).where(before(order, at)).executeTakeFirst();
  const n = Number(ahead?.n ?? 0);
  if (n < pageSize) return undefined;
  // A page's cursor is the item just before the page: `n % pageSize` + 1 places before this item, read back
  // from the item (keyset, at most a page of rows), not by an offset from the top, which items queued
  // ahead of it after the count moved, so that the page led to no longer held it.
  const back = await ordered(filtered(rdb, filters).where(before(order, at)), order, true).limit((n % pageSize) + 1).execute();
  const last = back.length === (n % pageSize) + 1 ? back[back.length - 1] : undefined; // fewer: deleted meanwhile, the first page
  return last ? cursorOf(order, { key: order.column === 'risk' ? Number(last.risk) : last.created_at, id: last.id }) : undefined;
}
