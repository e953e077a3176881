// Which items one audit entry handed out, for an auditor who must know whose personal data left with one
// export (a lost laptop with its file): the ids only, never text or authors, each with whether the item
// is still stored, its text purged by retention, or deleted. A bulk export's ids are its audit_shown rows
// (read through audit_shown_seq, migration 015); an item's own export names that item.
import type { ReviewDb } from '../db/open.js';
import { NotExportError, NotFoundError } from './errors.js';
import { BadCursorError, decodeCursor, encodeCursor } from './cursor.js';
import { auditEntry, type AuditEntry } from './audit.js';

export type EntryItemState = 'stored' | 'purged' | 'deleted';

export interface EntryItemsPage {
  seq: number;
  /** False for a bulk export audited before its items were recorded (no `after.items`): which items it held is not known. */
  recorded: boolean;
  items: { id: string; state: EntryItemState }[];
  nextCursor: string | null;
}

// Tagged as the audit log's cursor is, so neither list reads the other's.
const CURSOR_TAG = 'audit-items';

/**
 * Export entry `seq`, or why its items cannot be listed: none (NotFoundError, 404), or no export
 * (NotExportError, 409). The one check both the API and the page make, and what they pass to entryItems.
 */
export async function exportEntry(rdb: ReviewDb, seq: number): Promise<AuditEntry> {
  const entry = Number.isSafeInteger(seq) ? await auditEntry(rdb, seq) : undefined;
  if (!entry) throw new NotFoundError('audit entry not found');
  if (entry.action !== 'export') throw new NotExportError(seq, entry.action);
  return entry;
}

/** The item ids of an export entry (exportEntry's), by id, `limit` at a time (1–500, default 50, as the log's pages). */
export async function entryItems(rdb: ReviewDb, entry: AuditEntry, opts: { cursor?: string; limit?: number } = {}): Promise<EntryItemsPage> {
  const limit = Math.max(1, Math.min(500, opts.limit ?? 50));
  const { seq } = entry;
  let after = '';
  if (opts.cursor) {
    const c = decodeCursor(opts.cursor);
    if (!c || c.tag !== CURSOR_TAG || c.risk !== seq) throw new BadCursorError();
    after = c.id;
  }
  const ids = entry.itemId
    ? [entry.itemId].filter((id) => id > after)
    : (await rdb.db.selectFrom('audit_shown').select('item_id').where('seq', '=', seq).where('item_id', '>', after).orderBy('item_id').limit(limit + 1).execute()).map((r) => r.item_id);
  const page = ids.slice(0, limit);
  const found = page.length ? await rdb.db.selectFrom('items').select(['id', 'purged_at']).where('id', 'in', page).execute() : [];
  const state = new Map(found.map((r) => [r.id, r.purged_at !== null ? 'purged' : 'stored'] as const));
  const last = page.at(-1);
  return {
    seq,
    recorded: entry.itemId !== null || (entry.after !== null && 'items' in entry.after),
    items: page.map((id) => ({ id, state: state.get(id) ?? 'deleted' })),
    nextCursor: ids.length > limit && last ? encodeCursor(seq, last, CURSOR_TAG) : null,
  };
}
