// Migration 006 on SQLite and PostgreSQL: api_keys gets a nullable expires_at. A key made before it
// keeps working (null = never expires), a key given an expiry stops at it; 006 goes down and up again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { checkKey, listKeys } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { migrateDownTo, migrationsAfter, storeOldKey, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

describeOnStores('migration 006 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds a nullable expires_at: a key stored before it never expires', async () => {
    await withDatabaseAt(kind, '005_audit_no_truncate', async (rdb) => {
      // A key as 001–005 stored it (no expires_at column yet).
      const { id, token } = await storeOldKey(rdb);

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('005_audit_no_truncate'));
      expect((await listKeys(rdb)).find((k) => k.id === id)).toMatchObject({ expiresAt: null, expired: false });
      expect(await checkKey(rdb, token)).toEqual({ principal: { keyId: id, name: 'Lama', role: 'admin' } });

      // Past its expiry the same key is refused as expired.
      await rdb.db.updateTable('api_keys').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', id).execute();
      expect(await checkKey(rdb, token)).toEqual({ failure: 'expired', keyId: id });

      expect(await migrateDownTo(rdb, '005_audit_no_truncate')).toEqual(undoneDownTo('005_audit_no_truncate'));
      expect((await rdb.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as object).not.toHaveProperty('expires_at');
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('005_audit_no_truncate'));
      expect(await checkKey(rdb, token)).toEqual({ principal: { keyId: id, name: 'Lama', role: 'admin' } });
    });
  });
});
