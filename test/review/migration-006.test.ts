// Migration 006 on SQLite and PostgreSQL: api_keys gets a nullable expires_at. A key made before it
// keeps working (null = never expires), a key given an expiry stops at it; 006 goes down and up again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { randomBytes, scryptSync } from 'node:crypto';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { checkKey, listKeys } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { atMigrationWithItems, migrator, rawDb } from './helpers/migrate.js';

describeOnStores('migration 006 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds a nullable expires_at: a key stored before it never expires', async () => {
    const where = await kind.fresh();
    await atMigrationWithItems(where, '005_audit_no_truncate');
    const rdb = rawDb(where);
    try {
      // A key as 001–005 stored it (no expires_at column yet).
      const id = randomBytes(8).toString('hex');
      const secret = randomBytes(32).toString('base64url');
      const salt = randomBytes(16).toString('hex');
      const hash = scryptSync(secret, salt, 32).toString('hex');
      await (rdb.db as any).insertInto('api_keys').values({ id, name: 'Lama', role: 'admin', salt, hash, created_at: new Date().toISOString(), revoked_at: null }).execute();

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(['006_api_keys_expires', '007_api_keys_last_used', '008_items_queued']);
      expect((await listKeys(rdb)).find((k) => k.id === id)).toMatchObject({ expiresAt: null, expired: false });
      expect(await checkKey(rdb, `nrk_${id}_${secret}`)).toEqual({ principal: { keyId: id, name: 'Lama', role: 'admin' } });

      // Past its expiry the same key is refused as expired.
      await rdb.db.updateTable('api_keys').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', id).execute();
      expect(await checkKey(rdb, `nrk_${id}_${secret}`)).toEqual({ failure: 'expired', keyId: id });

      const down = await migrator(rdb).migrateTo('005_audit_no_truncate');
      expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([['008_items_queued', 'Down', 'Success'], ['007_api_keys_last_used', 'Down', 'Success'], ['006_api_keys_expires', 'Down', 'Success']]);
      expect((await rdb.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as object).not.toHaveProperty('expires_at');
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(['006_api_keys_expires', '007_api_keys_last_used', '008_items_queued']);
      expect(await checkKey(rdb, `nrk_${id}_${secret}`)).toEqual({ principal: { keyId: id, name: 'Lama', role: 'admin' } });
    } finally {
      await rdb.close();
    }
  });
});
