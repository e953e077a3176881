// Limits of the review's free-text fields, in characters (Unicode code points), counted as the post
// text limit (NETRA_MAX_TEXT_LENGTH) is. The API schemas refuse longer input and the store checks the
// same limits again instead of cutting: a cut by UTF-16 units can split an emoji into a lone surrogate.
import { tooLongProblem } from '../pipeline/limits.js';

export const TEXT_LIMITS = {
  /** A decision's reason. */
  reason: 2000,
  /** A note's text. */
  note: 4000,
  /** The reason given for deleting an item (kept in the audit log). */
  deleteReason: 500,
} as const;

/** The most an item's author may hold: the API's limit, and where the batch CLI's --author-field cuts. */
export const AUTHOR_MAX_LENGTH = 200;

export { tooLongProblem };

/** Input the store refuses that reached it unvalidated; the API answers it as a 400 naming `field`. */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

/** Input over a limit that reached the store unvalidated. */
export class TooLongError extends StoreInputError {
  override name = 'TooLongError';
}

export function assertFits(field: string, value: string, max: number): void {
  const problem = tooLongProblem(value, max);
  if (problem) throw new TooLongError(field, problem);
}
