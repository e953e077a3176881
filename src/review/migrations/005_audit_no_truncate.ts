// Migration 005: the audit log (`audit`, `audit_shown`) cannot be emptied with TRUNCATE on PostgreSQL.
// 001 and 004 reject UPDATE and DELETE row by row, but TRUNCATE fires no row trigger, so one statement
// (or `TRUNCATE audit CASCADE`) cleared the append-only log. A statement-level BEFORE TRUNCATE trigger
// on each table refuses it, with 001's function (it raises whatever it is attached to). SQLite has no
// TRUNCATE: its `DELETE FROM audit` without WHERE still fires the row triggers, so nothing to add there.
import type { Kysely } from 'kysely';
import { sql } from '../db/kysely.js';
import type { Dialect } from '../db/open.js';

// Plain DDL, run inside the migrations' one transaction (index.ts), as 001–004.
export function migration005(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'postgres') return;
      await sql`CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION netra_audit_append_only()`.execute(db);
      await sql`CREATE TRIGGER audit_shown_no_truncate BEFORE TRUNCATE ON audit_shown FOR EACH STATEMENT EXECUTE FUNCTION netra_audit_append_only()`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'postgres') return;
      await sql`DROP TRIGGER audit_shown_no_truncate ON audit_shown`.execute(db);
      await sql`DROP TRIGGER audit_no_truncate ON audit`.execute(db);
    },
  };
}
