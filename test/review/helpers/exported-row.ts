// One item's row of the decisions export, as a script reading the export would find it.
import type { ReviewStore } from '../../../src/review/store/index.js';
import type { ExportRow } from '../../../src/review/store/reports.js';

export async function exportedRow(store: ReviewStore, itemId: string): Promise<ExportRow | undefined> {
  let row: ExportRow | undefined;
  for await (const r of store.exportDecisions()) if (r.item_id === itemId) row = r;
  return row;
}
