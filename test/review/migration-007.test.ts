// Migration 007 on SQLite and PostgreSQL: api_keys gets a nullable last_used_at. A key stored before it
// reads as never used until it is next presented; 007 goes down and up again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { checkKey, listKeys } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { migrateDownTo, migrationsAfter, storeOldKey, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

describeOnStores('migration 007 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds a nullable last_used_at: a key stored before it was never used, until it is', async () => {
    await withDatabaseAt(kind, '006_api_keys_expires', async (rdb) => {
      // A key as 001–006 stored it (no last_used_at column yet).
      const { id, token } = await storeOldKey(rdb, { expires_at: null });

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('006_api_keys_expires'));
      expect((await listKeys(rdb)).find((k) => k.id === id)).toMatchObject({ lastUsedAt: null });
      const before = new Date().toISOString();
      expect(await checkKey(rdb, token)).toEqual({ principal: { keyId: id, name: 'Lama', role: 'admin' } });
      expect((await listKeys(rdb)).find((k) => k.id === id)?.lastUsedAt! >= before).toBe(true);

      expect(await migrateDownTo(rdb, '006_api_keys_expires')).toEqual(undoneDownTo('006_api_keys_expires'));
      expect((await rdb.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as object).not.toHaveProperty('last_used_at');
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('006_api_keys_expires'));
      expect((await listKeys(rdb)).find((k) => k.id === id)).toMatchObject({ lastUsedAt: null });
    });
  });
});
