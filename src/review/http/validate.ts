// Request bodies and queries for the review API.
import { z } from 'zod';
import { LABELS } from '../../data/labels.js';
import { LEVELS } from '../../decision/level.js';
import { OUTCOMES, STATUSES } from '../db/schema.js';
import { ROLES } from '../roles.js';
import { lifetimeProblem } from '../key-expiry.js';
import { AUDIT_ACTIONS } from '../store/audit.js';
import { fieldErrors, scoreRequestSchema } from '../../service/validation.js';
import { ASSIGNEE_MAX, assigneeProblem, keyNameProblem, UNASSIGNED_FILTER } from '../names.js';
import { badRequest } from './problem.js';
import { AUTHOR_MAX_LENGTH, TEXT_LIMITS, tooLongProblem } from '../limits.js';
import { isBlankText } from '../../pipeline/limits.js';
import { postUrlProblem, URL_MAX_LENGTH } from '../post-url.js';
import { apiSourceProblem } from '../sources.js';
import { isItemId, ITEM_ID_PROBLEM } from '../item-id.js';

// Every rule here says what it wants in its own words, as the scoring routes' schemas do: no zod
// default ("Too big: expected number to be <=500", "Invalid option: expected one of \"new\"|…",
// "Invalid input: expected string, received array") reaches a client (test/review/messages.test.ts
// tries every field of every schema).

/**
 * Where a value comes from: a JSON body, or a query string, whose values are strings and where a
 * parameter given twice (`?status=new&status=escalated`) is a list of them.
 */
type From = 'body' | 'query';
/** The message for a value of the wrong type: missing, given twice in a query, or not `what`. */
const typeError = (from: From, what: string, required = 'is required') => (iss: { input?: unknown }) =>
  iss.input === undefined ? required : from === 'query' && Array.isArray(iss.input) ? 'must be given once' : `must be ${what}`;
/** A string, with the messages above; `required`: what a missing one is told, when "is required" says too little. */
const str = (from: From = 'body', required?: string) => z.string({ error: typeError(from, 'a string', required) });
/** A string of at most `max` UTF-16 units (an id, a filter value): "must be at most 100 characters". */
const shortStr = (max: number, from: From = 'body') => str(from).max(max, `must be at most ${max} characters`);
/** One of `values`, named in the message: "must be one of new, in_review, …"; missing where required, "is required (one of …)". */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, from: From = 'body') => {
  const list = values.join(', ');
  return z.enum(values, { error: typeError(from, `one of ${list}`, `is required (one of ${list})`) });
};

/**
 * A string of at most `max` characters (code points, as JSON Schema's maxLength counts them). With
 * `visible`, a non-empty string must also show something: only whitespace, control and invisible
 * format characters (`\u200b\u200b`, a lone U+202E) is "must not be empty", as for post text.
 * With `filled`, so is the empty string.
 */
