// A process that dies in the middle of migration 004 (after it made audit_shown, before it filled it and
// was recorded) leaves the store at 003, and the next start applies 004 on: nothing to fix by hand.
// The death is made deterministic: the migration is paused after its CREATE TABLE; on SQLite the files
// are copied then (what a power cut leaves on disk: the uncommitted transaction is no part of them), on
// PostgreSQL the migrating backend is terminated. (A migration failing with an error: migrations.test.ts.)
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from '../../src/review/db/kysely.js';
import type { ReviewDb } from '../../src/review/db/open.js';
import type { Database } from '../../src/review/db/schema.js';
import { migrateToLatest, migrations } from '../../src/review/migrations/index.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores } from './helpers/stores.js';
import { atMigrationWithItems, rawDb } from './helpers/migrate.js';

/** Runs `during` once, after the first statement matching `at` ran, before the migration goes on. */
function pauseAfter(at: RegExp, during: () => Promise<void>): KyselyPlugin {
  let hit: unknown;
  return {
    transformQuery({ node, queryId }) {
      if (hit === undefined && node.kind === 'CreateTableNode' && at.test(JSON.stringify(node))) hit = queryId;
      return node;
    },
    async transformResult({ queryId, result }) {
      if (queryId === hit) await during();
      return result;
    },
  };
}

/** rawDb, but on PostgreSQL its connections take the termination below quietly (pg reports it on the client as an 'error' event). */
function migratingDb(where: { url?: string; dataDir?: string }): ReviewDb {
  if (!where.url) return rawDb(where);
  const pool = new pg.Pool({ connectionString: where.url, max: 2 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', where: where.url, created: false, close: () => db.destroy() };
}

const recorded = async (where: { url?: string; dataDir?: string }) => {
  const rdb = rawDb(where);
  try {
    const tables = rdb.dialect === 'sqlite'
      ? (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_shown'`.execute(rdb.db)).rows
      : (await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE tablename = 'audit_shown'`.execute(rdb.db)).rows;
    return { migrations: (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(rdb.db)).rows.map((r) => r.name), auditShown: tables.length > 0 };
  } finally {
    await rdb.close();
  }
};

describeOnStores('a process dying in the middle of migration 004 on $name', (kind) => {
  beforeAll(() => kind.setup(), 60_000);
  afterAll(() => kind.teardown());
  const copies: string[] = [];
  afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('leaves the store at 003, and the next start migrates it to the latest', async () => {
    const where = await kind.fresh();
    await atMigrationWithItems(where, '003_items_purge_due');
    const at003 = await recorded(where);
    expect(at003.migrations.at(-1)).toBe('003_items_purge_due');

    let after: { url?: string; dataDir?: string } = where;
    const rdb = migratingDb(where);
    const dying = async () => {
      if (kind.name === 'sqlite') {
        const copy = mkdtempSync(path.join(os.tmpdir(), 'netra-crash-'));
        copies.push(copy);
        for (const f of ['review.sqlite', 'review.sqlite-wal']) {
          const from = path.join(where.dataDir as string, f);
          if (existsSync(from)) copyFileSync(from, path.join(copy, f));
        }
        after = { dataDir: copy, url: '' };
        throw new Error('killed'); // this run ends here, as the process would
      }
      const other = rawDb(where);
      try {
        await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction'`.execute(other.db);
      } finally {
        await other.close();
      }
    };
    try {
      await expect(migrateToLatest(rdb.db.withPlugin(pauseAfter(/audit_shown/, dying)), rdb.dialect)).rejects.toThrow();
    } finally {
      await rdb.close().catch(() => undefined);
    }

    expect(await recorded(after)).toEqual(at003);
    const store = await ReviewStore.open(after);
    try {
      expect((await recorded(after)).migrations).toEqual(Object.keys(migrations(kind.name)).sort());
      expect((await store.stats()).total).toBe(12);
    } finally {
      await store.close();
    }
  }, 60_000);
});
