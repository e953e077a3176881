// The decisions export stays one row per decision, and says which decision is in force: `final` is true
// only for an item's confirmed or dismissed decision no correction superseded (false for superseded ones
// and for escalations), `corrects`/`superseded_by`/`superseded_at` link a correction and the decision it
// replaced by `decision_id`, and `queued_by` names who put the item in the queue (the create entry's
// actor). So a spreadsheet that counts `final` rows counts each item once. On SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { EXPORT_COLUMNS, EXPORT_HISTORY_COLUMNS, type ExportRow } from '../../src/review/store/reports.js';
import { EXPORTED_COLUMNS, exportedRow } from '../../src/review/http/export.js';
import { describeOnStores, withStore } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('decision history in the decisions export on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));

  const rowsOf = async (itemId: string): Promise<ExportRow[]> => {
    const rows: ExportRow[] = [];
    for await (const r of store.exportDecisions()) if (r.item_id === itemId) rows.push(r);
    return rows;
  };
  const history = (rows: ExportRow[]) => rows.map((r) => [r.decision_id, r.outcome, r.final, r.corrects, r.superseded_by, r.superseded_at]);

  it('marks a corrected decision superseded and the correction final, linked both ways', async () => {
    const { item } = await store.add({ text: 'Ayo coblos nomor 2, koreksi ekspor' }, fakeResult(0.95, 'ajakan'), 'cli:budi');
    const first = await store.decide(item.id, { outcome: 'dismissed', reason: 'salah klik' }, 'Sari#k1');
    const fix = await store.decide(item.id, { outcome: 'confirmed', reason: 'ajakan jelas', corrects: first.id }, 'Ketua#k2');
    const rows = await rowsOf(item.id);
    expect(history(rows)).toEqual([
      [first.id, 'dismissed', false, null, fix.id, fix.createdAt],
      [fix.id, 'confirmed', true, first.id, null, null],
    ]);
    expect(rows.map((r) => r.queued_by)).toEqual(['cli:budi', 'cli:budi']);
    // As the file writes it: superseded_at in WIB as decided_at, final as true/false.
    expect(exportedRow(rows[0]).superseded_at).toBe(exportedRow(rows[1]).decided_at);
  });

  it('an escalation is never final; the decision after it is', async () => {
    const { item } = await store.add({ text: 'Pilih nomor 1 ya, eskalasi ekspor' }, fakeResult(0.9), 'Magang#k9');
    const esc = await store.decide(item.id, { outcome: 'escalated', reason: 'ragu' }, 'Sari#k1');
    expect(history(await rowsOf(item.id))).toEqual([[esc.id, 'escalated', false, null, null, null]]);
    const done = await store.decide(item.id, { outcome: 'confirmed', reason: 'dukungan' }, 'Ketua#k2');
    const rows = await rowsOf(item.id);
    expect(history(rows)).toEqual([
      [esc.id, 'escalated', false, null, null, null],
      [done.id, 'confirmed', true, null, null, null],
    ]);
    expect(rows[0].queued_by).toBe('Magang#k9');
  });

  it('a correction made after an export started is not in it, nor its link', async () => {
    const { item } = await store.add({ text: 'Jangan pilih calon ingkar janji, batas ekspor' }, fakeResult(0.9, 'serangan'), 'cli:budi');
    const first = await store.decide(item.id, { outcome: 'dismissed', reason: 'netral' }, 'Sari#k1');
    const through = await store.exportBound();
    await store.decide(item.id, { outcome: 'confirmed', reason: 'serangan', corrects: first.id }, 'Ketua#k2');
    const rows: ExportRow[] = [];
    for await (const r of store.exportDecisions(through)) if (r.item_id === item.id) rows.push(r);
    expect(history(rows)).toEqual([[first.id, 'dismissed', true, null, null, null]]);
  });

  it('come after every column the export had, so scripts reading by place keep working', () => {
    expect(EXPORTED_COLUMNS.slice(0, EXPORT_COLUMNS.length + 1)).toEqual([...EXPORT_COLUMNS, 'risk_shown']);
    expect(EXPORTED_COLUMNS.slice(EXPORT_COLUMNS.length + 1)).toEqual([...EXPORT_HISTORY_COLUMNS]);
    expect(EXPORT_HISTORY_COLUMNS).toEqual(['decision_id', 'final', 'corrects', 'superseded_by', 'superseded_at', 'queued_by']);
  });
});
