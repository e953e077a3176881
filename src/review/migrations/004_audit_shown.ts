// Migration 004: audit_shown, which items each queue-page `read` showed (item id → the entry's seq).
// Such an entry is of no item (item_id NULL) and names the items only inside its JSON `after.ids`
// (up to 500 ids, ~20 KB), so "who was shown item X" (`?item=X`, the case file) could only scan that
// JSON. The log stays the source of truth: audit_shown is an index of it, written in the same
// transaction as the entry, append-only like it, and with no foreign key to items, so the reads of a
// deleted item stay found as its other kept entries do. Up fills it from the entries already logged.
import type { Kysely } from 'kysely';
import { sql } from '../db/kysely.js';
import type { Dialect } from '../db/open.js';

export function migration004(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // (item_id, seq) is the only lookup; on SQLite WITHOUT ROWID makes the key the table itself.
      let create = db.schema
        .createTable('audit_shown')
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('seq', dialect === 'sqlite' ? 'integer' : 'bigint', (c) => c.notNull().references('audit.seq'))
        .addPrimaryKeyConstraint('audit_shown_pkey', ['item_id', 'seq']);
      if (dialect === 'sqlite') create = create.modifyEnd(sql`WITHOUT ROWID`);
      await create.execute();
      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER audit_shown_no_update BEFORE UPDATE ON audit_shown BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(db);
        await sql`CREATE TRIGGER audit_shown_no_delete BEFORE DELETE ON audit_shown BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(db);
        await sql`INSERT INTO audit_shown (item_id, seq)
          SELECT DISTINCT j.value, a.seq FROM audit a, json_each(a.after, '$.ids') j
          WHERE a.action = 'read' AND a.item_id IS NULL AND json_valid(a.after) AND json_type(a.after, '$.ids') = 'array' AND j.type = 'text'`.execute(db);
      } else {
        // 001's function: it raises for any row of any table it is attached to.
        await sql`CREATE TRIGGER audit_shown_append_only BEFORE UPDATE OR DELETE ON audit_shown FOR EACH ROW EXECUTE FUNCTION netra_audit_append_only()`.execute(db);
        await sql`INSERT INTO audit_shown (item_id, seq)
          SELECT DISTINCT j.id, a.seq FROM audit a
          CROSS JOIN LATERAL json_array_elements_text(CASE WHEN json_typeof(a.after::json -> 'ids') = 'array' THEN a.after::json -> 'ids' ELSE '[]'::json END) AS j(id)
          WHERE a.action = 'read' AND a.item_id IS NULL AND a.after IS NOT NULL`.execute(db);
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      // Its triggers go with it; the log itself is untouched.
      await db.schema.dropTable('audit_shown').execute();
    },
  };
}
