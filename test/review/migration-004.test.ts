// Migration 004 on SQLite and PostgreSQL: audit_shown (item id → seq of the queue-page `read` that
// listed it) is made and filled from the `read` entries of no item already in the log, so ?item= finds
// reads written before it; the log itself is untouched; the table is append-only as the log; 004 goes
// down and up again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewDb } from '../../src/review/db/open.js';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { listAudit } from '../../src/review/store/audit.js';
import { describeOnStores } from './helpers/stores.js';
import { migrateDownTo, migrationsAfter, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

const shown = async (rdb: ReviewDb) => (await sql<{ seq: number; item_id: string }>`SELECT seq, item_id FROM audit_shown ORDER BY seq, item_id`.execute(rdb.db)).rows.map((r) => [Number(r.seq), r.item_id]);

describeOnStores('migration 004 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('fills audit_shown from the queue-page reads already logged, and ?item= finds them', async () => {
    await withDatabaseAt(kind, '003_items_purge_due', async (rdb) => {
      const ids = (await rdb.db.selectFrom('items').select('id').orderBy('external_id').execute()).map((r) => r.id);
      const at = new Date().toISOString();
      const add = (item_id: string | null, action: string, after: unknown) =>
        rdb.db.insertInto('audit').values({ item_id, actor: 'Ani#k1', action, before: null, after: after === null ? null : JSON.stringify(after), at }).returning('seq').executeTakeFirstOrThrow();
      const page1 = Number((await add(null, 'read', { rows: 2, ids: ids.slice(0, 2), filter: {} })).seq);
      await add(ids[0], 'read', { rows: 1 });
      await add(null, 'export', { format: 'training', rows: 12 }); // of no item, no ids
      await add(null, 'read', null); // malformed: nothing to take
      const page2 = Number((await add(null, 'read', { rows: 1, ids: [ids[1]], filter: { status: 'new' } })).seq);
      const logBefore = await rdb.db.selectFrom('audit').selectAll().orderBy('seq').execute();

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('003_items_purge_due'));
      expect(await shown(rdb)).toEqual([[page1, ids[0]], [page1, ids[1]], [page2, ids[1]]].sort((a, b) => Number(a[0]) - Number(b[0]) || String(a[1]).localeCompare(String(b[1]))));
      expect(await rdb.db.selectFrom('audit').selectAll().orderBy('seq').execute()).toEqual(logBefore);
      const forItem = async (id: string) => (await listAudit(rdb, { itemId: id, action: 'read' })).entries.map((e) => [e.seq, e.itemId]);
      expect(await forItem(ids[1])).toEqual([[page2, null], [page1, null]]);
      expect((await forItem(ids[0]))).toEqual([[page1 + 1, ids[0]], [page1, null]]);

      // Append-only, as the log it indexes.
      await expect(sql`DELETE FROM audit_shown`.execute(rdb.db)).rejects.toThrow(/append-only/);
      await expect(sql`UPDATE audit_shown SET item_id = 'x'`.execute(rdb.db)).rejects.toThrow(/append-only/);

      expect(await migrateDownTo(rdb, '003_items_purge_due')).toEqual(undoneDownTo('003_items_purge_due'));
      expect(await rdb.db.selectFrom('audit').selectAll().orderBy('seq').execute()).toEqual(logBefore);
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('003_items_purge_due'));
      expect(await shown(rdb)).toHaveLength(3);
    });
  });
});
