// Audit rows for keys refused at the door: by the review API (`key_failed`) and at the page's login
// form (`login_failed`), and for valid keys the API refused for their role (`role_refused`, a 403: role
// probing, written as the key's actor, with the role needed as the reason). All are aggregated so that failures cannot flood the append-only log: each
// write is a transaction (an fsync on SQLite) that can never be deleted, and the throttle bounds
// failures per address, not across many addresses.
//
// - At most one row per (actor, key id, reason) per minute: the first failure of that minute is written at
//   once; later ones are counted here, and the next row of that key id and reason carries their number
//   (`unrecorded_before`). A minute that ended with counts and no later failure to carry them is written
//   by flushEnded(), which the review mount runs every minute (`cause: "minute_ended"`), and counts
//   still held when the service stops by flush() (`cause: "shutdown"`; one row each, `unrecorded`): a
//   crash loses at most the last two minutes' counts.
// - `key_id` only names a stored key (wrong secret, expired, revoked). An unknown or malformed key is
//   recorded with key_id null: its id is whatever the client made up, so keeping it would let anyone
//   fill the log with rows (and text) of their choosing, and tells an admin nothing.
// - Never the secret, and never the client's address (personal data); the API's route is the template
//   (`GET /items/:id`), not the URL, so no path the client typed is kept either.
import type { ReviewDb } from '../db/open.js';
import type { KeyFailure } from '../keys.js';
import type { Role } from '../roles.js';
import { appendAudit, type AuditAction } from '../store/audit.js';
import { LOGIN_FORM_ACTOR } from '../sessions.js';
import { writeTx } from '../store/tx.js';

/** Who a refused key is in the log: nobody proved who they are, so the API, not a key. */
export const API_KEY_ACTOR = 'api:review';

export interface FailedKeyAuditOptions {
  windowMs?: number;
  now?: () => number;
  /** Who writes the rows, and as which action: the API's `key_failed` by default. */
  actor?: string;
  action?: Extract<AuditAction, 'key_failed' | 'login_failed'>;
}

/** Why a key was refused; `no_key`: the login form was sent with none typed; `needs_<role>`: a valid key below the route's role. */
export type RefusedKeyReason = KeyFailure | 'no_key' | `needs_${Role}`;

/** A valid key the API refused for its role: who, as the rest of the log names them. */
export interface RoleRefusal {
  actor: string;
  keyId: string;
  needs: Role;
  route: string;
}

/** The login form's `login_failed` rows, aggregated as the API's `key_failed` are. */
export function loginFailedAudit(rdb: ReviewDb, opts: Omit<FailedKeyAuditOptions, 'actor' | 'action'> = {}): FailedKeyAudit {
  return new FailedKeyAudit(rdb, { ...opts, actor: LOGIN_FORM_ACTOR, action: 'login_failed' });
}

/** One actor's refusals of one key id and reason in the current minute. */
interface Bucket {
  actor: string;
  action: AuditAction;
  keyId: string | null;
  reason: RefusedKeyReason;
  /** When its minute ends. */
  until: number;
  /** Refusals since its last row, not written yet. */
  unrecorded: number;
}

export class FailedKeyAudit {
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly actor: string;
  private readonly action: NonNullable<FailedKeyAuditOptions['action']>;
  /** `<actor> <key id or -> <reason>` → when its minute ends and the failures it has not written since its last row. */
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rdb: ReviewDb,
    opts: FailedKeyAuditOptions = {},
  ) {
    this.windowMs = opts.windowMs ?? 60_000;
    this.now = opts.now ?? Date.now;
    this.actor = opts.actor ?? API_KEY_ACTOR;
    this.action = opts.action ?? 'key_failed';
  }

  /**
   * Records one refused key: writes a row, or counts it toward the next row of its key id and reason.
   * `route`: the API's route template (the login form has one route, so its rows name none).
   */
  async record(failure: { reason: RefusedKeyReason; keyId: string | null; route?: string }): Promise<void> {
    const keyId = failure.reason === 'unknown_key' || failure.reason === 'no_key' ? null : failure.keyId;
    await this.count({ actor: this.actor, action: this.action, keyId, reason: failure.reason }, failure.route);
  }

  /** Records a valid key refused for its role (`role_refused`, as the key's actor), aggregated as refused keys are. */
  async recordRole(refusal: RoleRefusal): Promise<void> {
    await this.count({ actor: refusal.actor, action: 'role_refused', keyId: refusal.keyId, reason: `needs_${refusal.needs}` }, refusal.route);
  }

  private async count(who: Omit<Bucket, 'until' | 'unrecorded'>, route: string | undefined): Promise<void> {
    const { keyId } = who;
    const name = `${who.action} ${who.actor} ${keyId ?? '-'} ${who.reason}`;
    const now = this.now();
    const bucket = this.buckets.get(name);
    if (bucket && bucket.until > now) {
      bucket.unrecorded++;
      return;
    }
    // Set before the write, so failures arriving while it runs are counted, not written too.
    this.buckets.set(name, { ...who, until: now + this.windowMs, unrecorded: 0 });
    this.forgetIdle(now);
    const unrecorded = bucket?.unrecorded ?? 0;
    const after = { key_id: keyId, reason: who.reason, ...(route === undefined ? {} : { route }), ...(unrecorded > 0 ? { unrecorded_before: unrecorded } : {}) };
    await this.write(who, after, now);
  }

  /**
   * Writes the failures still held back, one row per key id and reason (`unrecorded`, `cause:
   * "shutdown"`), and forgets them: called when the service stops, so a stop does not lose them.
   */
  async flush(): Promise<void> {
    await this.writeHeld([...this.buckets.keys()], 'shutdown');
  }

  /**
   * Writes the failures held back in minutes that have ended (`cause: "minute_ended"`) and forgets those
   * minutes, so the next failure of that key id and reason starts a row of its own. Run on a timer while
   * the service runs: without it, counts of a minute no later failure followed waited for the shutdown.
   */
  async flushEnded(): Promise<void> {
    const now = this.now();
    await this.writeHeld([...this.buckets].filter(([, b]) => b.until <= now).map(([name]) => name), 'minute_ended');
  }

  /** Forgets the buckets named (before writing, so failures arriving meanwhile start new ones) and writes those with counts. */
  private async writeHeld(names: string[], cause: 'shutdown' | 'minute_ended'): Promise<void> {
    const held = names.map((name) => this.buckets.get(name)!).filter((b) => b.unrecorded > 0);
    for (const name of names) this.buckets.delete(name);
    const now = this.now();
    for (const b of held) await this.write(b, { key_id: b.keyId, reason: b.reason, unrecorded: b.unrecorded, cause }, now);
  }

  private write(who: Pick<Bucket, 'actor' | 'action'>, after: Record<string, unknown>, at: number): Promise<void> {
    return writeTx(this.rdb, (tx) => appendAudit(tx, { itemId: null, actor: who.actor, action: who.action, after, at: new Date(at).toISOString() }));
  }

  /** Buckets are one per stored key and reason at most; still, drop those with nothing left to tell. */
  private forgetIdle(now: number): void {
    if (this.buckets.size <= 1000) return;
    for (const [name, b] of this.buckets) if (b.until <= now && b.unrecorded === 0) this.buckets.delete(name);
  }
}
