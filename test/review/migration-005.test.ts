// Migration 005 on SQLite and PostgreSQL: the audit log cannot be emptied with TRUNCATE on PostgreSQL
// (`audit_shown`, `TRUNCATE audit CASCADE`, or in one statement with other tables), which the
// row triggers of 001 and 004 do not see; SQLite has no TRUNCATE, and its DELETE without WHERE (which
// it would otherwise run as one) stays refused by those row triggers. 005 goes down and up again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from '../../src/review/db/kysely.js';
import type { ReviewDb } from '../../src/review/db/open.js';
import { migrateToLatest } from '../../src/review/migrations/index.js';
import { describeOnStores } from './helpers/stores.js';
import { migrateDownTo, migrationsAfter, undoneDownTo, withDatabaseAt } from './helpers/migrate.js';
import { fakeResult } from './helpers/fixtures.js';

const count = async (rdb: ReviewDb, table: 'audit' | 'audit_shown') => Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(rdb.db)).rows[0].n);

describeOnStores('migration 005 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());

  it('refuses emptying the audit log at once (TRUNCATE on PostgreSQL, DELETE without WHERE on SQLite); the log is kept', async () => {
    await withDatabaseAt(kind, '004_audit_shown', async (rdb) => {
      const [id] = (await rdb.db.selectFrom('items').select('id').execute()).map((r) => r.id);
      const { seq } = await rdb.db.insertInto('audit').values({ item_id: null, actor: 'Ani#k1', action: 'read', before: null, after: JSON.stringify({ rows: 1, ids: [id], filter: {} }), at: new Date().toISOString() }).returning('seq').executeTakeFirstOrThrow();
      await rdb.db.insertInto('audit_shown').values({ item_id: id, seq: Number(seq) }).execute();
      const logBefore = await rdb.db.selectFrom('audit').selectAll().orderBy('seq').execute();
      expect(logBefore.length).toBeGreaterThan(12);

      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('004_audit_shown'));
      const emptying =
        kind.name === 'postgres'
          ? ['TRUNCATE audit_shown', 'TRUNCATE audit CASCADE', 'TRUNCATE audit_shown, audit', 'TRUNCATE sessions, audit_shown']
          : ['DELETE FROM audit', 'DELETE FROM audit_shown'];
      for (const stmt of emptying) await expect(sql.raw(stmt).execute(rdb.db), stmt).rejects.toThrow(/append-only/);
      // (`TRUNCATE audit` alone was refused before 005 already: audit_shown refers to it.)
      expect(await rdb.db.selectFrom('audit').selectAll().orderBy('seq').execute()).toEqual(logBefore);
      expect(await count(rdb, 'audit_shown')).toBe(1);

      // Down lifts only the TRUNCATE triggers (the row triggers stay); up puts them back.
      expect(await migrateDownTo(rdb, '004_audit_shown')).toEqual(undoneDownTo('004_audit_shown'));
      await expect(sql`DELETE FROM audit`.execute(rdb.db)).rejects.toThrow(/append-only/);
      expect(await migrateToLatest(rdb.db, rdb.dialect)).toEqual(migrationsAfter('004_audit_shown'));
      if (kind.name === 'postgres') await expect(sql`TRUNCATE audit CASCADE`.execute(rdb.db)).rejects.toThrow(/append-only/);
      expect(await count(rdb, 'audit')).toBe(logBefore.length);
    });
  });

  it('a new store refuses it too', async () => {
    const store = await kind.open();
    try {
      await store.add({ text: 'Ayo pilih nomor 1', author: 'trunc' }, fakeResult(0.9), 'test');
      await expect(sql.raw(kind.name === 'postgres' ? 'TRUNCATE audit CASCADE' : 'DELETE FROM audit').execute(store.rdb.db)).rejects.toThrow(/append-only/);
      expect(await count(store.rdb, 'audit')).toBe(1);
    } finally {
      await store.close();
    }
  });
});
