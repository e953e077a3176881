// A postedAt later than when the post is scored is no post's: a placeholder (9999-12-31), a typo in the
// year, a wrong zone. It is valid RFC 3339, so the post is scored with it, as `netra score` scores such
// a record (and warns of it, docs/batch.md); the answer says so in `warnings`, and /metrics counts it.
// A few minutes ahead is a fast clock, not a wrong field (src/pipeline/posted-in-future.ts).
import { isPostedInFuture } from '../pipeline/posted-in-future.js';

export const FUTURE_POSTED_AT = 'urn:netra:warning:posted-at-in-future';

/** Something the caller should know about a post that was still scored. */
export interface ScoreWarning {
  type: string;
  /** The field at fault, named as errors name it (`postedAt`, `items[3].postedAt`). */
  field: string;
  message: string;
}

const MESSAGE =
  'is later than when the post was scored: no post is made in the future, so the field holds something else ' +
  '(a placeholder such as 9999-12-31, a typo in the year, a wrong zone); the post was scored with that time, ' +
  'so its election stage, and the race a post without an election is given to, may be wrong';

/** The warning for `postedAt` when it is later than `now` (ms since the epoch) past the clock-skew tolerance, else undefined. */
export function futurePostedAtWarning(postedAt: string | undefined, now: number, field: string): ScoreWarning | undefined {
  if (postedAt === undefined || !isPostedInFuture(Date.parse(postedAt), now)) return undefined;
  return { type: FUTURE_POSTED_AT, field, message: MESSAGE };
}
