// Migration 014 on SQLite and PostgreSQL: an item corrected under 013 had its decided_at moved to the
// correction, which restarted retention; 014 puts it back at the item's first final decision. Items
// never corrected keep theirs; 014 goes down (changing nothing) and up.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { describeOnStores } from './helpers/stores.js';
import { migrateDownTo, migrationsAfter, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';

describeOnStores('migration 014 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('moves a corrected item\'s decided_at back to its first final decision; others keep theirs', async () => {
    await withDatabaseAt(kind, '013_decisions_supersedes', async (rdb) => {
      const [corrected, plain] = await rdb.db.selectFrom('items').select('id').orderBy('id').limit(2).execute();
      const decision = (id: string, item: string, outcome: string, at: string, supersedes: string | null = null) =>
        rdb.db.insertInto('decisions').values({ id, item_id: item, outcome, reviewer_label: outcome === 'confirmed' ? 'ajakan' : 'netral', reason: 'r', reviewer: 'Sari#k1', created_at: at, supersedes }).execute();
      await decision('d-1', corrected.id, 'dismissed', '2026-01-01T00:00:00.000Z');
      await decision('d-2', corrected.id, 'confirmed', '2026-03-01T00:00:00.000Z', 'd-1');
      await rdb.db.updateTable('items').set({ status: 'confirmed', decided_at: '2026-03-01T00:00:00.000Z' }).where('id', '=', corrected.id).execute();
      await decision('d-3', plain.id, 'dismissed', '2026-02-01T00:00:00.000Z');
      await rdb.db.updateTable('items').set({ status: 'dismissed', decided_at: '2026-02-01T00:00:00.000Z' }).where('id', '=', plain.id).execute();
      const decidedAt = async () => (await rdb.db.selectFrom('items').select(['id', 'decided_at']).where('id', 'in', [corrected.id, plain.id]).execute()).map((r) => [r.id, r.decided_at]).sort();

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('013_decisions_supersedes'));
      expect(await decidedAt()).toEqual([[corrected.id, '2026-01-01T00:00:00.000Z'], [plain.id, '2026-02-01T00:00:00.000Z']].sort());
      expect(await migrateDownTo(rdb, '013_decisions_supersedes')).toEqual(undoneDownTo('013_decisions_supersedes'));
      expect(await decidedAt()).toEqual([[corrected.id, '2026-01-01T00:00:00.000Z'], [plain.id, '2026-02-01T00:00:00.000Z']].sort());
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('013_decisions_supersedes'));
    });
  });
});
