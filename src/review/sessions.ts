// Web sessions: a random token in an HttpOnly cookie; the database stores only its sha256, the key id
// and the session's CSRF token. Sessions live in the database so stateless replicas share them.
// Starting and ending one is audited (`login`, `logout`), each row in the same transaction as the
// change, so who had a session when can be read from the log: a login's row says how long it lasts,
// a logout's when it ended sooner. A key refused at the login form is `login_failed`, aggregated
// with the API's refused keys (http/failed-key-audit.ts).
// Reading a session stamps its key's last use (key-last-use.ts), as a key the API accepts.
import { createHash, randomBytes } from 'node:crypto';
import type { ReviewDb } from './db/open.js';
import { keyById } from './keys.js';
import { isExpired } from './key-expiry.js';
import { noteKeyUse } from './key-last-use.js';
import { actorOf, type Principal } from './roles.js';
import { appendAudit } from './store/audit.js';
import { writeTx } from './store/tx.js';
import { forKeeping } from './store/row-lock.js';

export const SESSION_HOURS = 12;
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Who a failed login is in the log: nobody proved who they are, so the form, not a key. */
export const LOGIN_FORM_ACTOR = 'web:login';

export async function createSession(rdb: ReviewDb, keyId: string): Promise<{ token: string; csrf: string; expires: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const now = new Date();
  const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await writeTx(rdb, async (tx) => {
    const key = await tx.selectFrom('api_keys').select('name').where('id', '=', keyId).executeTakeFirstOrThrow();
    await tx.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
    await tx.insertInto('sessions').values({ token_hash: sha(token), key_id: keyId, csrf, created_at: now.toISOString(), expires_at: expires.toISOString() }).execute();
    await appendAudit(tx, { itemId: null, actor: actorOf({ keyId, name: key.name }), action: 'login', after: { session_hours: SESSION_HOURS }, at: now.toISOString() });
  });
  return { token, csrf, expires };
}

export async function readSession(rdb: ReviewDb, token: string): Promise<{ principal: Principal; csrf: string } | undefined> {
  const row = await rdb.db.selectFrom('sessions').selectAll().where('token_hash', '=', sha(token)).executeTakeFirst();
  if (!row || row.expires_at < new Date().toISOString()) return undefined;
  const principal = await keyById(rdb, row.key_id);
  if (!principal) return undefined;
  // A session's pages are its key in use: a reviewer logged in all day must not leave the key looking
  // unused (what an admin reads before revoking keys). At most once a minute, as for the API.
  await noteKeyUse(rdb, row.key_id);
  return { principal, csrf: row.csrf };
}

/**
 * Why a session that no longer opens the page ended with its key: `revoked` or `expired`; undefined
 * when the key is still good (the session's own 12 hours ran out, a logout ended it, or it never was).
 * A revoked key's sessions are kept (dead: keyById refuses the key) so that this can be told.
 */
export async function sessionKeyEnded(rdb: ReviewDb, token: string): Promise<'revoked' | 'expired' | undefined> {
  const key = await rdb.db
    .selectFrom('sessions')
    .innerJoin('api_keys', 'api_keys.id', 'sessions.key_id')
    .select(['api_keys.revoked_at', 'api_keys.expires_at'])
    .where('sessions.token_hash', '=', sha(token))
    .executeTakeFirst();
  return key?.revoked_at ? 'revoked' : key && isExpired(key.expires_at) ? 'expired' : undefined;
}

/**
 * Ends the session, audited as its key's `logout` when there was one to end; `cause` says why: the
 * reviewer logged out, or a login on the same browser replaced it (`replaced`).
 */
export async function endSession(rdb: ReviewDb, token: string, cause: 'logout' | 'replaced' = 'logout'): Promise<void> {
  await writeTx(rdb, async (tx) => {
    // One statement reads and deletes the session: of two logouts at once (a double click, two tabs)
    // only one finds it, where a read and then a delete let both write a `logout` on PostgreSQL.
    const ended = await tx.deleteFrom('sessions').where('token_hash', '=', sha(token)).returning('key_id').executeTakeFirst();
    if (!ended) return;
    // The key read with a lock, so a revocation being committed is waited for and seen: no `logout`
    // entry after its `key_revoke`.
    const key = await forKeeping(rdb, tx.selectFrom('api_keys').select(['name', 'revoked_at']).where('id', '=', ended.key_id)).executeTakeFirst();
    // A revoked key's session ended with the revocation (its key_revoke row): no second end is written.
    if (!key || key.revoked_at) return;
    await appendAudit(tx, { itemId: null, actor: actorOf({ keyId: ended.key_id, name: key.name }), action: 'logout', after: { cause } });
  });
}
