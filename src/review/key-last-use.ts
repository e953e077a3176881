// When a key was last accepted (api_keys.last_used_at), by the API, the login form or a page of a web
// session opened with it, for `keys list` and GET /v1/review/keys: an admin can tell a key nobody uses
// any more (revoke it) from one in use. Written at most once a
// minute per key and process: a client sending a request a second would otherwise turn every read
// into a write transaction (an fsync on SQLite). The update also skips a row another replica
// stamped within the minute, so replicas add no writes either.
import type { ReviewDb } from './db/open.js';
import { writeTx } from './store/tx.js';

const EVERY_MS = 60_000;
/** Key id → when this process last stamped it (ms since the epoch). */
const stamped = new Map<string, number>();

/** Notes that `keyId` was accepted now; a failed write is no reason to refuse the request. */
export async function noteKeyUse(rdb: ReviewDb, keyId: string): Promise<void> {
  const now = Date.now();
  const last = stamped.get(keyId);
  if (last !== undefined && now - last < EVERY_MS && now >= last) return;
  if (stamped.size > 10_000) stamped.clear(); // one entry per stored key; bounded all the same
  stamped.set(keyId, now);
  const at = new Date(now).toISOString();
  const due = new Date(now - EVERY_MS).toISOString();
  await writeTx(rdb, (tx) =>
    tx
      .updateTable('api_keys')
      .set({ last_used_at: at })
      .where('id', '=', keyId)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', due)]))
      .execute(),
  ).catch(() => stamped.delete(keyId)); // try again on the next request
}
