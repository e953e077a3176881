// The append-only audit log: who did what, when, with the changed fields before and after, who
// was handed post text (`export`, `read`) and who logged in to the page (`login`, `logout`,
// `login_failed`), and keys the API refused (`key_failed`) or refused for their role (`role_refused`), aggregated: http/failed-key-audit.ts. Post text and note text never go into the audit log (they are purged by
// retention; the log is not).
import type { Tx } from './tx.js';
import type { Selectable } from 'kysely';
import type { ReviewDb } from '../db/open.js';
import type { AuditTable } from '../db/schema.js';
import { nowIso } from './tx.js';
import { BadCursorError, decodeCursor, encodeCursor } from './cursor.js';

/** Every action the log records (appendAudit takes only these, so the API's `action` filter knows them all). */
export const AUDIT_ACTIONS = ['create', 'assign', 'decision', 'note', 'read', 'export', 'purge_text', 'delete', 'key_create', 'key_revoke', 'login', 'logout', 'login_failed', 'key_failed', 'role_refused'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  seq: number;
  itemId: string | null;
  actor: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: string;
}

export async function appendAudit(
  tx: Tx,
  entry: {
    itemId: string | null;
    actor: string;
    action: AuditAction;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
    at?: string;
    /** The items an entry of no item handed out (a queue page's read, a bulk export), indexed in audit_shown for `?item=`. */
    shown?: readonly string[];
  },
): Promise<void> {
  const { seq } = await tx
    .insertInto('audit')
    .values({
      item_id: entry.itemId,
      actor: entry.actor,
      action: entry.action,
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
      at: entry.at ?? nowIso(),
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  const shown = [...new Set(entry.shown ?? [])];
  // 500 ids a statement (a queue page is one; an export of every decided item, many), under both dialects' parameter limits.
  for (let i = 0; i < shown.length; i += SHOWN_PER_INSERT) {
    await tx.insertInto('audit_shown').values(shown.slice(i, i + SHOWN_PER_INSERT).map((id) => ({ item_id: id, seq: Number(seq) }))).execute();
  }
}

const SHOWN_PER_INSERT = 500;

const toEntry = (r: Selectable<AuditTable>): AuditEntry => ({
  seq: Number(r.seq),
  itemId: r.item_id,
  actor: r.actor,
  action: r.action,
  before: r.before ? JSON.parse(r.before) : null,
  after: r.after ? JSON.parse(r.after) : null,
  at: r.at,
});

/**
 * The entries of one item: its own (item_id) and the queue-page reads and bulk exports that handed it out (audit_shown),
 * each side read through its (item_id, seq) index. Select and order on it as on `audit`.
 */
export function itemAuditQuery(db: Tx, itemId: string) {
  return db.selectFrom('audit').where('seq', 'in', (eb) =>
    eb.selectFrom('audit').select('seq').where('item_id', '=', itemId).unionAll(eb.selectFrom('audit_shown').select('seq').where('item_id', '=', itemId)),
  );
}

/**
 * One item's entries, oldest first. Without `reads`, its `read` entries are left out: the trail shown
 * with the item is its history of changes (and exports), which showing it must not grow; the log and
 * the case file have the reads, the queue pages that showed it included.
 */
export async function auditFor(rdb: ReviewDb, itemId: string, opts: { reads?: boolean } = {}): Promise<AuditEntry[]> {
  const q = opts.reads ? itemAuditQuery(rdb.db, itemId).selectAll() : rdb.db.selectFrom('audit').selectAll().where('item_id', '=', itemId).where('action', '!=', 'read');
  return (await q.orderBy('seq').execute()).map(toEntry);
}

export interface AuditFilters {
  action?: AuditAction;
  /** Exactly as written (`<key name>#<key id>`, `cli:<login>`, `system:retention`). */
  actor?: string;
  /** The item's own entries and the queue-page reads that showed it (see itemAuditQuery). */
  itemId?: string;
  /** ISO date-times; `since` inclusive, `until` exclusive. Compared as stored (UTC, toISOString). */
  since?: string;
  until?: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextCursor: string | null;
}

// The queue's cursor format, tagged: an items cursor given to the audit list is refused, not misread.
const AUDIT_CURSOR_TAG = 'audit';

/**
 * The whole log, newest first (by seq, the order rows were appended), `limit` at a time; pass
 * nextCursor back for the next page. The cursor is the last seq shown, so entries appended while a
 * reader pages come before the first page and no entry is shown twice or skipped. (On PostgreSQL a
 * seq is taken when the row is inserted, so a transaction still open then can commit an entry just
 * behind a page already read; reading again from the first page shows it.)
 */
export async function listAudit(rdb: ReviewDb, filters: AuditFilters, opts: { cursor?: string; limit?: number } = {}): Promise<AuditPage> {
  const limit = Math.max(1, Math.min(500, opts.limit ?? 50));
  let q = (filters.itemId ? itemAuditQuery(rdb.db, filters.itemId) : rdb.db.selectFrom('audit')).selectAll();
  if (filters.action) q = q.where('action', '=', filters.action);
  if (filters.actor) q = q.where('actor', '=', filters.actor);
  // Every `at` is written by toISOString (fixed width, UTC), so text order is time order.
  if (filters.since) q = q.where('at', '>=', new Date(filters.since).toISOString());
  if (filters.until) q = q.where('at', '<', new Date(filters.until).toISOString());
  if (opts.cursor) {
    const c = decodeCursor(opts.cursor);
    if (!c || c.id !== AUDIT_CURSOR_TAG || !Number.isSafeInteger(c.risk)) throw new BadCursorError();
    q = q.where('seq', '<', c.risk);
  }
  const rows = await q.orderBy('seq', 'desc').limit(limit + 1).execute();
  const entries = rows.slice(0, limit).map(toEntry);
  const last = entries[entries.length - 1];
  return { entries, nextCursor: rows.length > limit && last ? encodeCursor(last.seq, AUDIT_CURSOR_TAG) : null };
}

/** One entry by its seq; undefined when there is none. */
export async function auditEntry(rdb: ReviewDb, seq: number): Promise<AuditEntry | undefined> {
  const row = await rdb.db.selectFrom('audit').selectAll().where('seq', '=', seq).executeTakeFirst();
  return row && toEntry(row);
}
