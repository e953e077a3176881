// Migration 012 on SQLite and PostgreSQL: items.text_hash and items_text_hash. Batch items stored
// before it get their text's hash (a purged one with an id from its key, which holds it; a purged one
// without an id none); other sources' items none. An export queued with its ids before the migration is
// then found when run again without them. Goes down and up.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { addItem } from '../../src/review/store/items.js';
import { textHash } from '../../src/review/store/text-hash.js';
import { describeOnStores } from './helpers/stores.js';
import { fakeResult } from './helpers/fixtures.js';
import { indexColumns, indexesOnItems, migrateDownTo, migrationsAfter, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

describeOnStores('migration 012 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('adds items.text_hash, filled in for batch items, and items_text_hash; goes down', async () => {
    await withDatabaseAt(kind, '011_items_part', async (rdb) => {
      // batch items as an 011 netra stored them (added under another source: 011 has no text_hash to write)
      const add = async (text: string, externalId?: string) => {
        const { item } = await addItem(rdb, { text, source: 'lama', externalId }, fakeResult(0.9), 'setup');
        const key = externalId ? `ext:batch:${externalId}:${textHash(text)}` : undefined;
        await sql`UPDATE items SET source = 'batch:ekspor.csv', dedupe_key = COALESCE(${key ?? null}, dedupe_key) WHERE id = ${item.id}`.execute(rdb.db);
        return item.id;
      };
      const withId = await add('Ayo coblos nomor 2!', 'fb-1');
      const purgedWithId = await add('Pos dengan id, teksnya dihapus', 'fb-2');
      const withoutId = await add('Pos tanpa id');
      const purgedWithoutId = await add('Pos tanpa id, teksnya dihapus');
      await sql`UPDATE items SET text = NULL WHERE id IN (${purgedWithId}, ${purgedWithoutId})`.execute(rdb.db);

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('011_items_part'));
      expect(await indexColumns(rdb, 'items_text_hash')).toEqual(['text_hash']);
      const hashes = Object.fromEntries((await sql<{ id: string; text_hash: string | null }>`SELECT id, text_hash FROM items`.execute(rdb.db)).rows.map((r) => [r.id, r.text_hash]));
      expect([withId, purgedWithId, withoutId, purgedWithoutId].map((id) => hashes[id])).toEqual([textHash('Ayo coblos nomor 2!'), textHash('Pos dengan id, teksnya dihapus'), textHash('Pos tanpa id'), null]);
      expect(Object.values(hashes).filter((h) => h !== null)).toHaveLength(3); // the 12 items of source "mig" have none

      const again = await addItem(rdb, { text: 'Ayo coblos nomor 2!', source: 'batch:ekspor (1).csv' }, fakeResult(0.9), 'batch');
      expect(again).toMatchObject({ created: false, item: { id: withId } });

      expect(await migrateDownTo(rdb, '011_items_part')).toEqual(undoneDownTo('011_items_part'));
      expect(await indexesOnItems(rdb)).not.toContain('items_text_hash');
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('011_items_part'));
    });
  });
});
