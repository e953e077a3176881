// JSON schemas of what the review API answers (its request bodies come from the zod schemas in
// validate.ts). Kept next to the routes; test/review/api.test.ts checks real answers against them.
import { ROLES } from '../roles.js';
import { OUTCOMES } from '../db/schema.js';
const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
const num = { type: 'number' };
const time = { type: 'string', format: 'date-time' };
const timeOrNull = { type: ['string', 'null'], format: 'date-time' };
const labelOrNull = { type: ['string', 'null'], enum: ['ajakan', 'dukungan', 'serangan', 'netral', null] };

const object = (properties: Record<string, unknown>, optional: string[] = []) => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});

const item = object({
  id: str,
  source: str,
  externalId: strOrNull,
  author: { ...strOrNull, description: 'null once purged' },
  url: { ...strOrNull, description: 'The link to the post (http or https); null when none was given, and once purged' },
  text: { ...strOrNull, description: 'null once purged (retention)' },
  part: {
    type: ['object', 'null'],
    properties: { start: { type: 'integer' }, end: { type: 'integer' } },
    required: ['start', 'end'],
    additionalProperties: false,
    description: "The part of a long post that label, risk, scores and evidence are about ([start, end) in UTF-16 code units of text, as /v1/score's part); null when the whole post was scored, and once purged",
  },
  postedAt: timeOrNull,
  election: strOrNull,
  stage: strOrNull,
  label: str,
  risk: num,
  level: { type: 'string', enum: ['tinggi', 'sedang', 'rendah'] },
  scores: { type: 'object', additionalProperties: num },
  evidence: { type: 'array', items: object({ text: str, weight: num, candidate: str }, ['candidate']) },
  mentions: { type: 'array', items: object({ kind: str, text: str, candidate: str }, ['candidate']) },
  modelVersion: str,
  status: { type: 'string', enum: ['new', 'in_review', 'confirmed', 'dismissed', 'escalated'] },
  assignee: { ...strOrNull, description: 'Who holds the item while it is open; null when nobody does, and once it is confirmed or dismissed (who held it then is in its audit trail)' },
  createdAt: time,
  updatedAt: time,
  decidedAt: { ...timeOrNull, description: 'When the item was first confirmed or dismissed: retention runs from it. A correction never moves it (it stays set while a correction has reopened or escalated the item); null until the first final decision' },
  purgedAt: timeOrNull,
});

/** purge-due.ts PurgeDue, as GET /items/:id answers it (http/purge-due-answer.ts). */
const purgeDue = {
  type: ['object', 'null'],
  description:
    "When retention purges the item's text and author under the service's settings (the item page's Retensi line); null once purged (purgedAt). " +
    'kind at: purged at `at` (by the first hourly purge after it), `days` after `since`, the time countedFrom names (the first final decision, or the first escalation); escalated: an open escalation, purged then unless decided first (then it goes as decided). ' +
    'kind when-decided: kept while open (new, in review, reopened, or an escalation kept until decided); once decided, purged `days` after its first final decision: `at` already, when it was decided before (a correction reopened or escalated it). ' +
    'kind never: NETRA_RETENTION_DAYS is 0.',
  properties: {
    kind: { type: 'string', enum: ['at', 'when-decided', 'never'] },
    at: time,
    escalated: { type: 'boolean' },
    days: { type: 'integer', minimum: 1 },
    countedFrom: { type: 'string', enum: ['first_decision', 'first_escalation'] },
    since: time,
  },
  required: ['kind'],
  additionalProperties: false,
};

const decision = object({ id: str, itemId: str, outcome: { type: 'string', enum: [...OUTCOMES], description: 'reopened: a correction that sent the item back to the queue (status new); it decides nothing and records no label' }, reviewerLabel: labelOrNull, reason: str, reviewer: str, createdAt: time, supersedes: { ...strOrNull, description: "A correction's: the id of the decision it superseded (still listed, as it was); null for every other decision" } });
const note = object({ id: str, author: str, text: strOrNull, suggestedLabel: labelOrNull, createdAt: time });
const audit = object({ seq: { type: 'integer', description: "The entry's id: its place in the log" }, itemId: strOrNull, actor: str, action: str, before: { type: ['object', 'null'] }, after: { type: ['object', 'null'] }, at: time });
const warnings = {
  type: 'array',
  minItems: 1,
  description:
    "Only when there is something to say about a post that was still scored and queued, as /v1/score's warnings: now a postedAt later than when it was scored " +
    '(past a 5-minute clock-skew tolerance; type urn:netra:warning:posted-at-in-future, field postedAt or items[3].postedAt). Counted in /metrics as netra_posted_at_future_total.',
  items: object({ type: str, field: str, message: str }),
};
const queued = object({ id: str, created: { type: 'boolean' }, status: str, label: str, risk: num, level: str, warnings }, ['warnings']);

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const int = { type: 'integer', minimum: 0 };
const rateOrNull = { type: ['number', 'null'], minimum: 0, maximum: 1 };
const counts = (description: string) => ({ type: 'object', description, additionalProperties: int });

