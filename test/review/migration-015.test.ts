// Migration 015 on SQLite and PostgreSQL: audit_shown_seq (seq, item_id), which the list of one export
// entry's items (GET /audit/:id/items) reads. A 014 database whose export already indexed its items gets
// it, the lookup by seq reads it (SQLite: its plan; PostgreSQL: the planner can use it), and 015 goes down.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { appendAudit } from '../../src/review/store/audit.js';
import { entryItems, exportEntry } from '../../src/review/store/entry-items.js';
import { describeOnStores } from './helpers/stores.js';
import { indexColumns, migrateDownTo, migrationsAfter, queryPlan, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

describeOnStores('migration 015 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds audit_shown_seq on a 014 database; an export recorded before it is listed; goes down', async () => {
    await withDatabaseAt(kind, '014_items_decided_first', async (rdb) => {
      const ids = (await rdb.db.selectFrom('items').select('id').where('status', '=', 'confirmed').orderBy('id').execute()).map((r) => r.id);
      await appendAudit(rdb.db, { itemId: null, actor: 'Sari#k1', action: 'export', after: { format: 'csv', rows: ids.length, items: ids.length }, shown: ids });
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('014_items_decided_first'));
      expect(await indexColumns(rdb, 'audit_shown_seq')).toEqual(['seq', 'item_id']);
      const { seq } = await rdb.db.selectFrom('audit').select('seq').where('action', '=', 'export').executeTakeFirstOrThrow();
      expect((await entryItems(rdb, await exportEntry(rdb, Number(seq)))).items.map((i) => i.id)).toEqual(ids);

      expect(await migrateDownTo(rdb, '014_items_decided_first')).toEqual(undoneDownTo('014_items_decided_first'));
      expect(await indexColumns(rdb, 'audit_shown_seq')).toEqual(rdb.dialect === 'sqlite' ? [] : ['']);
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('014_items_decided_first'));
    });
  });

  it('the lookup of one entry\'s items reads the index', async () => {
    const store = await kind.open();
    try {
      const q = store.rdb.db.selectFrom('audit_shown').select('item_id').where('seq', '=', 7).where('item_id', '>', '').orderBy('item_id').limit(51).compile();
      if (kind.name === 'sqlite') expect(await queryPlan(store.rdb, q)).toMatch(/^SEARCH audit_shown USING COVERING INDEX audit_shown_seq \(seq=\? AND item_id>\?\)/);
      else {
        // An empty table is cheapest to scan whole; forbid that to see which index the planner can use.
        await store.rdb.db.connection().execute(async (c) => {
          await sql`SET enable_seqscan = off`.execute(c);
          expect(await queryPlan({ ...store.rdb, db: c }, q)).toContain('audit_shown_seq');
        });
      }
    } finally {
      await store.close();
    }
  });
});
