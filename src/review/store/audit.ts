// The append-only audit log: who did what, when, with the changed fields before and after.
// Post text and note text never go into the audit log (they are purged by retention; the log is not).
import type { Tx } from './tx.js';
import type { ReviewDb } from '../db/open.js';
import { nowIso } from './tx.js';

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
  entry: { itemId: string | null; actor: string; action: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; at?: string },
): Promise<void> {
  await tx
    .insertInto('audit')
    .values({
      item_id: entry.itemId,
      actor: entry.actor,
      action: entry.action,
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
      at: entry.at ?? nowIso(),
    })
    .execute();
}

export async function auditFor(rdb: ReviewDb, itemId: string): Promise<AuditEntry[]> {
  const rows = await rdb.db.selectFrom('audit').selectAll().where('item_id', '=', itemId).orderBy('seq').execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    itemId: r.item_id,
    actor: r.actor,
    action: r.action,
    before: r.before ? JSON.parse(r.before) : null,
    after: r.after ? JSON.parse(r.after) : null,
    at: r.at,
  }));
}
