// Row locks for a read that a write in the same transaction depends on. PostgreSQL reads committed data
// without locks (READ COMMITTED), so between a transaction's read and its write another one can change
// or delete the rows read; FOR UPDATE makes it wait for that one, then re-reads the rows (a row deleted
// or no longer matching the query is left out). SQLite's BEGIN IMMEDIATE already serializes writers.
import type { ReviewDb } from '../db/open.js';

/** The query's rows locked for a change (PostgreSQL): another change waits until this transaction ends. */
export function forChange<Q extends { forUpdate(): Q }>(rdb: ReviewDb, query: Q): Q {
  return rdb.dialect === 'postgres' ? query.forUpdate() : query;
}
