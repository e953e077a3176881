// Key lifetimes. A key is given one when it is made (`keys create --expires-in 90d`, or POST /keys
// {"expiresIn": "90d"}); stored is the instant it ends. None given: it never expires (null), as keys
// made before migration 006 — a default would end unattended ingest keys some day without a word.

/** Longest lifetime accepted: ten years (a longer one is a typo, or "never", which is no flag). */
const MAX_HOURS = 3650 * 24;
const LIFETIME = /^([1-9][0-9]{0,5})([dh])$/;

/** Why `text` is no lifetime (`90d`, `12h`), or undefined. */
export function lifetimeProblem(text: string): string | undefined {
  const m = LIFETIME.exec(text);
  if (!m) return /^0+[dh]$/.test(text) ? 'must be at least 1h: a key that ends as it is made is no key' : 'must be a whole number of days or hours, such as 90d or 12h';
  return hoursOf(m) > MAX_HOURS ? 'must be at most 3650d (ten years)' : undefined;
}

const hoursOf = (m: RegExpExecArray): number => Number(m[1]) * (m[2] === 'd' ? 24 : 1);

/** The instant (ISO 8601 UTC) a key made at `now` with lifetime `text` expires; throws on a bad lifetime. */
export function expiryAfter(text: string, now: Date = new Date()): string {
  const m = LIFETIME.exec(text);
  const problem = lifetimeProblem(text);
  if (!m || problem) throw new Error(`expiry ${problem}`);
  return new Date(now.getTime() + hoursOf(m) * 3600_000).toISOString();
}

/** Whether a key with this expiry (null: never) has expired at `now`. */
export function isExpired(expiresAt: string | null, now: number = Date.now()): boolean {
  return expiresAt !== null && Date.parse(expiresAt) <= now;
}
