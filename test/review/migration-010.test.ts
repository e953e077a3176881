// Migration 010 on SQLite and PostgreSQL: items gets a nullable url, the link to the post. A 009
// database's items have none (null), a new item can carry one, and 010 goes down and up again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { addItem, getItem } from '../../src/review/store/items.js';
import { describeOnStores } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { migrateDownTo, migrationsAfter, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

describeOnStores('migration 010 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds a nullable items.url: items stored before it have none; goes down', async () => {
    await withDatabaseAt(kind, '009_items_external_id', async (rdb) => {
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('009_items_external_id'));
      const old = await rdb.db.selectFrom('items').select('id').where('external_id', '=', '4').executeTakeFirstOrThrow();
      expect((await getItem(rdb, old.id))?.url).toBeNull();
      const { item } = await addItem(rdb, { text: 'Posting dengan tautan', url: 'https://contoh.id/p/1' }, fakeResult(0.9), 'test');
      expect((await getItem(rdb, item.id))?.url).toBe('https://contoh.id/p/1');

      expect(await migrateDownTo(rdb, '009_items_external_id')).toEqual(undoneDownTo('009_items_external_id'));
      expect((await rdb.db.selectFrom('items').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow()) as object).not.toHaveProperty('url');
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('009_items_external_id'));
    });
  });
});
