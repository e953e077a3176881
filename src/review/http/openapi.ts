// The review API's part of the service's OpenAPI document. Request bodies and the list query come
// from the very zod schemas the routes validate with, so the document cannot drift from them.
import { z } from 'zod';
import { assignSchema, auditItemsQuery, auditQuery, decisionSchema, keySchema, listQuery, noteSchema, postSchemaFor } from './validate.js';
import { DEFAULT_MAX_TEXT_LENGTH } from '../../pipeline/limits.js';
import type { Role } from '../roles.js';
import { TEXT_LIMITS } from '../limits.js';
import { REVIEW_RESPONSE_SCHEMAS } from './openapi-schemas.js';
import { EXPORTED_COLUMNS } from './export.js';
import { MAX_EXPORTS_AT_ONCE } from './export-slots.js';
import type { OpenApiFragment } from '../../service/openapi.js';
import { REVIEW_BODY_LIMIT } from './router.js';
import { DEFAULT_REVIEW_MAX_BATCH } from '../config.js';

const bodySchema = (schema: z.ZodType): Record<string, unknown> => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return rest;
};

const problem = (description: string, schema = 'Problem') => ({ description, content: { 'application/problem+json': { schema: { $ref: `#/components/schemas/${schema}` } } } });
// No default schema: every JSON answer is documented (test/review/api-admin-shapes.test.ts checks that).
const ok = (description: string, schema: Record<string, unknown>) => ({ description, content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (ref: string) => ({ required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const bodyProblems = {
  '413': problem(`Body larger than the limit (${REVIEW_BODY_LIMIT} bytes).`),
  '415': problem('Content-Type is not application/json (UTF-8), or the Content-Encoding is not identity, gzip, deflate or br.'),
};

const roleNeeded = (role: Role): string => `Needs a review API key with role ${role} or higher (analyst < supervisor < admin).`;

/** One operation: every review route needs a key whose role is at least `role`. */
function op(role: Role, operationId: string, summary: string, responses: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    tags: ['review'],
    operationId,
    summary,
    description: roleNeeded(role),
    security: [{ bearerKey: [] }, { apiKeyHeader: [] }],
    ...extra,
    // the shared answers first, so that a route can say more about its own 400
    responses: {
      '400': problem('Invalid body or query; the message names the field.'),
      '401': problem('No key, or a key the review store does not know.'),
      '403': problem(`The key's role is below ${role}.`),
      // a body is read by the scoring routes' parser, with the review API's own limit
      ...(extra.requestBody ? bodyProblems : {}),
      '429': problem('Too many unknown keys from this address; see Retry-After.'),
      ...responses,
    },
  };
}

/**
 * `maxTextLength`: the running text limit (NETRA_MAX_TEXT_LENGTH), as the scoring routes' document gives
 * it; `maxBatch`: the running NETRA_REVIEW_MAX_BATCH.
 */
export function reviewOpenApi(maxTextLength = DEFAULT_MAX_TEXT_LENGTH, maxBatch = DEFAULT_REVIEW_MAX_BATCH): OpenApiFragment {
  const queryParams = (schema: z.ZodType) =>
    Object.entries((bodySchema(schema).properties ?? {}) as Record<string, { description?: string }>).map(([name, { description, ...schema }]) => ({ name, in: 'query', required: false, ...(description ? { description } : {}), schema }));
  const listParams = queryParams(listQuery);
  return {
    tag: { name: 'review', description: 'The review queue: flagged posts, notes, decisions (audited), exports, keys. Every answer that hands out post text is audited (read, export). Mounted at /v1/review.' },
    paths: {
      '/items': {
        post: op('analyst', 'reviewAddItems', 'Queue one post or {items:[…]}; each is scored by the same core as /v1/score', {
          '201': ok('Queued: the item, or {items, created, duplicates} for a batch.', { oneOf: [ref('ReviewQueued'), ref('ReviewQueuedBatch')] }),
          '200': ok('Everything was already queued: the existing item(s), not duplicated.', { oneOf: [ref('ReviewQueued'), ref('ReviewQueuedBatch')] }),
          '422': problem('An election no config knows.'),
        }, {
          // one post, or a batch of them: the route takes both
          requestBody: { required: true, content: { 'application/json': { schema: { oneOf: [ref('ReviewPost'), ref('ReviewPostBatch')] } } } },
        }),
        get: op('analyst', 'reviewListItems', 'List queued items, highest risk first, with filters and a cursor (audited as a read)', { '200': ok('A page of items, each with when retention purges its text (purgeDueAt, purgeDue, as GET /items/{id}), and the next cursor.', ref('ReviewPage')) }, { parameters: listParams, description: `${roleNeeded('analyst')} A page that lists any item hands out their text, so it writes one audit entry \`read\` naming the caller, the items' ids and the filter (HEAD and an empty page write none). Unknown query parameters are a 400 naming them: a misspelt filter would otherwise list everything.` }),
      },
      '/items/{id}': {
        get: op('analyst', 'reviewGetItem', 'One item with its notes, decision and audit trail (audited as a read)', { '200': ok('The item; its audit trail leaves out read entries (GET /audit lists them).', ref('ReviewItemRecord')), '404': problem('No such item.') }, { parameters: [idParam], description: `${roleNeeded('analyst')} Hands out the post text, so it writes one audit entry \`read\` of the item naming the caller (HEAD writes none).` }),
        delete: op('admin', 'reviewDeleteItem', 'Delete an item on request (audited, with the reason)', { '204': { description: 'Deleted.' }, '404': problem('No such item.') }, {
          description: `${roleNeeded('admin')} Removes the item, its decisions and notes; the audit log keeps its earlier entries and a delete entry with the reason (no text). Nothing of the item is kept to recognise its post by: the same post sent again (POST /items, a batch enqueue of a feed that still holds it) is queued again as a new item. Any query parameter but reason is a 400.`,
          parameters: [idParam, { name: 'reason', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: TEXT_LIMITS.deleteReason }, description: `On whose request, or why, the item is deleted, for the audit log: required, not blank (whitespace or invisible characters only), at most ${TEXT_LIMITS.deleteReason} characters (code points); otherwise a 400 naming reason.` }],
        }),
      },
      '/items/{id}/notes': {
        post: op('analyst', 'reviewAddNote', 'Add a note or a suggested label', { '201': ok('The note.', ref('ReviewNoteRecord')), '404': problem('No such item.'), '409': problem('The item\'s text was purged; it takes no notes.') }, { parameters: [idParam], requestBody: body('ReviewNote') }),
      },
      '/items/{id}/assign': {
        post: op('supervisor', 'reviewAssign', 'Assign an item (default: to the caller; null unassigns; audited, and the answer as a read)', { '200': ok('The item, its text included (audited as a read), with when retention purges its text (purgeDueAt, purgeDue, as GET /items/{id}).', ref('ReviewItemAnswer')), '400': problem('Invalid body, or an assignee that names no active supervisor or admin key (or a key name several such keys share).'), '404': problem('No such item.'), '409': problem('Already decided, held by someone else (send fromAssignee to take it over), or not held by fromAssignee any more. `current` says what the item is now: status, holder, version (updatedAt: when it was last taken, given back or decided), and its latest decision\'s label, reviewer and time.', 'ReviewDecisionConflict') }, { parameters: [idParam], requestBody: body('ReviewAssign') }),
      },
      '/items/{id}/decision': {
        post: op('supervisor', 'reviewDecide', 'Record the decision on an item, with its reason (audited); on a confirmed or dismissed item, a correction naming the decision in force (corrects)', { '201': ok('The decision (a correction names the decision it superseded in supersedes).', ref('ReviewDecisionRecord')), '400': problem('Invalid body: no reason, a label contradicting the outcome, reopened without corrects or with a label.'), '404': problem('No such item.'), '409': problem('Already decided (confirmed or dismissed) and corrects not given, or corrects naming a decision no longer in force (another correction came first; the error names corrects), corrects given on an open item, corrects on an item whose text retention purged (its decision can no longer be corrected; the error names corrects), a correction with the outcome and reviewer label already in force (it would change nothing; the errors name outcome and label), already escalated, not in the fromStatus given (the error names fromStatus), not held by the fromAssignee given (the error names fromAssignee), held by someone else with no fromAssignee given (the error names fromAssignee and the holder; name the holder to decide over their hold), or changed since the fromUpdatedAt given (the error names fromUpdatedAt). `current` says what the item is now: status, holder, and its latest decision\'s label, reviewer and time.', 'ReviewDecisionConflict') }, { parameters: [idParam], requestBody: body('ReviewDecision') }),
      },
      '/items/{id}/export': {
        get: op('supervisor', 'reviewExportItem', 'One item with its full audit trail, latest suggested label and when retention purges its text (purgeDueAt, purgeDue on the item, as GET /items/{id}), as a case file', { '200': ok('The case file (sent as an attachment).', ref('ReviewCaseFile')), '404': problem('No such item.') }, { parameters: [idParam] }),
      },
      '/export': {
        get: op('supervisor', 'reviewExport', 'Every decision with its item and the item\'s latest suggested label with the numbers of suggestions and of analysts (suggested_label, suggestions, suggestion_analysts, suggestion_backing), as JSONL (default) or CSV (format=jsonl|csv), streamed', {
          '200': {
            description: 'The export (sent as an attachment), oldest decision first. JSONL: one ReviewExportRow object per line. CSV: a header line of the same names in the same order, then one line per decision.',
            content: {
              // OpenAPI 3.1 has no schema for a sequence of JSON values: this is the schema of each line.
              'application/x-ndjson': { schema: ref('ReviewExportRow') },
              'text/csv': { schema: { type: 'string', description: `Header: ${EXPORTED_COLUMNS.join(',')} (with delimiter=; or tab, that delimiter). Null is an empty cell; a cell holding the delimiter, a quote or a line break is quoted; a text cell starting with =, +, -, @, tab or CR gets a leading ' (no spreadsheet formula); control characters other than tab, LF and CR are written as [U+XXXX].` } },
            },
          },
          '503': problem(`The process streams ${MAX_EXPORTS_AT_ONCE} exports already, the most it sends at once: nothing exported or audited; try again after Retry-After.`),
        }, {
          parameters: [{ name: 'format', in: 'query', required: false, description: 'jsonl (the default, when format is not given) or csv; any other value is a 400.', schema: { type: 'string', enum: ['jsonl', 'csv'], default: 'jsonl' } },
            { name: 'bom', in: 'query', required: false, description: '1: a UTF-8 byte order mark (EF BB BF) before the CSV, which Excel needs to read it as UTF-8; 0 (the default): none, the file starts at the header. Only with format=csv; any other value is a 400.', schema: { type: 'string', enum: ['0', '1'], default: '0' } },
            { name: 'delimiter', in: 'query', required: false, description: 'The CSV\'s delimiter: , (the default), ; (Excel under a locale with a decimal comma, Indonesian among them, splits columns at ;) or tab. A cell holding it is quoted. Only with format=csv; any other value is a 400.', schema: { type: 'string', enum: [',', ';', 'tab'], default: ',' } },
            { name: 'decimal', in: 'query', required: false, description: 'The decimal mark of the CSV\'s number cells (risk): . (the default) or , (Excel under a locale with a decimal comma, Indonesian among them, reads 0.912 as no number). Text cells (risk_shown, reasons, ids) are never changed. Only with format=csv, and , only with delimiter=; or tab; any other value is a 400.', schema: { type: 'string', enum: ['.', ','], default: '.' } },
            { name: 'since', in: 'query', required: false, description: 'Only decisions made at or after this time (ISO 8601 with a time zone, to the second; written into the export\'s audit entry).', schema: { type: 'string', format: 'date-time' } },
            { name: 'until', in: 'query', required: false, description: 'Only decisions made before this time (as since; later than since).', schema: { type: 'string', format: 'date-time' } }],
          description: `${roleNeeded('supervisor')} Any other query parameter is a 400 naming it.`,
        }),
      },
      '/stats': { get: op('analyst', 'reviewStats', 'Queue counts by status, level and election; agreement of reviewers with the model and of final decisions with analysts\' suggestions', { '200': ok('The counts and agreement rates.', ref('ReviewStats')) }, { description: `${roleNeeded('analyst')} It takes no query parameters: one given is a 400 naming it.` }) },
      '/keys': {
        get: op('admin', 'reviewListKeys', 'List review API keys (never the secrets)', { '200': ok('Every key, revoked ones too, oldest first.', ref('ReviewKeyList')) }),
        post: op('admin', 'reviewCreateKey', 'Create a key; the secret is shown once', { '201': ok('The key and its secret.', ref('ReviewKeyCreated')) }, { requestBody: body('ReviewKey') }),
      },
      '/keys/{id}': {
        delete: op('admin', 'reviewRevokeKey', 'Revoke a key (audited)', { '204': { description: 'Revoked.' }, '404': problem('No such key.') }, { parameters: [idParam] }),
      },
      '/audit': {
        get: op('admin', 'reviewAuditLog', 'The whole audit log, newest first, with filters and a cursor (not itself audited)', { '200': ok('A page of audit entries (never post or note text) and the next cursor.', ref('ReviewAuditPage')) }, {
          description: 'Needs a review API key with role admin. Every entry of the append-only log, including those of no item (key_create, key_revoke, bulk export, read of a queue page: its after names the items, and item= finds it by any of them) and those of deleted items. Pass nextCursor back as cursor; unknown query parameters are a 400.',
          parameters: queryParams(auditQuery),
        }),
      },
      '/audit/{id}/items': {
        get: op('admin', 'reviewAuditEntryItems', 'The item ids one export entry held, by id, with a cursor (ids only; not itself audited)', { '200': ok('A page of the export\'s item ids, each stored, purged or deleted, and the next cursor; recorded is false for an export audited before its items were recorded.', ref('ReviewAuditItemsPage')), '404': problem('No audit entry of that seq.'), '409': problem('The entry is not an export.') }, {
          description: 'Needs a review API key with role admin. id is the entry\'s seq, as GET /audit names it. A bulk export lists every item it held (indexed in audit_shown), an item\'s own export that item. Never post text or authors. Pass nextCursor back as cursor; unknown query parameters are a 400.',
          parameters: [idParam, ...queryParams(auditItemsQuery)],
        }),
      },
      '/retention/purge': {
        post: op('admin', 'reviewPurge', 'Purge the text of items decided longer ago than the retention period, and of open escalations past their longer period', { '200': ok('How many items were purged, and how many open escalations are past the normal period.', ref('ReviewPurgeResult')), '400': problem('Retention is disabled (NETRA_RETENTION_DAYS=0).') }, {
          description: 'Needs a review API key with role admin. A 400 when retention is disabled (NETRA_RETENTION_DAYS=0).',
        }),
      },
    },
    schemas: {
      ReviewPost: bodySchema(postSchemaFor(maxTextLength)),
      ReviewPostBatch: {
        type: 'object',
        required: ['items'],
        additionalProperties: false,
        properties: { items: { type: 'array', minItems: 1, maxItems: maxBatch, items: ref('ReviewPost') } },
        description: `Up to ${maxBatch} posts (NETRA_REVIEW_MAX_BATCH), enqueued together: one invalid post fails the request (naming items[i]) and nothing is stored.`,
      },
      ReviewNote: bodySchema(noteSchema),
      ReviewAssign: bodySchema(assignSchema),
      ReviewDecision: bodySchema(decisionSchema),
      ReviewKey: bodySchema(keySchema),
      ...REVIEW_RESPONSE_SCHEMAS,
    },
  };
}
