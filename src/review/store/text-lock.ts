// Enqueues of one post take turns on PostgreSQL, whichever key each stores it under. A batch post is
// also its item when only the lookups of dedupe.ts and same-post.ts say so (sent once with its id and
// once without), and under READ COMMITTED two transactions looking each other's post up before either
// commits both find nothing and both insert. Every such lookup matches the same text (sameText), so a
// transaction-scoped advisory lock on the text's hash, taken before the lookups, makes the second wait
// for the first to commit, then find its item. SQLite's BEGIN IMMEDIATE already serializes writers.
import type { ReviewDb } from '../db/open.js';
import { sql } from '../db/kysely.js';
import { textHash } from './text-hash.js';
import type { Tx } from './tx.js';

/** The advisory locks' first key: their own class, apart from any other lock (Kysely's migration lock has one key). */
const TEXT_LOCK_CLASS = 0x6e747278; // "ntrx"

/** The text's lock key: 32 bits of its hash (two texts sharing one only wait for each other). */
const lockKey = (text: string): number => Number.parseInt(textHash(text).slice(0, 8), 16) | 0;

/**
 * Locks the texts until the transaction ends, in key order, so two jobs with overlapping posts wait for
 * each other in the same order, never in a cycle.
 */
export async function lockTexts(rdb: ReviewDb, tx: Tx, texts: readonly string[]): Promise<void> {
  if (rdb.dialect !== 'postgres' || texts.length === 0) return;
  const keys = [...new Set(texts.map(lockKey))].sort((a, b) => a - b);
  await sql`SELECT pg_advisory_xact_lock(${TEXT_LOCK_CLASS}::int4, k) FROM unnest(${keys}::int4[]) AS k`.execute(tx);
}