const chars = (max: number, opts: { visible?: boolean; filled?: boolean; from?: From; required?: string } = {}) => {
  const visible = opts.visible || opts.filled;
  const rule = [opts.filled ? 'not empty' : '', visible ? 'not only whitespace or invisible characters' : ''].filter(Boolean).join(', ');
  return str(opts.from, opts.required)
    .superRefine((s, ctx) => {
      if (visible && (s !== '' || opts.filled) && isBlankText(s)) return void ctx.addIssue({ code: 'custom', message: 'must not be empty' });
      const problem = tooLongProblem(s, max);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({ ...(opts.filled ? { minLength: 1 } : {}), maxLength: max, description: `At most ${max} characters (code points)${rule ? `; ${rule}` : ''}.` });
};

/**
 * A post to enqueue. Its text and postedAt follow the scoring service's own rules (blank text, the
 * text limit in characters, ISO 8601 with a time zone), so a post /v1/score takes is taken here and
 * gets the same election stage; unknown fields are refused, as there.
 */
export function postSchemaFor(maxTextLength: number) {
  const score = scoreRequestSchema({ maxTextLength }).shape;
  return z.strictObject({
    // The refinements are invisible to JSON Schema; the metadata says the same for the OpenAPI document.
    text: score.text.meta({ minLength: 1, maxLength: maxTextLength, description: `Not empty or blank; at most ${maxTextLength} characters (code points).` }),
    // Counted like the batch CLI's --author-field cut, so an author it enqueues is one the API takes.
    author: chars(AUTHOR_MAX_LENGTH).optional(),
    url: str()
      .superRefine((url, ctx) => {
        const problem = postUrlProblem(url);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional()
      .meta({ maxLength: URL_MAX_LENGTH, description: `The link to the post, for whoever must find it: an http or https URL, at most ${URL_MAX_LENGTH} characters. Purged with the text.` }),
    // The batch CLI's sources are its own: a client's post must not pass for a monitoring-feed record.
    source: chars(100, { filled: true })
      .superRefine((source, ctx) => {
        const problem = apiSourceProblem(source);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional()
      .meta({ minLength: 1, maxLength: 100, description: "Where the post comes from (default api). At most 100 characters (code points); not empty. Not batch or batch:<name>, the batch CLI's feeds." }),
    externalId: chars(200, { filled: true }).optional(),
    postedAt: score.postedAt,
    election: chars(100, { filled: true }).optional(),
  });
}
export type PostBody = z.infer<ReturnType<typeof postSchemaFor>>;

// Bodies are strict: a misspelt field ("lable") is a 400, not a decision stored with the model's label.
export const assignSchema = z.strictObject({
  // Checked like key names, and never "none", which ?assignee= reads as "unassigned".
  assignee: str()
    .superRefine((name, ctx) => {
      const problem = assigneeProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((name) => name.trim())
    .nullable()
    .optional()
    .meta({ description: `Who reviews the item (default: the caller; null unassigns). Trimmed; not blank, at most ${ASSIGNEE_MAX} characters, no control or invisible format characters, not "${UNASSIGNED_FILTER}". Another reviewer must be an active supervisor or admin key, as \`<key name>#<key id>\` or by its key name when only one such key has it; stored as that key's actor.` }),
  fromAssignee: shortStr(ASSIGNEE_MAX)
    .nullable()
    .optional()
    .meta({ description: 'The assignee the caller saw (null: nobody). Needed to take over an item someone else holds; when the item is held by someone else now, 409 naming fromAssignee.' }),
});
// Confirmed means the post is partisan and dismissed that it is not (the stats and retraining read them
// so), so the reviewer's label must agree with the outcome: a confirmed `netral` would train the model
// on a contradiction.
/** An ISO 8601 date-time with a zone, made once (a refine that built it would build it per request). */
const ZONED_TIME = z.iso.datetime({ offset: true });

export const decisionSchema = z
  .strictObject({
    outcome: oneOf(OUTCOMES),
    label: oneOf(LABELS).optional(),
    // Required, as the review page asks for it: a decision (or a correction) nobody can explain later
    // is no basis for a disciplinary letter.
    reason: chars(TEXT_LIMITS.reason, { filled: true, required: 'is required: why the item is confirmed, dismissed or escalated, or the decision corrected (kept with the decision and in the audit log)' }),
    corrects: shortStr(100)
      .optional()
      .meta({ description: 'Corrects a confirmed or dismissed item: the id of the decision in force (its last), which this decision supersedes; that decision stays listed as it was. Required on a confirmed or dismissed item (409 naming corrects without it, or when it names a decision no longer in force: another correction came first, or when retention purged the item\'s text), refused on an open one (409). Any outcome: confirmed, dismissed, escalated (status escalated, held by nobody) or reopened (back to the queue: status new, held by nobody, no label).' }),
    fromStatus: oneOf(STATUSES)
      .optional()
      .meta({ description: 'The item status the reviewer saw. When given and the item is in another status now (someone decided or escalated it meanwhile), the decision is refused with 409 naming fromStatus. Without it, the decision applies to whatever open status the item has.' }),
    fromAssignee: shortStr(ASSIGNEE_MAX)
      .nullable()
      .optional()
      .meta({ description: 'The assignee the reviewer saw (null: nobody; a confirmed or dismissed item is held by nobody). Needed to decide an open item someone else holds (naming them takes it over; left out, 409 naming fromAssignee). When given and the item is held by someone else now (it was taken over meanwhile; a take-over keeps the status in_review), the decision is refused with 409 naming fromAssignee.' }),
    fromUpdatedAt: shortStr(40)
      // not a time at all is a bad request, not a conflict with the item's version; the zone is required,
      // since the store compares instants and a time without one would be read in the server's zone
      .superRefine((v, ctx) => {
        if (ZONED_TIME.safeParse(v).success) return;
        ctx.addIssue({ code: 'custom', message: MINUTE_TIME.test(v.trim()) ? `${NO_SECONDS} (the item's updatedAt as read has them)` : "must be the item's updatedAt as read (an ISO 8601 date-time with a time zone)" });
      })
      .optional()
      .meta({ description: "The item's updatedAt the reviewer saw. When given and the item changed since (an assignment or decision), the decision is refused with 409 naming fromUpdatedAt — also when it is back in the status and with the holder it had, which fromStatus and fromAssignee cannot tell. Compared as an instant: the same time written in another zone (…+07:00) is the same version." }),
  })
  .superRefine((d, ctx) => {
    if (d.outcome === 'confirmed' && d.label === 'netral') ctx.addIssue({ code: 'custom', path: ['label'], message: 'must be a partisan label (ajakan, dukungan or serangan) when the outcome is confirmed' });
    if (d.outcome === 'dismissed' && d.label !== undefined && d.label !== 'netral') ctx.addIssue({ code: 'custom', path: ['label'], message: 'must be netral when the outcome is dismissed' });
    // Reopening sends a decided item back to the queue (store/corrections.ts): a correction's only, and it decides no label.
    if (d.outcome === 'reopened' && d.corrects === undefined) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'must be confirmed, dismissed or escalated; reopened only in a correction (corrects)' });
    if (d.outcome === 'reopened' && d.label !== undefined) ctx.addIssue({ code: 'custom', path: ['label'], message: 'must be left out when the outcome is reopened (the item goes back to the queue undecided)' });
  });
export const noteSchema = z
  .strictObject({ text: chars(TEXT_LIMITS.note, { visible: true }).optional(), suggestedLabel: oneOf(LABELS).optional() })
  // Text given but blank is the text field's own error ("must not be empty"), not a second one here.
  .refine((n) => n.text || n.suggestedLabel, 'a note needs text or suggestedLabel');
export const keySchema = z.strictObject({
  // keyNameProblem is the one rule (empty, length after trimming, control characters), shared with `keys create`.
  name: str().superRefine((name, ctx) => {
    const problem = keyNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  role: oneOf(ROLES),
  // The same rule as `keys create --expires-in`; left out, the key never expires.
  expiresIn: str()
    .superRefine((text, ctx) => {
      const problem = lifetimeProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional()
    .meta({ description: 'How long the key works: whole days or hours, such as 90d or 12h (at most 3650d). Left out, it never expires.' }),
});

/**
 * `DELETE /items/:id`: the reason is required (on whose request, or why), since the audit log's
 * `delete` entry is all that is left of the item; strict, as the other queries.
 */
export const deleteQuery = z.strictObject({
  reason: chars(TEXT_LIMITS.deleteReason, { filled: true, from: 'query', required: 'is required: on whose request, or why, the item is deleted (kept in the audit log)' }),
});

/** Page size of a listing: 1–500 (default 50, applied by the store). */
const pageLimit = z
  .string({ error: typeError('query', 'a whole number') })
  .regex(/^\d+$/, 'must be a whole number')
  .superRefine((s, ctx) => {
    if (!/^\d+$/.test(s)) return; // the pattern's own message
    if (Number(s) < 1) ctx.addIssue({ code: 'custom', message: 'must be at least 1' });
    if (Number(s) > 500) ctx.addIssue({ code: 'custom', message: 'must be at most 500' });
  })
  .transform(Number)
  .optional()
  .meta({ description: 'Page size, 1–500 (default 50).' });

/** `GET /items`. Strict, as auditQuery: a misspelt filter (`levl=tinggi`) would otherwise list everything. */
export const listQuery = z.strictObject({
  status: oneOf(STATUSES, 'query').optional(),
  level: oneOf(LEVELS, 'query').optional(),
  label: oneOf(LABELS, 'query').optional(),
  election: shortStr(100, 'query').optional(),
  assignee: shortStr(200, 'query').optional().meta({ description: 'The open items this assignee holds (a decided item is held by nobody); none: unassigned items, decided ones included.' }),
  cursor: shortStr(500, 'query').optional(),
  limit: pageLimit,
});

/** `until`, when both are given, must come after `since` (an empty window is a mistake, not an empty answer). */
function untilAfterSince(q: { since?: string; until?: string }, ctx: z.RefinementCtx): void {
  if (q.since && q.until && Date.parse(q.until) <= Date.parse(q.since)) ctx.addIssue({ code: 'custom', path: ['until'], message: 'must be later than since' });
}
/** `GET /stats` takes no parameters: one given (`election=`) would look like a filter that is not applied. */
export const statsQuery = z.strictObject({});

/** A zoned time to the minute, without seconds (`2024-11-20T21:00Z`): refused as postedAt refuses it, saying why. */
const MINUTE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(Z|[+-]\d\d:\d\d)$/i;
const NO_SECONDS = 'must be an ISO 8601 date-time with a time zone, to the second: this one has no seconds, which every time the API takes (postedAt too) requires; add them, e.g. 2024-11-20T21:00:00Z or 2024-11-20T21:00:00+07:00';
/** A date and clock time with no zone (`2026-12-05T21:00`, `2026-12-05 21:00:00`): what the review page reads as WIB. */
const ZONELESS_TIME = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?$/;
/**
 * The API takes times with a zone only, as everywhere it takes one (postedAt, fromUpdatedAt): it answers
 * in UTC, so a zoneless time is not guessed as UTC or WIB, and the refusal says so (the review page, whose
 * clock is WIB, reads such a time as WIB before this rule sees it).
 */
const timeError = (input: unknown): string =>
  Array.isArray(input)
    ? 'must be given once'
    : typeof input === 'string' && MINUTE_TIME.test(input.trim())
      ? NO_SECONDS
      : typeof input === 'string' && ZONELESS_TIME.test(input.trim())
      ? 'must be an ISO 8601 date-time with a time zone: this one has no time zone, and the API does not guess one (it is not read as WIB here, as the review page reads it, nor as UTC); add Z for UTC or +07:00 for WIB, e.g. 2026-12-05T21:00:00+07:00'
      : 'must be an ISO 8601 date-time with a time zone, e.g. 2024-01-10T09:30:00+07:00 or …Z';
const dateTime = (description: string) => z.iso.datetime({ offset: true, error: (iss) => timeError(iss.input) }).optional().meta({ description });

/**
 * `GET /audit`. Strict: a misspelt filter (`actions=`, `from=`) would otherwise be dropped and the
 * whole log listed, so it is a 400 naming it.
 */
export const auditQuery = z
  .strictObject({
    action: oneOf(AUDIT_ACTIONS, 'query').optional(),
    actor: shortStr(300, 'query').optional().meta({ description: 'Exactly as written in the log: `<key name>#<key id>`, `cli:<login name>`, `system:retention`, `cli:retention`, `web:login` (failed logins).' }),
    item: shortStr(200, 'query')
      .refine(isItemId, ITEM_ID_PROBLEM)
      .transform((id) => id.toLowerCase()) // as the store writes them
      .optional()
      .meta({ description: "An item id (UUID): its own entries and the queue-page reads (entries of no item) whose ids name it; all are kept after the item is deleted. Anything else is a 400, not an empty list." }),
    since: dateTime('Entries at or after this time.'),
    until: dateTime('Entries before this time.'),
    cursor: shortStr(500, 'query').optional(),
    limit: pageLimit,
  })
  .superRefine(untilAfterSince);

/** `GET /audit/:id/items`: pages as the log does; anything else is a 400 naming it. */
export const auditItemsQuery = z.strictObject({
  cursor: shortStr(500, 'query').optional(),
  limit: pageLimit,
});

/**
 * `GET /export`: the format, bom, delimiter and decimal (checked by the route, with their own messages) and the window of
 * decision times (`since` inclusive, `until` exclusive, zoned as on /audit); other names are typos.
 */
export const exportQuery = z
  .strictObject({
    format: z.unknown().optional(),
    bom: z.unknown().optional(),
    delimiter: z.unknown().optional(),
    decimal: z.unknown().optional(),
    since: dateTime('Only decisions made at or after this time.'),
    until: dateTime('Only decisions made before this time.'),
  })
  .superRefine(untilAfterSince);

/** A query's given parameters: an empty value (a form field left blank, a select at "semua") is none. */
export function givenParams<T>(query: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
}

/** The parsed value, or a 400 naming every offending field; `prefix` places them (`items[3]` → `items[3].text`). */
export function parse<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): T {
  // A whole body of `null`, `[]` or `"text"` is not "an object missing its fields".
  if (!prefix && (value === null || typeof value !== 'object' || Array.isArray(value))) throw badRequest({ field: '(body)', message: 'must be a JSON object' });
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw badRequest(...fieldErrors(r.error, prefix));
}
