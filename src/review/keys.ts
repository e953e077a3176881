// API keys: `nrk_<id>_<secret>`. Only a salted scrypt hash of the secret is stored; the full key is
// returned once by createKey. Verified keys are cached in memory for 60 s (by sha256 of the key) so
// a request does not pay scrypt every time; revoking through this process clears the cache.
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { ReviewDb } from './db/open.js';
import { appendAudit } from './store/audit.js';
import { nowIso, writeTx } from './store/tx.js';
import { isRole, type Principal, type Role } from './roles.js';
import { keyNameProblem } from './names.js';

const scrypt = promisify(scryptCb) as (pw: string | Buffer, salt: string | Buffer, len: number) => Promise<Buffer>;
const KEY_RE = /^nrk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const CACHE_MS = 60_000;
const cache = new Map<string, { principal: Principal; until: number }>();

export interface KeyInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

export { keyNameProblem } from './names.js';

/** A bad key name (the CLI checks names with keyNameProblem first, so there it is a usage error). */
export class KeyNameError extends Error {
  override name = 'KeyNameError';
}

export async function createKey(rdb: ReviewDb, input: { name: string; role: Role }, actor: string): Promise<{ key: string; info: KeyInfo }> {
  const problem = keyNameProblem(input.name);
  if (problem) throw new KeyNameError(`key name ${problem}`);
  const name = input.name.trim();
  if (!isRole(input.role)) throw new Error(`unknown role: ${String(input.role)}`);
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('hex');
  const hash = (await scrypt(secret, salt, 32)).toString('hex');
  const createdAt = nowIso();
  await writeTx(rdb, async (tx) => {
    await tx.insertInto('api_keys').values({ id, name, role: input.role, salt, hash, created_at: createdAt, revoked_at: null }).execute();
    await appendAudit(tx, { itemId: null, actor, action: 'key_create', after: { key_id: id, name, role: input.role }, at: createdAt });
  });
  return { key: `nrk_${id}_${secret}`, info: { id, name, role: input.role, createdAt, revokedAt: null } };
}

/** What a key that is not stored is checked against: no secret matches it, and the check costs as much. */
const DUMMY = { salt: '00000000000000000000000000000000', hash: Buffer.alloc(32) };

export async function verifyKey(rdb: ReviewDb, key: string): Promise<Principal | undefined> {
  const m = KEY_RE.exec(key.trim());
  if (!m) {
    // A malformed key pays the hash too: otherwise a quick refusal would set it apart from a well-formed one.
    await scrypt(key, DUMMY.salt, 32);
    return undefined;
  }
  const fp = createHash('sha256').update(key.trim()).digest('hex');
  const hit = cache.get(fp);
  if (hit && hit.until > Date.now()) {
    // The cache saves the scrypt check only: revocation is read every time (one primary-key lookup),
    // so a key revoked by `keys revoke` or another replica stops working at once, not a minute later.
    const live = await rdb.db.selectFrom('api_keys').select('revoked_at').where('id', '=', hit.principal.keyId).executeTakeFirst();
    if (live && !live.revoked_at) return hit.principal;
    cache.delete(fp);
    return undefined;
  }
  const row = await rdb.db.selectFrom('api_keys').selectAll().where('id', '=', m[1]).executeTakeFirst();
  const live = row && !row.revoked_at && isRole(row.role) ? row : undefined;
  // An unknown or revoked id costs the same scrypt as a wrong secret (against a dummy hash), so the
  // answer's time does not tell which key ids exist.
  const got = await scrypt(m[2], live?.salt ?? DUMMY.salt, 32);
  const want = live ? Buffer.from(live.hash, 'hex') : DUMMY.hash;
  if (!live || got.length !== want.length || !timingSafeEqual(got, want)) return undefined;
  const principal: Principal = { keyId: live.id, name: live.name, role: live.role as Role };
  if (cache.size > 1000) cache.clear();
  cache.set(fp, { principal, until: Date.now() + CACHE_MS });
  return principal;
}

/** Look a key up by id (for sessions, which store the key id, not the key). */
export async function keyById(rdb: ReviewDb, id: string): Promise<Principal | undefined> {
  const row = await rdb.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.revoked_at || !isRole(row.role)) return undefined;
  return { keyId: row.id, name: row.name, role: row.role };
}

export async function listKeys(rdb: ReviewDb): Promise<KeyInfo[]> {
  const rows = await rdb.db.selectFrom('api_keys').select(['id', 'name', 'role', 'created_at', 'revoked_at']).orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Role, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

export async function revokeKey(rdb: ReviewDb, id: string, actor: string): Promise<boolean> {
  const done = await writeTx(rdb, async (tx) => {
    const at = nowIso();
    const res = await tx.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return false;
    await tx.deleteFrom('sessions').where('key_id', '=', id).execute();
    await appendAudit(tx, { itemId: null, actor, action: 'key_revoke', after: { key_id: id }, at });
    return true;
  });
  for (const [fp, v] of cache) if (v.principal.keyId === id) cache.delete(fp);
  return done;
}
