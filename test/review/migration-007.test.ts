// Migration 007 on SQLite and PostgreSQL: api_keys gets a nullable last_used_at. A key stored before it
// reads as never used until it is next presented; 007 goes down and up again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { randomBytes, scryptSync } from 'node:crypto';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { checkKey, listKeys } from '../../src/review/keys.js';
import { describeOnStores } from './helpers/stores.js';
import { atMigrationWithItems, migrator, rawDb } from './helpers/migrate.js';

describeOnStores('migration 007 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds a nullable last_used_at: a key stored before it was never used, until it is', async () => {
    const where = await kind.fresh();
    await atMigrationWithItems(where, '006_api_keys_expires');
    const rdb = rawDb(where);
    try {
      // A key as 001–006 stored it (no last_used_at column yet).
      const id = randomBytes(8).toString('hex');
      const secret = randomBytes(32).toString('base64url');
      const salt = randomBytes(16).toString('hex');
      const hash = scryptSync(secret, salt, 32).toString('hex');
      await (rdb.db as any).insertInto('api_keys').values({ id, name: 'Lama', role: 'admin', salt, hash, created_at: new Date().toISOString(), revoked_at: null, expires_at: null }).execute();

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(['007_api_keys_last_used', '008_items_queued']);
      expect((await listKeys(rdb)).find((k) => k.id === id)).toMatchObject({ lastUsedAt: null });
      const before = new Date().toISOString();
      expect(await checkKey(rdb, `nrk_${id}_${secret}`)).toEqual({ principal: { keyId: id, name: 'Lama', role: 'admin' } });
      expect((await listKeys(rdb)).find((k) => k.id === id)?.lastUsedAt! >= before).toBe(true);

      const down = await migrator(rdb).migrateTo('006_api_keys_expires');
      expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([['008_items_queued', 'Down', 'Success'], ['007_api_keys_last_used', 'Down', 'Success']]);
      expect((await rdb.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as object).not.toHaveProperty('last_used_at');
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(['007_api_keys_last_used', '008_items_queued']);
      expect((await listKeys(rdb)).find((k) => k.id === id)).toMatchObject({ lastUsedAt: null });
    } finally {
      await rdb.close();
    }
  });
});
