// How many decisions exports one process streams at once. On PostgreSQL an export holds one of the
// pool's 10 connections for its whole download (its snapshot, db/snapshot.ts) and briefly a second one
// while its entry is written: ten slow downloads took the whole pool, and decisions and the queue then
// waited for a connection until NETRA_DB_CONNECT_TIMEOUT_MS and failed. Three hold at most six, leaving
// four for everything else. On SQLite an export holds a reader of its own, no pooled connection, but its
// rows are read synchronously on the event loop and it keeps the WAL from being truncated; the same
// bound keeps that small and the rule the same on both stores.
import type { ReviewStore } from '../store/index.js';

export const MAX_EXPORTS_AT_ONCE = 3;

/** What a refused export's Retry-After says: an export of a day's decisions takes seconds, of everything minutes. */
export const EXPORT_RETRY_AFTER_S = 30;

// Per store (one per process; each test's own), so tests on several stores do not share the count.
const streaming = new WeakMap<ReviewStore, number>();

/** A slot for one export of `store`, and the function that frees it (safe to call twice), or undefined when all are taken. */
export function takeExportSlot(store: ReviewStore): (() => void) | undefined {
  const now = streaming.get(store) ?? 0;
  if (now >= MAX_EXPORTS_AT_ONCE) return undefined;
  streaming.set(store, now + 1);
  let freed = false;
  return () => {
    if (freed) return;
    freed = true;
    streaming.set(store, (streaming.get(store) ?? 1) - 1);
  };
}
