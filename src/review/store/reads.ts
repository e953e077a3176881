// Reads that hand out post text to a person: a page of the queue and one item, for the API's
// GET /items and GET /items/:id and the page's queue and item views. Each is audited as `read`, like
// an export, so an admin can see who was shown which items' text. The row is written in the same
// transaction as the read: a read that cannot be audited hands out nothing. What shows no text (an
// item purged by retention) writes none.
import type { ReviewDb } from '../db/open.js';
import { appendAudit } from './audit.js';
import { listItems, listItemsTwoWay, type ListFilters, type Page, type TwoWayPage } from './queue.js';
import { itemRecord, type ItemRecord } from './retention.js';
import { writeTx } from './tx.js';

/** One item with its decisions, notes and trail (see itemRecord), audited as a `read` of it. */
export async function readItem(rdb: ReviewDb, id: string, actor: string): Promise<ItemRecord | undefined> {
  return writeTx(rdb, async (tx) => {
    // On SQLite the transaction holds the only connection, so the reads must run inside it.
    const record = await itemRecord({ ...rdb, db: tx }, id);
    // A purged item (retention cleared its text, author and notes' text) shows no text: no row.
    if (record && record.item.text !== null) await appendAudit(tx, { itemId: id, actor, action: 'read', after: { rows: 1 } });
    return record;
  });
}

/**
 * A queue page (see listItems), audited as one `read` naming the items whose text it shows and the
 * filter (a page holds at most 500 items, so the row stays bounded), each id also indexed in
 * audit_shown so `?item=` finds the page. A page that shows no text (no items, or purged ones only):
 * no row.
 */
export async function readPage(rdb: ReviewDb, filters: ListFilters, opts: { cursor?: string; limit?: number }, actor: string): Promise<Page> {
  return auditedPage(rdb, filters, actor, (db) => listItems(db, filters, opts));
}

/** The page's queue page (see listItemsTwoWay: with the way back), audited as readPage. */
export async function readTwoWayPage(rdb: ReviewDb, filters: ListFilters, opts: { cursor?: string; before?: string; limit?: number }, actor: string): Promise<TwoWayPage> {
  return auditedPage(rdb, filters, actor, (db) => listItemsTwoWay(db, filters, opts));
}

async function auditedPage<P extends Page>(rdb: ReviewDb, filters: ListFilters, actor: string, list: (rdb: ReviewDb) => Promise<P>): Promise<P> {
  return writeTx(rdb, async (tx) => {
    const page = await list({ ...rdb, db: tx });
    // Only the items whose text the page shows: a purged item's row has none.
    const ids = page.items.filter((it) => it.text !== null).map((it) => it.id);
    if (ids.length > 0) {
      const filter = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ''));
      await appendAudit(tx, { itemId: null, actor, action: 'read', after: { rows: ids.length, ids, filter }, shown: ids });
    }
    return page;
  });
}
