// Web sessions: a random token in an HttpOnly cookie; the database stores only its sha256, the key id
// and the session's CSRF token. Sessions live in the database so stateless replicas share them.
import { createHash, randomBytes } from 'node:crypto';
import type { ReviewDb } from './db/open.js';
import { keyById } from './keys.js';
import type { Principal } from './roles.js';

export const SESSION_HOURS = 12;
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

export async function createSession(rdb: ReviewDb, keyId: string): Promise<{ token: string; csrf: string; expires: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const now = new Date();
  const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await rdb.db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
  await rdb.db.insertInto('sessions').values({ token_hash: sha(token), key_id: keyId, csrf, created_at: now.toISOString(), expires_at: expires.toISOString() }).execute();
  return { token, csrf, expires };
}

export async function readSession(rdb: ReviewDb, token: string): Promise<{ principal: Principal; csrf: string } | undefined> {
  const row = await rdb.db.selectFrom('sessions').selectAll().where('token_hash', '=', sha(token)).executeTakeFirst();
  if (!row || row.expires_at < new Date().toISOString()) return undefined;
  const principal = await keyById(rdb, row.key_id);
  return principal ? { principal, csrf: row.csrf } : undefined;
}

export async function endSession(rdb: ReviewDb, token: string): Promise<void> {
  await rdb.db.deleteFrom('sessions').where('token_hash', '=', sha(token)).execute();
}
