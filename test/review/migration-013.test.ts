// Migration 013 on SQLite and PostgreSQL: decisions gets a nullable `supersedes` (a correction's
// decision in force) with its index. An 012 store's decisions supersede nothing, a correction can be
// recorded once upgraded in place, and 013 goes down and up.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { decideItem, decisionsFor } from '../../src/review/store/workflow.js';
import { describeOnStores } from './helpers/stores.js';
import { migrateDownTo, migrationsAfter, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

describeOnStores('migration 013 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds nullable decisions.supersedes: decisions made before it supersede nothing; goes down', async () => {
    await withDatabaseAt(kind, '012_items_text_hash', async (rdb) => {
      const old = await rdb.db.selectFrom('items').select('id').where('external_id', '=', '4').executeTakeFirstOrThrow();
      // Decided under 012: the columns of that schema only.
      await rdb.db.insertInto('decisions').values({ id: 'd-old', item_id: old.id, outcome: 'dismissed', reviewer_label: 'netral', reason: 'lama', reviewer: 'Sari#k1', created_at: '2026-01-01T00:00:00.000Z' }).execute();
      await rdb.db.updateTable('items').set({ status: 'dismissed', decided_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' }).where('id', '=', old.id).execute();

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('012_items_text_hash'));
      expect((await decisionsFor(rdb, old.id)).map((d) => d.supersedes)).toEqual([null]);
      const fix = await decideItem(rdb, old.id, { outcome: 'confirmed', label: 'ajakan', reason: 'koreksi', corrects: 'd-old' }, 'Ketua#k2');
      expect((await decisionsFor(rdb, old.id)).map((d) => [d.id, d.supersedes])).toEqual([['d-old', null], [fix.id, 'd-old']]);

      expect(await migrateDownTo(rdb, '012_items_text_hash')).toEqual(undoneDownTo('012_items_text_hash'));
      const row = (await rdb.db.selectFrom('decisions').selectAll().where('id', '=', 'd-old').executeTakeFirstOrThrow()) as object;
      expect(row).not.toHaveProperty('supersedes');
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('012_items_text_hash'));
    });
  });
});
