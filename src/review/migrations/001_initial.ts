// Migration 001: items, decisions, notes, the append-only audit log, API keys and web sessions.
import type { Kysely } from 'kysely';
import { sql } from '../db/kysely.js';
import type { Dialect } from '../db/open.js';

export function migration001(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text')
        .addColumn('author', 'text')
        .addColumn('text', 'text')
        .addColumn('posted_at', 'text')
        .addColumn('election', 'text')
        .addColumn('stage', 'text')
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('risk', 'double precision', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('scores', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('mentions', 'text', (c) => c.notNull())
        .addColumn('model_version', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('assignee', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('purged_at', 'text')
        .execute();
      await db.schema.createIndex('items_queue').on('items').columns(['risk desc', 'id']).execute();
      await db.schema.createIndex('items_status').on('items').columns(['status', 'risk desc', 'id']).execute();
      await db.schema.createIndex('items_decided').on('items').columns(['decided_at']).execute();

      await db.schema
        .createTable('decisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('reviewer_label', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('reviewer', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('decisions_item').on('decisions').columns(['item_id', 'created_at']).execute();

      await db.schema
        .createTable('notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('text', 'text')
        .addColumn('suggested_label', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('notes_item').on('notes').columns(['item_id']).execute();

      // The audit log has no foreign key: it outlives deleted items.
      await db.schema
        .createTable('audit')
        .addColumn('seq', dialect === 'sqlite' ? 'integer' : 'bigserial', (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('item_id', 'text')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_item').on('audit').columns(['item_id', 'seq']).execute();
      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(db);
        await sql`CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(db);
      } else {
        await sql`CREATE FUNCTION netra_audit_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$ LANGUAGE plpgsql`.execute(db);
        await sql`CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION netra_audit_append_only()`.execute(db);
      }

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('salt', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('key_id', 'text', (c) => c.notNull().references('api_keys.id').onDelete('cascade'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
