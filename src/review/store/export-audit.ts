// A bulk export's audit entry (the decisions export, API and page), written before a byte goes out, and
// the file's rows from there. The entry says how many rows and which items the file holds; those must be
// the rows the file then holds, though an admin may delete a decided item meanwhile. So where the export
// ends, the items, their rows and the first page are read in the entry's transaction, after the items
// are held (FOR SHARE on PostgreSQL; SQLite's write lock holds everything): an item deleted before is
// neither counted nor named, one deleted after waits for the entry and the first page. Read in separate
// statements without that, an item deleted in between was counted in `rows` but never sent, or named in
// `items` though the file did not hold it.
import type { ReviewDb } from '../db/open.js';
import { sql } from '../db/kysely.js';
import { appendAudit } from './audit.js';
import { forKeeping } from './row-lock.js';
import { writeTx, type Tx } from './tx.js';
import { decisionUpTo, EXPORT_PAGE_SIZE, exportBound, exportDecisions, exportPage, lastPosition, type ExportBound, type ExportRow, type ExportWindow } from './reports.js';

/** An audited bulk export: where it ends (undefined: no decision in its window) and its rows, oldest first. */
export interface AuditedExport {
  through: ExportBound | undefined;
  rows: AsyncGenerator<ExportRow>;
}

/**
 * Audits a bulk export as `actor` (`format`, the `window`'s bounds, the number of rows and items, each
 * item's id in audit_shown, never the rows), and hands back its rows. An export of more than one page
 * reads the later pages after the entry commits (no transaction is held while a client downloads): an
 * item deleted by then is named by the entry but missing from the file (docs/review.md, "Not done").
 */
export async function auditExport(rdb: ReviewDb, actor: string, what: { format: string; window?: ExportWindow }, pageSize = EXPORT_PAGE_SIZE): Promise<AuditedExport> {
  const window = what.window ?? {};
  const read = await writeTx(rdb, async (tx) => {
    const through = await exportBound({ ...rdb, db: tx }, window);
    const items = through ? await heldItems(rdb, tx, through) : [];
    const rows = through ? await rowsUpTo(tx, through) : 0;
    const first = through ? await exportPage(tx, through, undefined, pageSize) : [];
    await appendAudit(tx, { itemId: null, actor, action: 'export', after: { format: what.format, rows, items: items.length, ...window }, shown: items });
    return { through: through && { ...through, rows }, first };
  });
  return { through: read.through, rows: rowsFrom(rdb, read.through, read.first, pageSize) };
}

/** The first page as read with the entry, then the later ones. */
async function* rowsFrom(rdb: ReviewDb, through: ExportBound | undefined, first: ExportRow[], pageSize: number): AsyncGenerator<ExportRow> {
  yield* first;
  if (through && first.length === pageSize) yield* exportDecisions(rdb, through, pageSize, lastPosition(first));
}

/** The items with a decision up to `through`, held until the transaction ends: those the export holds. */
async function heldItems(rdb: ReviewDb, tx: Tx, through: ExportBound): Promise<string[]> {
  const q = tx
    .selectFrom('items as i')
    .select('i.id')
    .where((eb) => eb.exists(eb.selectFrom('decisions as d').select(sql`1`.as('one')).whereRef('d.item_id', '=', 'i.id').where(decisionUpTo(through))));
  return (await forKeeping(rdb, q).execute()).map((r) => r.id);
}

/** How many decisions up to `through` there are now (the items held: none can go before the entry commits). */
async function rowsUpTo(tx: Tx, through: ExportBound): Promise<number> {
  const r = await tx.selectFrom('decisions as d').select((eb) => eb.fn.countAll<string | number>().as('n')).where(decisionUpTo(through)).executeTakeFirst();
  return Number(r?.n ?? 0);
}
