// API keys: `nrk_<id>_<secret>`. Only a salted scrypt hash of the secret is stored; the full key is
// returned once by createKey. Verified keys are cached in memory for 60 s (by sha256 of the key) so
// a request does not pay scrypt every time; revoking through this process clears the cache. A key may
// have an expiry (key-expiry.ts); like revocation it is read on every request, cached or not. An
// accepted key's last use is noted (key-last-use.ts, at most once a minute per key).
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { ReviewDb } from './db/open.js';
import { appendAudit } from './store/audit.js';
import { nowIso, writeTx } from './store/tx.js';
import { isRole, type Principal, type Role } from './roles.js';
import { keyNameProblem } from './names.js';
import { expiryAfter, isExpired } from './key-expiry.js';
import { noteKeyUse } from './key-last-use.js';
import type { FailedAuthThrottle } from '../service/throttle.js';

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
  /** When the key stops working; null: never. */
  expiresAt: string | null;
  expired: boolean;
  /** When the key was last accepted (to the minute: written at most once a minute); null: never. */
  lastUsedAt: string | null;
}

export { keyNameProblem } from './names.js';

/** A bad key name (the CLI checks names with keyNameProblem first, so there it is a usage error). */
export class KeyNameError extends Error {
  override name = 'KeyNameError';
}

/** `expiresIn`: the key's lifetime (`90d`, `12h`, see key-expiry.ts); without it the key never expires. */
export async function createKey(rdb: ReviewDb, input: { name: string; role: Role; expiresIn?: string }, actor: string): Promise<{ key: string; info: KeyInfo }> {
  const problem = keyNameProblem(input.name);
  if (problem) throw new KeyNameError(`key name ${problem}`);
  const name = input.name.trim();
  if (!isRole(input.role)) throw new Error(`unknown role: ${String(input.role)}`);
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('hex');
  const hash = (await scrypt(secret, salt, 32)).toString('hex');
  const createdAt = nowIso();
  const expiresAt = input.expiresIn === undefined ? null : expiryAfter(input.expiresIn, new Date(createdAt));
  await writeTx(rdb, async (tx) => {
    await tx.insertInto('api_keys').values({ id, name, role: input.role, salt, hash, created_at: createdAt, revoked_at: null, expires_at: expiresAt }).execute();
    await appendAudit(tx, { itemId: null, actor, action: 'key_create', after: { key_id: id, name, role: input.role, ...(expiresAt ? { expires_at: expiresAt } : {}) }, at: createdAt });
  });
  return { key: `nrk_${id}_${secret}`, info: { id, name, role: input.role, createdAt, revokedAt: null, expiresAt, expired: false, lastUsedAt: null } };
}

/** What a key that is not stored is checked against: no secret matches it, and the check costs as much. */
const DUMMY = { salt: '00000000000000000000000000000000', hash: Buffer.alloc(32) };

/**
 * Why a key was refused. `wrong_secret`, `expired` and `revoked` name a stored key; expired and
 * revoked are told only once the secret matched, so they say nothing to whoever lacks the key.
 */
export type KeyFailure = 'unknown_key' | 'wrong_secret' | 'expired' | 'revoked';
/** A key's check: who it is, or why it was refused and which stored key it named (null: none). */
export type KeyCheck = { principal: Principal } | { failure: KeyFailure; keyId: string | null };

/** The cache's key for a key as given: a hash, so no secret is kept in memory as typed. */
const fingerprint = (key: string): string => createHash('sha256').update(key.trim()).digest('hex');

/**
 * A key as presented, read once per request (the throttle's bucket and the check both use it): its id,
 * secret and cache fingerprint when it has the key's form.
 */
type PresentedKey = { text: string; id: string; secret: string; fp: string } | { text: string; id?: undefined };

function presentedKey(text: string): PresentedKey {
  const m = KEY_RE.exec(text.trim());
  return m ? { text, id: m[1], secret: m[2], fp: fingerprint(text) } : { text };
}

export function checkKey(rdb: ReviewDb, key: string): Promise<KeyCheck> {
  return checkPresented(rdb, presentedKey(key));
}

