// Versioned migrations, applied in name order on start (Kysely's Migrator records them in
// kysely_migration), each run of them in one transaction under a lock, so concurrent replicas
// migrate once and a failed run leaves the database as it was.
import type { Kysely, Migration } from 'kysely';
import { Migrator } from '../db/kysely.js';
import { sqliteImmediate } from '../db/immediate.js';
import type { Dialect } from '../db/open.js';
import { migration001 } from './001_initial.js';
import { migration002 } from './002_items_counts.js';
import { migration003 } from './003_items_purge_due.js';
import { migration004 } from './004_audit_shown.js';
import { migration005 } from './005_audit_no_truncate.js';
import { migration006 } from './006_api_keys_expires.js';
import { migration007 } from './007_api_keys_last_used.js';
import { migration008 } from './008_items_queued.js';
import { migration009 } from './009_items_external_id.js';
import { migration010 } from './010_items_url.js';
import { migration011 } from './011_items_part.js';
import { migration012 } from './012_items_text_hash.js';
import { migration013 } from './013_decisions_supersedes.js';
import { migration014 } from './014_items_decided_first.js';
import { migration015 } from './015_audit_shown_seq.js';

export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001_initial': migration001(dialect),
    '002_items_counts': migration002(dialect),
    '003_items_purge_due': migration003(dialect),
    '004_audit_shown': migration004(dialect),
    '005_audit_no_truncate': migration005(dialect),
    '006_api_keys_expires': migration006(dialect),
    '007_api_keys_last_used': migration007(dialect),
    '008_items_queued': migration008(dialect),
    '009_items_external_id': migration009(dialect),
    '010_items_url': migration010(dialect),
    '011_items_part': migration011(dialect),
    '012_items_text_hash': migration012(dialect),
    '013_decisions_supersedes': migration013(dialect),
    '014_items_decided_first': migration014(dialect),
    '015_audit_shown_seq': migration015(dialect),
  };
}

/** The schema version the code migrates to: its last migration's name. */
export function latestMigration(dialect: Dialect): string {
  return Object.keys(migrations(dialect)).at(-1) as string;
}

/**
 * Kysely's words for a store that has run a migration this code lacks (a rollback to older code after
 * an upgrade migrated it) say "corrupted"; the store is fine, only newer than the code.
 */
function newerStoreError(error: unknown, dialect: Dialect): Error | undefined {
  const m = /^corrupted migrations: previously executed migration (\S+) is missing/.exec(String((error as Error)?.message));
  if (!m) return undefined;
  return new Error(
    `the review store is newer than this netra: it was migrated to ${m[1]}, which this version does not know (it knows up to ${latestMigration(dialect)}); ` +
      'a store cannot be downgraded: run the netra version that migrated it, or restore the backup made before the upgrade (docs/review.md, "Upgrades")',
  );
}

/** Migrates to the latest schema; returns the names of the migrations applied now (none when up to date). */
export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  const run = async (db: Kysely<any>): Promise<string[]> => {
    const { error, results } = await new Migrator({ db, provider: { getMigrations: async () => migrations(dialect) } }).migrateToLatest();
    if (error) throw newerStoreError(error, dialect) ?? (error instanceof Error ? error : new Error(String(error)));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  };
  // PostgreSQL: Kysely runs the migrations in one transaction, under an advisory lock.
  if (dialect === 'postgres') return run(db);
  // SQLite: Kysely runs them outside any transaction (its SqliteAdapter says SQLite has no
  // transactional DDL, which it has) and its lock does nothing, so a failure or crash part-way left a
  // half-migrated file that the next start met as "already exists". One BEGIN IMMEDIATE transaction
  // around the whole run (the kysely_migration tables too) rolls a failure back, and its write lock,
  // taken before the Migrator reads what is done, lets one process migrate at a time: the others wait
  // on busy_timeout and find the migrations recorded. One waiting longer than that retries.
  for (let attempt = 1; ; attempt++) {
    try {
      return await sqliteImmediate(db, run);
    } catch (err) {
      if (!/^SQLITE_BUSY/.test(String((err as { code?: unknown }).code)) || attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}
