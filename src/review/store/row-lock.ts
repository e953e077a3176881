// Row locks for a read that a write in the same transaction depends on. PostgreSQL reads committed data
// without locks (READ COMMITTED), so between a transaction's read and its write another one can change
// or delete the rows read. A locking read waits for a transaction changing a row to end, then re-reads
// it (a row deleted or no longer matching the query is left out), and holds it until its own ends.
// SQLite's BEGIN IMMEDIATE already serializes writers.
import type { ReviewDb } from '../db/open.js';

/** The query's rows locked for a change (PostgreSQL): another change waits until this transaction ends. */
export function forChange<Q extends { forUpdate(): Q }>(rdb: ReviewDb, query: Q): Q {
  return rdb.dialect === 'postgres' ? query.forUpdate() : query;
}

/**
 * The query's rows kept as read until the transaction ends (PostgreSQL, FOR SHARE): a deletion or a purge
 * waits, while other readers do not.
 */
export function forKeeping<Q extends { forShare(): Q }>(rdb: ReviewDb, query: Q): Q {
  return rdb.dialect === 'postgres' ? query.forShare() : query;
}
