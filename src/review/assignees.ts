// Who an item may be assigned to: a reviewer who can decide it, i.e. an active (not revoked, not
// expired) supervisor or admin key, named as the log names them (`<key name>#<key id>`) or by the key
// name alone when exactly one such key has it. Free text let a typo ("sri", "Sari ") create a phantom
// reviewer: an item in review that nobody's page calls theirs (the page compares the holder with the
// session's `name#id`), so everyone must take it over. The holder is stored as the key's actor.
import type { ReviewDb } from './db/open.js';
import { isExpired } from './key-expiry.js';
import { actorOf, hasRole, isRole } from './roles.js';

export type AssigneeMatch = { actor: string } | { problem: string };

/** `given` (trimmed, checked by assigneeProblem) as the actor of the one active reviewer key it names. */
export async function resolveAssignee(rdb: ReviewDb, given: string): Promise<AssigneeMatch> {
  const rows = await rdb.db.selectFrom('api_keys').select(['id', 'name', 'role', 'revoked_at', 'expires_at']).where('revoked_at', 'is', null).execute();
  const reviewers = rows.filter((r) => !isExpired(r.expires_at) && isRole(r.role) && hasRole(r.role, 'supervisor')).map((r) => ({ name: r.name, actor: actorOf({ name: r.name, keyId: r.id }) }));
  const exact = reviewers.find((r) => r.actor === given);
  if (exact) return { actor: exact.actor };
  const named = reviewers.filter((r) => r.name === given);
  if (named.length === 1) return { actor: named[0].actor };
  if (named.length > 1) return { problem: `names ${named.length} reviewer keys (${named.map((r) => r.actor).join(', ')}); give one of them as <key name>#<key id>` };
  return { problem: 'must name an active supervisor or admin key, as <key name>#<key id> (the actor the audit log writes) or its key name alone; no such reviewer' };
}