async function checkPresented(rdb: ReviewDb, key: PresentedKey): Promise<KeyCheck> {
  if (key.id === undefined) {
    // A malformed key pays the hash too: otherwise a quick refusal would set it apart from a well-formed one.
    await scrypt(key.text, DUMMY.salt, 32);
    return { failure: 'unknown_key', keyId: null };
  }
  const fp = key.fp;
  const hit = cache.get(fp);
  if (hit && hit.until > Date.now()) {
    // The cache saves the scrypt check only: revocation and expiry are read every time (one
    // primary-key lookup), so a key revoked by `keys revoke` or another replica stops working at once.
    const live = await rdb.db.selectFrom('api_keys').select(['revoked_at', 'expires_at']).where('id', '=', hit.principal.keyId).executeTakeFirst();
    const refused = !live ? 'unknown_key' : live.revoked_at ? 'revoked' : isExpired(live.expires_at) ? 'expired' : undefined;
    if (!refused) {
      await noteKeyUse(rdb, hit.principal.keyId);
      return { principal: hit.principal };
    }
    cache.delete(fp);
    return { failure: refused, keyId: live ? hit.principal.keyId : null };
  }
  const row = await rdb.db.selectFrom('api_keys').selectAll().where('id', '=', key.id).executeTakeFirst();
  const stored = row && isRole(row.role) ? row : undefined;
  // An unknown id costs the same scrypt as a wrong secret (against a dummy hash), so the answer's
  // time does not tell which key ids exist.
  const got = await scrypt(key.secret, stored?.salt ?? DUMMY.salt, 32);
  const want = stored ? Buffer.from(stored.hash, 'hex') : DUMMY.hash;
  if (!stored) return { failure: 'unknown_key', keyId: null };
  if (got.length !== want.length || !timingSafeEqual(got, want)) return { failure: 'wrong_secret', keyId: stored.id };
  if (stored.revoked_at) return { failure: 'revoked', keyId: stored.id };
  if (isExpired(stored.expires_at)) return { failure: 'expired', keyId: stored.id };
  const principal: Principal = { keyId: stored.id, name: stored.name, role: stored.role as Role };
  if (cache.size > 1000) cache.clear();
  cache.set(fp, { principal, until: Date.now() + CACHE_MS });
  await noteKeyUse(rdb, stored.id);
  return { principal };
}

/**
 * What the failed-key throttle counts a key's refusals against: the client address for a key that
 * names no stored key (not of the key's form, or an unknown id: what guessing sends), and the address
 * with the key's id for one that does (a wrong secret, a revoked or expired key). So one client stuck
 * on a revoked key, or sending made-up keys, does not lock out colleagues behind the same address (an
 * office's NAT) whose own keys are valid; guessing stays throttled, since made-up ids all count against
 * the address, and a burst costs at most the limit's scrypt checks for the address and for each stored key.
 */
async function throttleBucket(rdb: ReviewDb, client: string, key: PresentedKey): Promise<string> {
  if (key.id === undefined) return client;
  // A key checked before (in the cache) names a stored key, since keys are revoked, never deleted: the
  // usual request, with a valid key, needs no lookup beyond checkKey's own.
  const stored = cache.has(key.fp) || (await rdb.db.selectFrom('api_keys').select('id').where('id', '=', key.id).executeTakeFirst()) !== undefined;
  return stored ? `${client} key:${key.id}` : client;
}

/**
 * A key checked through the failed-key throttle (a refused or missing key counts against `client`, or
 * against `client` and the stored key it names: throttleBucket): its principal, or why it was refused;
 * neither while that is blocked (`retryAfter` > 0).
 */
export async function checkKeyThrottled(rdb: ReviewDb, throttle: FailedAuthThrottle, client: string, key: string): Promise<{ retryAfter: number; principal?: Principal; refused?: Exclude<KeyCheck, { principal: Principal }> }> {
  let refused: Exclude<KeyCheck, { principal: Principal }> | undefined;
  const presented = key ? presentedKey(key) : undefined;
  const { retryAfter, result: principal } = await throttle.attempt(presented ? await throttleBucket(rdb, client, presented) : client, async () => {
    const check = presented ? await checkPresented(rdb, presented) : undefined;
    if (check && 'principal' in check) return check.principal;
    refused = check;
    return undefined;
  });
  return { retryAfter, principal, refused };
}

/** The key's principal, or undefined when it is refused for any reason. */
export async function verifyKey(rdb: ReviewDb, key: string): Promise<Principal | undefined> {
  const c = await checkKey(rdb, key);
  return 'principal' in c ? c.principal : undefined;
}

/** Look a key up by id (for sessions, which store the key id, not the key). */
export async function keyById(rdb: ReviewDb, id: string): Promise<Principal | undefined> {
  const row = await rdb.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  // A session ends with its key: revoked, or expired since the login.
  if (!row || row.revoked_at || isExpired(row.expires_at) || !isRole(row.role)) return undefined;
  return { keyId: row.id, name: row.name, role: row.role };
}

export async function listKeys(rdb: ReviewDb): Promise<KeyInfo[]> {
  const rows = await rdb.db.selectFrom('api_keys').select(['id', 'name', 'role', 'created_at', 'revoked_at', 'expires_at', 'last_used_at']).orderBy('created_at').execute();
  const now = Date.now();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Role, createdAt: r.created_at, revokedAt: r.revoked_at, expiresAt: r.expires_at, expired: isExpired(r.expires_at, now), lastUsedAt: r.last_used_at }));
}

export async function revokeKey(rdb: ReviewDb, id: string, actor: string): Promise<boolean> {
  const done = await writeTx(rdb, async (tx) => {
    const at = nowIso();
    const res = await tx.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return false;
    // Its sessions stop at once (keyById refuses a revoked key) but are kept until they expire, so a
    // form sent from one is told the key was revoked, not only that the session ended (sessionKeyEnded).
    await appendAudit(tx, { itemId: null, actor, action: 'key_revoke', after: { key_id: id }, at });
    return true;
  });
  for (const [fp, v] of cache) if (v.principal.keyId === id) cache.delete(fp);
  return done;
}
