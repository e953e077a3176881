// A bulk export's audit entry (the decisions export, API and page), written before a byte goes out, and
// the file's rows from there. The entry says how many rows and which items the file holds; those must be
// the rows the file then holds, whatever happens while a client downloads it. So where the export ends,
// its row count and its items are read in the entry's transaction, after the items are held (FOR SHARE
// on PostgreSQL; SQLite's write lock holds everything): an item deleted before is neither counted nor
// named, a deletion reaching one after waits for the entry and is logged after it. And every row is read
// from a snapshot of that transaction's view (db/snapshot.ts), kept until the file is sent: an item
// deleted, a decision committed late or text purged while it streams neither appears in nor vanishes
// from the file. Before, only the first 1,000 rows were read with the entry, the later pages each on
// their own after it.
import type { ReviewDb } from '../db/open.js';
import { sql } from '../db/kysely.js';
import { snapshotOf, type Snapshot } from '../db/snapshot.js';
import { appendAudit } from './audit.js';
import { forKeeping } from './row-lock.js';
import { snapshotWriteTx, type Tx } from './tx.js';
import { decisionUpTo, EXPORT_PAGE_SIZE, exportBound, exportDecisions, type ExportBound, type ExportRow, type ExportWindow } from './reports.js';

/** An audited bulk export: where it ends (undefined: no decision in its window) and its rows, oldest first. */
export interface AuditedExport {
  through: ExportBound | undefined;
  /** Read from the snapshot, which ends when they do (or are left: `return()`). */
  rows: AsyncGenerator<ExportRow>;
  /** Ends the snapshot without reading the rows (a response that failed before them). */
  close(): Promise<void>;
}

/** PostgreSQL's answer to a read of a row changed since the snapshot (REPEATABLE READ): the export starts again. */
const isSerializationFailure = (err: unknown) => (err as { code?: string })?.code === '40001';
const ATTEMPTS = 5;

/**
 * Audits a bulk export as `actor` (`format`, the `window`'s bounds, the number of rows and items, each
 * item's id in audit_shown, never the rows), and hands back its rows as of the entry.
 */
export async function auditExport(rdb: ReviewDb, actor: string, what: { format: string; window?: ExportWindow }, pageSize = EXPORT_PAGE_SIZE): Promise<AuditedExport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditedOnce(rdb, actor, what, pageSize);
    } catch (err) {
      if (!isSerializationFailure(err) || attempt >= ATTEMPTS) throw err;
    }
  }
}

async function auditedOnce(rdb: ReviewDb, actor: string, what: { format: string; window?: ExportWindow }, pageSize: number): Promise<AuditedExport> {
  const window = what.window ?? {};
  let snapshot: Snapshot | undefined;
  try {
    const through = await snapshotWriteTx(rdb, async (tx) => {
      // exportBound counts the rows up to the end in the same statement: with the items held, none can go before the entry commits.
      const end = await exportBound({ ...rdb, db: tx }, window);
      const items = end ? await heldItems(rdb, tx, end) : [];
      if (end) snapshot = await snapshotOf(rdb, tx);
      await appendAudit(tx, { itemId: null, actor, action: 'export', after: { format: what.format, rows: end?.rows ?? 0, items: items.length, ...window }, shown: items });
      return end;
    });
    const held = snapshot;
    return { through, rows: rowsOf(rdb, held, through, pageSize), close: async () => held?.close() };
  } catch (err) {
    await snapshot?.close();
    throw err;
  }
}

/** The rows up to `through`, read from the snapshot, which they end. */
async function* rowsOf(rdb: ReviewDb, snapshot: Snapshot | undefined, through: ExportBound | undefined, pageSize: number): AsyncGenerator<ExportRow> {
  if (!snapshot || !through) return;
  try {
    yield* exportDecisions({ ...rdb, db: snapshot.db }, through, pageSize);
  } finally {
    await snapshot.close();
  }
}

/** The items with a decision up to `through`, held until the transaction ends: those the export holds. */
async function heldItems(rdb: ReviewDb, tx: Tx, through: ExportBound): Promise<string[]> {
  const q = tx
    .selectFrom('items as i')
    .select('i.id')
    .where((eb) => eb.exists(eb.selectFrom('decisions as d').select(sql`1`.as('one')).whereRef('d.item_id', '=', 'i.id').where(decisionUpTo(through))));
  return (await forKeeping(rdb, q).execute()).map((r) => r.id);
}
