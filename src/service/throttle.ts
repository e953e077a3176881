// Failed-key throttle for the scoring routes, the review API and the login page: after `limit` unknown keys from one client
// (an address; for the review queue, an address or an address and the stored key a refused key names:
// review/keys.ts throttleBucket) within `windowMs`, that client is refused with 429 (and Retry-After) until
// the window ends, before any key is verified. Review keys are long and random, so there this is less about
// guessing than about the cost of each verification (scrypt) and about noticing a misbehaving client.
import { BoundedCache } from '../text/lru.js';
import { addressBucket } from './address-bucket.js';

export interface ThrottleOptions {
  limit?: number;
  windowMs?: number;
  /**
   * Addresses remembered at most. When full, the half not seen for longest is forgotten at once
   * (two generations, as in text/lru.ts: FIFO eviction from one Map slows every new address once full).
   */
  maxClients?: number;
  now?: () => number;
}

export class FailedAuthThrottle {
  readonly limit: number;
  readonly windowMs: number;
  private readonly now: () => number;
  /**
   * Client address → failures in the current window and when that window ends. An expired entry is
   * left in place (the cache has no delete, and it is bounded anyway): it reads as no failures.
   */
  private readonly failures: BoundedCache<string, { count: number; resetAt: number }>;

  constructor(opts: ThrottleOptions = {}) {
    this.limit = opts.limit ?? 20;
    this.windowMs = opts.windowMs ?? 10 * 60_000;
    this.failures = new BoundedCache(opts.maxClients ?? 10_000);
    this.now = opts.now ?? Date.now;
  }

  /** Whole seconds until `client` may try again; 0 when it may try now. */
  retryAfter(client: string): number {
    const entry = this.failures.get(client);
    if (!entry) return 0;
    const left = entry.resetAt - this.now();
    if (left <= 0) return 0;
    return entry.count >= this.limit ? Math.ceil(left / 1000) : 0;
  }

  /** Each client's last queued attempt: a client's attempts run one at a time (see attempt()). */
  private readonly queues = new Map<string, Promise<unknown>>();

  /**
   * One authentication attempt from `client`: refused without calling `verify` while the client is
   * blocked; a failed verification (undefined) counts against it. A client's attempts run one after
   * another, each checking the block when its turn comes: otherwise many sent at once would all pass
   * the check before the first failure was counted, and each would cost a scrypt verification.
   */
  attempt<T>(client: string, verify: () => Promise<T | undefined>): Promise<{ retryAfter: number; result?: T }> {
    const run = async (): Promise<{ retryAfter: number; result?: T }> => {
      const retryAfter = this.retryAfter(client);
      if (retryAfter > 0) return { retryAfter };
      const result = await verify();
      if (result === undefined) this.fail(client);
      return { retryAfter: 0, result };
    };
    const before = this.queues.get(client);
    const mine = before ? before.then(run, run) : run();
    const settled = mine.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(client, settled);
    void settled.then(() => {
      if (this.queues.get(client) === settled) this.queues.delete(client);
    });
    return mine;
  }

  /** Entries held, at most `maxClients` (an address seen again in both generations counts twice; expired ones count until forgotten). */
  get remembered(): number {
    return this.failures.size;
  }

  fail(client: string): void {
    const now = this.now();
    const entry = this.failures.get(client);
    if (entry && entry.resetAt > now) {
      entry.count++; // the same object in either generation: get() has already made it young
      return;
    }
    this.failures.set(client, { count: 1, resetAt: now + this.windowMs });
  }
}

/** The client a request came from: X-Forwarded-For only through proxies NETRA_TRUST_PROXY names; an IPv6 one by its /64. */
export function clientAddress(req: { ip?: string; socket?: { remoteAddress?: string } }): string {
  return addressBucket(req.ip ?? req.socket?.remoteAddress ?? 'unknown');
}
