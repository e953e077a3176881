// JSON schemas of what the review API answers (its request bodies come from the zod schemas in
// validate.ts). Kept next to the routes; test/review/api.test.ts checks real answers against them.
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
  text: { ...strOrNull, description: 'null once purged (retention)' },
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
  assignee: strOrNull,
  createdAt: time,
  updatedAt: time,
  decidedAt: timeOrNull,
  purgedAt: timeOrNull,
});

const decision = object({ id: str, itemId: str, outcome: { type: 'string', enum: ['confirmed', 'dismissed', 'escalated'] }, reviewerLabel: labelOrNull, reason: str, reviewer: str, createdAt: time });
const note = object({ id: str, author: str, text: strOrNull, suggestedLabel: labelOrNull, createdAt: time });
const audit = object({ seq: { type: 'integer', description: "The entry's id: its place in the log" }, itemId: strOrNull, actor: str, action: str, before: { type: ['object', 'null'] }, after: { type: ['object', 'null'] }, at: time });
const queued = object({ id: str, created: { type: 'boolean' }, status: str, label: str, risk: num, level: str });

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const REVIEW_RESPONSE_SCHEMAS: Record<string, Record<string, unknown>> = {
  ReviewItem: item,
  ReviewItemRecord: { allOf: [{ ...item, additionalProperties: true }], type: 'object', properties: { decisions: { type: 'array', items: ref('ReviewDecisionRecord') }, notes: { type: 'array', items: ref('ReviewNoteRecord') }, audit: { type: 'array', items: ref('ReviewAuditEntry') } }, required: ['decisions', 'notes', 'audit'] },
  ReviewPage: object({ items: { type: 'array', items: ref('ReviewItem') }, nextCursor: strOrNull }),
  ReviewQueued: queued,
  ReviewQueuedBatch: object({ items: { type: 'array', items: ref('ReviewQueued') }, created: { type: 'integer' }, duplicates: { type: 'integer' } }),
  ReviewDecisionRecord: decision,
  ReviewNoteRecord: note,
  ReviewAuditEntry: audit,
  ReviewAuditPage: object({ entries: { type: 'array', items: ref('ReviewAuditEntry') }, nextCursor: strOrNull }),
};

/** Plain object schemas by name, for checking answers in tests. */
export const REVIEW_OBJECT_SCHEMAS = { item, decision, note, audit, queued };