/** store/suggestions.ts Suggestion: an item's latest suggested label; null when it has none. */
const suggestionOrNull = { ...object({ label: { type: 'string', enum: ['ajakan', 'dukungan', 'serangan', 'netral'] }, count: { ...int, description: 'Notes on the item that suggest a label' }, analysts: { ...int, description: 'Analysts who suggested a label (one analyst\'s several notes are one)' }, backing: { ...int, description: 'Of those, the analysts whose own latest suggestion is this label' }, author: str, createdAt: time }), type: ['object', 'null'] };

/** http/export.ts ExportedRow: one line of the JSONL export; the CSV export has these columns in this order. */
const exportRow = object({
  item_id: str,
  source: str,
  external_id: strOrNull,
  election: strOrNull,
  stage: strOrNull,
  posted_at: { ...timeOrNull, description: 'When the post was made, in WIB with its offset (2023-11-28T05:00:00.000+07:00), as the review page shows it; null when not given' },
  model_version: str,
  model_label: str,
  risk: num,
  level: { type: 'string', enum: ['tinggi', 'sedang', 'rendah'] },
  outcome: { type: 'string', enum: [...OUTCOMES] },
  reviewer_label: labelOrNull,
  reason: str,
  reviewer: str,
  decided_at: { ...time, description: 'When the decision was made, in WIB with its offset, as posted_at' },
  text: { ...strOrNull, description: 'null once purged (retention)' },
  suggested_label: { ...labelOrNull, description: "The item's latest label suggested by an analyst (by note time); null when none" },
  suggestions: { ...int, description: 'Notes on the item that suggest a label' },
  suggestion_analysts: { ...int, description: 'Analysts who suggested a label (one analyst\'s several notes are one), as the review page counts them' },
  suggestion_backing: { ...int, description: 'Of those, the analysts whose own latest suggestion is suggested_label' },
  author: { ...strOrNull, description: "The post's author (account) as the feed gave it; null when none was given, and once purged (retention)" },
  url: { ...strOrNull, description: 'The link to the post (http or https); null when none was given, and once purged (retention)' },
  part_start: { type: ['integer', 'null'], description: 'Where the part of a long post that model_label and risk are about starts (UTF-16 code units of text); null when the whole post was scored, and once purged (retention)' },
  part_end: { type: ['integer', 'null'], description: 'Where that part ends (exclusive); null as part_start' },
  risk_shown: { ...str, description: 'risk as the review page shows it: cut to 3 digits, and a risk stored as 1 or 0 (the scorer rounds to 6 digits) as > 0.999 or < 0.001, never as a certainty' },
  decision_id: { ...str, description: "The decision's id, which corrects and superseded_by name" },
  final: { type: 'boolean', description: 'The decision in force for the item: confirmed or dismissed, and not superseded by a correction (as of the export). False for superseded decisions and escalations: count final rows to count each decided item once' },
  corrects: { ...strOrNull, description: "A correction's: the decision_id it superseded; null for every other decision" },
  superseded_by: { ...strOrNull, description: 'The decision_id of the correction that superseded this decision; null while it is in force, and for escalations' },
  superseded_at: { ...timeOrNull, description: 'When that correction was made, in WIB with its offset, as decided_at; null as superseded_by' },
  queued_by: { ...strOrNull, description: "Who put the item in the queue, as the audit log's create entry names them: cli:<login> for a batch run, <key name>#<key id> for POST /items" },
});

/** store/reports.ts Stats. */
const stats = object({
  total: int,
  byStatus: counts('Items by status'),
  byLevel: counts('Items by level'),
  byElection: counts('Items by election; items of no election under "(none)"'),
  byLevelStatus: { type: 'object', description: 'Items by level, then status', additionalProperties: counts('Items of this level by status') },
  agreement: object({
    decided: { ...int, description: 'Confirmed and dismissed decisions' },
    partisanAgreement: { ...rateOrNull, description: 'Share of decisions that confirmed a partisan model label or dismissed a netral one; null while none is decided' },
    labelAgreement: { ...rateOrNull, description: 'Share of decisions whose reviewer label is the model label; null while none is decided' },
    byReviewer: { type: 'object', description: 'The same by reviewer', additionalProperties: object({ decided: int, partisanAgreement: { ...num, minimum: 0, maximum: 1 }, labelAgreement: { ...num, minimum: 0, maximum: 1 } }) },
  }),
  suggestions: object({
    items: { ...int, description: 'Items with at least one suggested label' },
    suggestions: { ...int, description: 'Notes with a suggested label' },
    decided: { ...int, description: 'Items with a suggestion and a final decision (confirmed or dismissed)' },
    matched: { ...int, description: 'Of those, the items whose final reviewer label is their latest suggestion' },
    labelAgreement: { ...rateOrNull, description: 'matched / decided; null while none is decided' },
  }),
});

