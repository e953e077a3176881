// Migration 011 on SQLite and PostgreSQL: items gets nullable part_start/part_end, the scored part of a
// long post. A 010 database's items have none (null), a new item can carry one, and 011 goes down and up.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { addItem, getItem } from '../../src/review/store/items.js';
import { describeOnStores } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { migrateDownTo, migrationsAfter, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

describeOnStores('migration 011 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds nullable items.part_start/part_end: items stored before it have no part; goes down', async () => {
    await withDatabaseAt(kind, '010_items_url', async (rdb) => {
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('010_items_url'));
      const old = await rdb.db.selectFrom('items').select('id').where('external_id', '=', '4').executeTakeFirstOrThrow();
      expect((await getItem(rdb, old.id))?.part).toBeNull();
      const { item } = await addItem(rdb, { text: 'Paragraf satu.\n\nAyo coblos nomor 2!' }, { ...fakeResult(0.9), part: { start: 16, end: 35 } }, 'test');
      expect((await getItem(rdb, item.id))?.part).toEqual({ start: 16, end: 35 });

      expect(await migrateDownTo(rdb, '010_items_url')).toEqual(undoneDownTo('010_items_url'));
      const row = (await rdb.db.selectFrom('items').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow()) as object;
      expect(row).not.toHaveProperty('part_start');
      expect(row).not.toHaveProperty('part_end');
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('010_items_url'));
    });
  });
});
