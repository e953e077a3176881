// Two store operations interleaved at a chosen statement, deterministically (no sleep-and-hope): `first`
// runs until a statement whose SQL matches `at` has run; then `second` runs on its own connection until
// it is done or waits for a lock (`first` holds it); then `first` goes on. On SQLite a writer waits for
// the write lock (busy_timeout), so when `first` holds it `second` runs once `first` has ended, as it
// would there; when `first` holds none (its statement ran outside a write transaction), `second` runs in
// between as on PostgreSQL.
import { setTimeout as delay } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import type { KyselyPlugin, QueryId, RootOperationNode } from 'kysely';
import { sql } from '../../../src/review/db/kysely.js';
import type { ReviewDb } from '../../../src/review/db/open.js';

export interface Interleaved<A, B> {
  first: PromiseSettledResult<A>;
  second: PromiseSettledResult<B>;
  /**
   * `between`: `second` ran while `first` was paused; `after`: on SQLite, it waited for `first`'s write
   * lock; `unmatched`: no statement of `first` matched `at` (so `second` ran after it).
   */
  ran: 'between' | 'after' | 'unmatched';
}

/** Whether another PostgreSQL backend of this database waits for a lock (row, transaction or advisory). */
async function someoneWaits(rdb: ReviewDb): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(rdb.db);
  return rows[0].n > 0;
}

/** Whether the SQLite file's write lock is taken (a BEGIN IMMEDIATE that may not wait fails). */
function sqliteWriteLocked(file: string): boolean {
  const probe = new SQLite(file, { timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw err;
  } finally {
    probe.close();
  }
}

/**
 * Resolves once `p` has settled or, on PostgreSQL, someone waits for a lock (`second` blocked by `first`).
 * On SQLite `second` never waits for `first` here (it runs in between only when the write lock is free),
 * and `first`'s one connection is busy with the paused statement, so nothing is asked of it.
 */
async function settledOrWaiting(rdb: ReviewDb, p: Promise<unknown>): Promise<void> {
  if (rdb.dialect === 'sqlite') return void (await p.catch(() => undefined));
  let settled = false;
  p.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled && !(await someoneWaits(rdb))) await delay(5);
}

/** A plugin that calls `during` once, after the `nth` statement matching `at` has run and before `first` sees its result. */
function pauseAfter(compile: (node: RootOperationNode, id: QueryId) => string, at: RegExp, nth: number, during: () => Promise<void>): KyselyPlugin {
  let hit: QueryId | undefined;
  let seen = 0;
  return {
    transformQuery({ node, queryId }) {
      if (hit === undefined && at.test(compile(node, queryId)) && ++seen === nth) hit = queryId;
      return node;
    },
    async transformResult({ queryId, result }) {
      if (queryId === hit) await during();
      return result;
    },
  };
}

/** `at`: the statement after which `first` pauses (its `nth` match, default the first). */
export async function interleave<A, B>(rdb: ReviewDb, at: RegExp | { sql: RegExp; nth: number }, first: (rdb: ReviewDb) => Promise<A>, second: () => Promise<B>): Promise<Interleaved<A, B>> {
  const { sql: pattern, nth } = at instanceof RegExp ? { sql: at, nth: 1 } : at;
  let started: Promise<B> | undefined;
  let ran: Interleaved<A, B>['ran'] = 'unmatched';
  const executor = rdb.db.getExecutor();
  const plugin = pauseAfter((node, id) => executor.compileQuery(node, id).sql, pattern, nth, async () => {
    ran = 'after';
    if (rdb.dialect === 'sqlite' && sqliteWriteLocked(rdb.where)) return;
    ran = 'between';
    started = second();
    await settledOrWaiting(rdb, started);
  });
  const a = first({ ...rdb, db: rdb.db.withPlugin(plugin) });
  const [firstResult] = await Promise.allSettled([a]);
  started ??= second();
  const [secondResult] = await Promise.allSettled([started]);
  return { first: firstResult, second: secondResult, ran };
}
