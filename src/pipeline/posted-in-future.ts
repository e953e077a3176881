// A posting time later than when its post is scored is no post's: a placeholder (9999-12-31), a typo
// in the year, a wrong zone. A source whose clock runs a little fast stamps a real post seconds or
// minutes ahead, though, and that is not worth a warning. One rule for the service
// (src/service/future-posted-at.ts) and the batch CLI (src/batch/score-chunk.ts).

/** How far ahead of the scoring host's clock a posting time may be before it counts as in the future. */
export const CLOCK_SKEW_TOLERANCE_MS = 5 * 60_000;

/** Whether `postedAtMs` (ms since the epoch; NaN for none) is later than `now` by more than the tolerance. */
export const isPostedInFuture = (postedAtMs: number, now: number): boolean => postedAtMs > now + CLOCK_SKEW_TOLERANCE_MS;
