// Migration 012: items.text_hash and its index items_text_hash, the hash of a batch item's text, so
// dedupe finds a batch post among the items of the same text when the item was queued with what the
// post lacks, or without what it has: an id (an export queued with --id-field, run again without it),
// an author (store/same-post.ts). Neither key holds it: an item with an id is keyed by the id. Written
// for batch items only (the only ones looked up by it). Items stored before it get theirs here: from
// the text, or, once purged, from an id key's last part, which is the same hash (store/dedupe.ts); a
// purged item without an id has none, and is found by its key alone, as before.
import type { Kysely } from 'kysely';
import { sql } from '../db/kysely.js';
import type { Dialect } from '../db/open.js';
import { isBatchSource } from '../store/dedupe.js';
import { purgedTextHash, textHash } from '../store/text-hash.js';

/** Rows read, and updated in one statement, at a time (2 parameters each, well under both dialects' limits). */
const PAGE = 500;

async function fillTextHashes(db: Kysely<any>): Promise<void> {
  for (let after = ''; ; ) {
    const rows: { id: string; source: string; text: string | null; dedupe_key: string }[] = await db
      .selectFrom('items')
      .select(['id', 'source', 'text', 'dedupe_key'])
      .where('id', '>', after)
      .where((eb) => eb.or([eb('source', '=', 'batch'), eb('source', 'like', 'batch:%')]))
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) return;
    const hashes = rows.flatMap((row) => {
      const hash = !isBatchSource(row.source) ? undefined : row.text !== null ? textHash(row.text) : purgedTextHash(row.dedupe_key);
      return hash ? [{ id: row.id, hash }] : [];
    });
    // One statement a page (UPDATE … FROM, on both dialects: SQLite since 3.33; VALUES' columns are
    // column1, column2 on both): one per row took ≈ 36 s for 50,000 items on PostgreSQL (a loaded machine).
    if (hashes.length > 0) {
      const values = sql.join(hashes.map((h) => sql`(${h.id}, ${h.hash})`));
      await sql`UPDATE items SET text_hash = v.column2 FROM (VALUES ${values}) AS v WHERE items.id = v.column1`.execute(db);
    }
    after = rows[rows.length - 1].id;
  }
}

// In the migrations' one transaction (index.ts), the same on both dialects.
export function migration012(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('items').addColumn('text_hash', 'text').execute();
      await fillTextHashes(db);
      await db.schema.createIndex('items_text_hash').on('items').column('text_hash').execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropIndex('items_text_hash').execute();
      await db.schema.alterTable('items').dropColumn('text_hash').execute();
    },
  };
}