/** keys.ts KeyInfo: a key as listed, never its secret or hash. */
const keyInfo = object({
  id: { type: 'string', pattern: '^[0-9a-f]{16}$' },
  name: str,
  role: { type: 'string', enum: [...ROLES] },
  createdAt: time,
  revokedAt: { ...timeOrNull, description: 'null while the key works' },
  expiresAt: { ...timeOrNull, description: 'When the key stops working; null: never' },
  expired: { type: 'boolean', description: 'Whether expiresAt has passed (the key is refused, with "the API key has expired")' },
  lastUsedAt: { ...timeOrNull, description: 'When the key was last accepted (API or login form) or a page was read in a web session opened with it, to the minute: written at most once a minute; null: never' },
});
const keyCreated = object({
  ...keyInfo.properties,
  key: { type: 'string', pattern: '^nrk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$', description: 'The full key; shown this once, only a hash of it is stored' },
});

/** An item with when retention purges its text (http/purge-due-answer.ts itemAnswer): GET /items/:id, GET /items, POST /items/:id/assign, and the case file's item. */
const purgeFields = {
  purgeDueAt: { ...timeOrNull, description: "When retention purges the item's text (by the first hourly purge after it), under the service's settings and unless the item changes first: purgeDue.at of kind at; null when no date is set (kept until decided, retention off, already purged)" },
  purgeDue,
};
const itemAnswer = { ...item, properties: { ...item.properties, ...purgeFields }, required: [...item.required, 'purgeDueAt', 'purgeDue'] };

export const REVIEW_RESPONSE_SCHEMAS: Record<string, Record<string, unknown>> = {
  ReviewItem: item,
  ReviewItemAnswer: itemAnswer,
  ReviewItemRecord: {
    allOf: [{ ...item, additionalProperties: true }],
    type: 'object',
    properties: {
      ...purgeFields,
      decisions: { type: 'array', items: ref('ReviewDecisionRecord') },
      notes: { type: 'array', items: ref('ReviewNoteRecord') },
      audit: { type: 'array', items: ref('ReviewAuditEntry') },
    },
    required: ['purgeDueAt', 'purgeDue', 'decisions', 'notes', 'audit'],
  },
  ReviewPage: object({ items: { type: 'array', items: ref('ReviewItemAnswer') }, nextCursor: strOrNull }),
  ReviewQueued: queued,
  ReviewQueuedBatch: object({ items: { type: 'array', items: ref('ReviewQueued') }, created: { type: 'integer' }, duplicates: { type: 'integer' } }),
  ReviewDecisionRecord: decision,
  ReviewDecisionConflict: {
    allOf: [{ $ref: '#/components/schemas/Problem' }],
    description: 'A refused decision or assignment: the problem, with the item as it is now',
    properties: {
      current: object({
        status: str,
        assignee: { ...strOrNull, description: 'Who holds it; null once confirmed or dismissed' },
        label: { ...labelOrNull, description: "The latest decision's reviewer label" },
        decidedBy: { ...strOrNull, description: 'Who made the latest decision, as the audit log names them (<key name>#<key id>); null when none' },
        decidedAt: { ...timeOrNull, description: 'When the latest decision was made; null when none' },
        updatedAt: time,
      }),
    },
  },
  ReviewNoteRecord: note,
  ReviewAuditEntry: audit,
  ReviewAuditPage: object({ entries: { type: 'array', items: ref('ReviewAuditEntry') }, nextCursor: strOrNull }),
  ReviewAuditItemsPage: object({
    seq: int,
    recorded: { type: 'boolean', description: 'False for an export audited before its items were recorded: which items it held is not known' },
    items: { type: 'array', items: object({ id: str, state: { type: 'string', enum: ['stored', 'purged', 'deleted'] } }) },
    nextCursor: strOrNull,
  }),
  ReviewCaseFile: object({ item: ref('ReviewItemAnswer'), decisions: { type: 'array', items: ref('ReviewDecisionRecord') }, notes: { type: 'array', items: ref('ReviewNoteRecord') }, audit: { type: 'array', items: ref('ReviewAuditEntry') }, suggestion: suggestionOrNull }),
  ReviewExportRow: exportRow,
  ReviewStats: stats,
  ReviewKeyInfo: keyInfo,
  ReviewKeyList: object({ keys: { type: 'array', items: ref('ReviewKeyInfo'), description: 'Revoked keys too, oldest first' } }),
  ReviewKeyCreated: keyCreated,
  ReviewPurgeResult: object({
    purged: { ...int, description: 'Items whose text this run purged: decided items past NETRA_RETENTION_DAYS and open escalations past NETRA_RETENTION_ESCALATED_DAYS' },
    escalatedPastRetention: { ...int, description: 'Open escalations escalated more than NETRA_RETENTION_DAYS ago whose text is still kept (until NETRA_RETENTION_ESCALATED_DAYS after the escalation): decide them' },
  }),
};

/** Plain object schemas by name, for checking answers in tests. */
export const REVIEW_OBJECT_SCHEMAS = { item, decision, note, audit, queued };
