// Request validation with zod. Every failure is reported per field ("text", "items[3].postedAt") so
// the problem response can name it; unknown fields are refused so typos ("posted_at") do not pass
// silently.
import { z } from 'zod';
import type { FieldError } from './problem.js';
import { codePointLength, isBlankText, textTooLongProblem } from '../pipeline/limits.js';
import { parsePostedAt } from '../batch/posted-at.js';

export { codePointLength };

export interface ValidationLimits {
  maxTextLength: number;
  maxBatchItems: number;
}

const DATE_TIME_HINT = 'must be an ISO 8601 date-time with a time zone, e.g. 2024-01-10T09:30:00+07:00 or 2024-01-10T02:30:00Z';
/** The form the API takes; a value in it that zod refuses names no real instant (30 February, hour 24). */
const RFC3339_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const NO_SUCH_DATE = 'names a date or time that does not exist (check the month, the day of the month, the hour, minute, second and zone offset); its form is right';
const postedAtError = (input: unknown): string => (input === null ? NULL_FIELD : typeof input === 'string' && RFC3339_FORM.test(input) ? NO_SUCH_DATE : DATE_TIME_HINT);

/** An optional field sent as null: a client's None for "no value", told what to do instead. */
const NULL_FIELD = 'must be a string, not null: leave the field out when it has no value';
/** The type error of an optional string field: `message`, or NULL_FIELD for a null. */
const typeError = (message: string) => (iss: { input?: unknown }) => (iss.input === null ? NULL_FIELD : message);

/** A caller's id: echoed back, also in a refused batch item's error entry when it passes this. */
export const idSchema = z
  .string({ error: typeError('must be a string') })
  .max(200, 'must be at most 200 characters')
  .refine((id) => !isBlankText(id), 'must not be empty'); // invisible characters alone too, as for text and election

export function scoreRequestSchema(limits: Pick<ValidationLimits, 'maxTextLength'>) {
  return z.strictObject({
    text: z
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a string') })
      .superRefine((text, ctx) => {
        if (isBlankText(text)) {
          ctx.addIssue({ code: 'custom', message: 'must not be empty' });
          return;
        }
        const problem = textTooLongProblem(text, limits.maxTextLength);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    id: idSchema.optional(),
    // A blank election is a malformed field (400), not an election nobody knows (422); blank as for
    // text and the review API's election, invisible characters included.
    election: z
      .string({ error: typeError('must be a string (an election id, see GET /v1/elections)') })
      .max(100, 'must be at most 100 characters')
      .refine((election) => !isBlankText(election), 'must not be empty')
      .optional(),
    // A strict contract: RFC 3339 with a zone (upper-case T and Z, seconds required), not the batch
    // path's lenient reading of exports (lower-case, bare dates, day-first, epoch, zone names). What
    // passes here is then read as the batch path reads it (worker threads re-read it), so the same
    // instant gets the same stage in both, and years before 1900 and zones past ±14:00 are refused
    // here too, rather than scored in one path and failed in the other.
    postedAt: z.iso
      .datetime({ offset: true, error: (iss) => postedAtError(iss.input), abort: true })
      .superRefine((value, ctx) => {
        const read = parsePostedAt(value);
        if ('error' in read) ctx.addIssue({ code: 'custom', message: read.error });
      })
      .optional(),
    author: z.string({ error: typeError('must be a string') }).max(500, 'must be at most 500 characters').optional(),
    source: z.string({ error: typeError('must be a string') }).max(500, 'must be at most 500 characters').optional(),
  });
}

export type ScoreRequest = z.infer<ReturnType<typeof scoreRequestSchema>>;

/** What a batch body whose `items` is not a list is told, on /v1/score/batch and POST /v1/review/items alike. */
export const ITEMS_NOT_ARRAY = 'must be an array';

export function batchRequestSchema(limits: Pick<ValidationLimits, 'maxBatchItems'>) {
  return z.strictObject({
    items: z
      .array(z.unknown(), { error: (iss) => (iss.input === undefined ? 'is required' : ITEMS_NOT_ARRAY) })
      .max(limits.maxBatchItems, {
        // as the text limit names NETRA_MAX_TEXT_LENGTH: the count, the limit and what sets it
        error: (iss) => `has ${Array.isArray(iss.input) ? iss.input.length : 'too many'} items; the limit is ${limits.maxBatchItems} (NETRA_MAX_BATCH_ITEMS sets it): send the rest in another request`,
      }),
  });
}

/** "items[3].postedAt" from a zod path; `prefix` is prepended ("items[3]"). */
export function fieldPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(body)';
}

export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) out.push({ field: fieldPath([...issue.path, k], prefix), message: 'unknown field' });
    } else if (issue.path.length === 0 && issue.code === 'invalid_type') {
      out.push({ field: prefix || '(body)', message: 'must be a JSON object' });
    } else {
      out.push({ field: fieldPath(issue.path, prefix), message: issue.message });
    }
  }
  return out;
}
