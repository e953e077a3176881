// The OpenAPI 3.1 description of the service, written by hand and served at GET /openapi.json. Limits
// (text length, batch size, body size) are filled in from the running configuration.
import { LABELS } from '../data/labels.js';
import { LEVELS } from '../decision/level.js';
import { STAGES } from '../elections/stage.js';
import type { ServiceConfig } from './config.js';
import { PROBLEM_TYPES } from './problem.js';

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const json = (schemaRef: string, description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaRef}` } } },
});

const requestIdHeader = {
  'X-Request-Id': { description: 'The request id (echoed from the request when well-formed, else generated).', schema: { type: 'string' } },
};

/** A mounted router's part of the document: paths relative to its mount point, component schemas, a tag. */
export interface OpenApiFragment {
  tag: { name: string; description: string };
  paths: Record<string, Record<string, unknown>>;
  schemas: Record<string, unknown>;
}

/** The document with each mounted router's fragment added under its mount path. */
export function withFragments(doc: Record<string, unknown>, routers: readonly { path: string; openapi?: OpenApiFragment }[]): Record<string, unknown> {
  const out = structuredClone(doc) as { tags: unknown[]; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
  for (const r of routers) {
    if (!r.openapi) continue;
    out.tags.push(r.openapi.tag);
    for (const [p, item] of Object.entries(r.openapi.paths)) out.paths[`${r.path}${p}`] = item;
    Object.assign(out.components.schemas, r.openapi.schemas);
  }
  return out;
}

export function openApiDocument(config: Pick<ServiceConfig, 'maxTextLength' | 'maxBatchItems' | 'bodyLimitBytes' | 'apiKeys' | 'metricsOpen'>, modelVersion: string): Record<string, unknown> {
  // With no keys configured, `{}` marks authentication as optional for scoring.
  const scoringSecurity: Record<string, string[]>[] = [{ bearerKey: [] }, { apiKeyHeader: [] }, ...(config.apiKeys.length ? [] : [{}])];
  const keyRefused = problemResponse('API keys are configured (NETRA_API_KEYS) and the request has no valid key, or its key has expired.');
  const tooManyKeys = problemResponse('Too many wrong or expired keys from this client address (20 in 10 minutes): refused, valid keys too, until the time in Retry-After has passed.');
  const catalogKeys = 'Needs a scoring key (NETRA_API_KEYS) when keys are configured, as scoring does: it tells the thresholds and the configured elections.';
  const scoringErrors = {
    '401': keyRefused,
    '413': problemResponse(`Body larger than the limit (${config.bodyLimitBytes} bytes).`),
    '415': problemResponse('Content-Type is not application/json (UTF-8).'),
    '429': tooManyKeys,
    '500': problemResponse('An unexpected failure; the problem names no internals, and the server log has it under the response\'s X-Request-Id.'),
  };
  // The same parameter on both routes (src/service/written-param.ts).
  const writtenParam = {
    name: 'written',
    in: 'query',
    required: false,
    schema: { type: 'string', enum: ['true', 'false'], default: 'false' },
    description:
      'true: each evidence entry also gets `written`, every place the post writes the phrase, as written. Off by default, as it roughly doubles ' +
      'the time a post takes to score (docs/benchmark-history.md). Any other value, or the parameter given twice, is a 400 naming `written`; so is any other query parameter, naming it (a misspelt `writen` is not ignored).',
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'netra scoring service',
      version: '1.0.0',
      summary: 'Scores Indonesian social-media posts by civil servants (ASN) for partisan-support signals, for human review.',
      description:
        `netra ranks and explains posts; it never decides a violation — a person does. Serving model ${modelVersion}.\n\n` +
        'Review level: `tinggi` when risk ≥ thresholds.tinggi, `sedang` when risk ≥ thresholds.sedang, else `rendah` ' +
        '(thresholds from GET /v1/model). When `election` and `postedAt` are both given, the response says the election stage the post falls in ' +
        '(calendar day in WIB, UTC+7), and a partisan post (label other than `netral`) with at least one entry in `mentions` made during `candidate_determination`, `campaign` or `quiet_period` is raised one level ' +
        '(rendah→sedang→tinggi; tinggi stays tinggi).\n\nErrors are RFC 9457 problem details naming the offending field. ' +
        'A method a path does not offer (GET /v1/score, POST /v1/model, …) is answered 405 with an `Allow` header and a problem of type ' +
        `${PROBLEM_TYPES.methodNotAllowed}; an unknown path is 404.`,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'scoring', description: 'Score posts (API key required when NETRA_API_KEYS is set).' },
      { name: 'catalog', description: 'The model and the elections the service knows.' },
      { name: 'operations', description: 'Health, readiness, metrics (API key required when NETRA_API_KEYS is set, unless NETRA_METRICS_OPEN), this document.' },
    ],
    paths: {
      '/v1/score': {
        post: {
          tags: ['scoring'],
          operationId: 'scorePost',
          summary: 'Score one post',
          security: scoringSecurity,
          parameters: [writtenParam],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ScoreRequest' } } } },
          responses: {
            '200': { ...json('ScoreResult', 'The score, label, level, evidence and mentions.'), headers: requestIdHeader },
            '400': problemResponse('Malformed JSON, invalid UTF-8, wrong field types, unknown fields, a key given twice in one object, empty or too-long text, a blank id or election.'),
            ...scoringErrors,
            '422': problemResponse('`election` names an election the service does not know (see GET /v1/elections).'),
          },
        },
      },
      '/v1/score/batch': {
        post: {
          tags: ['scoring'],
          operationId: 'scoreBatch',
          summary: `Score up to ${config.maxBatchItems} posts`,
          description: 'Results come in input order. An invalid item yields an error entry (with its index) in its place; the rest are scored.',
          security: scoringSecurity,
          parameters: [writtenParam],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/BatchRequest' } } } },
          responses: {
            '200': { ...json('BatchResult', 'One entry per item, in input order.'), headers: requestIdHeader },
            // An item's own problems (text, fields, election) are entries of a 200, not a failed request.
            '400': problemResponse(
              `Malformed JSON, invalid UTF-8, a body that is not an object, \`items\` missing or not an array, more than ${config.maxBatchItems} items, an unknown field beside \`items\`, or a key given twice outside the items (\`items\` itself). ` +
                'An invalid item (a key given twice inside it too) fails only itself: its entry in `results` holds the error (400, or 422 for an unknown election; 500 for an item that passed its checks and could not be scored).',
            ),
            ...scoringErrors,
          },
        },
      },
      '/v1/model': {
        get: { tags: ['catalog'], operationId: 'getModel', summary: 'The model being served', description: catalogKeys, security: scoringSecurity, responses: { '200': json('Model', 'Version, labels, thresholds, calibration, backend and evaluation metrics.'), '401': keyRefused, '429': tooManyKeys } },
      },
      '/v1/elections': {
        get: { tags: ['catalog'], operationId: 'listElections', summary: 'Known election configs', description: catalogKeys, security: scoringSecurity, responses: { '200': json('Elections', 'Every election config, with the stage it is in today.'), '401': keyRefused, '429': tooManyKeys } },
      },
      '/healthz': {
        get: { tags: ['operations'], operationId: 'healthz', summary: 'Liveness', security: [], responses: { '200': { description: 'The process is up.', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } } } } },
      },
      '/readyz': {
        get: {
          tags: ['operations'],
          operationId: 'readyz',
          summary: 'Readiness: model loaded and not shutting down',
          security: [],
          responses: {
            '200': { description: 'Ready to score.', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ready' }, model: { type: 'object' }, elections: { type: 'integer' }, batchWorkers: { type: 'integer', minimum: 0, description: 'Worker threads scoring batches; 0 while they start or when batches are scored inline.' } } } } } },
            '503': problemResponse('Starting up or draining for shutdown.'),
          },
        },
      },
      '/metrics': {
        get: {
          tags: ['operations'],
          operationId: 'metrics',
          summary: 'Prometheus metrics',
          description: 'Needs a scoring key (NETRA_API_KEYS) when keys are configured, unless NETRA_METRICS_OPEN is set.',
          security: config.metricsOpen ? [] : scoringSecurity,
          responses: {
            '200': { description: 'Prometheus text exposition format 0.0.4.', content: { 'text/plain': { schema: { type: 'string' } } } },
            ...(config.metricsOpen ? {} : { '401': keyRefused, '429': tooManyKeys }),
          },
        },
      },
      '/openapi.json': {
        get: { tags: ['operations'], operationId: 'openapi', summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
    },
    components: {
      securitySchemes: {
        bearerKey: { type: 'http', scheme: 'bearer', description: 'A scoring key from NETRA_API_KEYS, or on /v1/review routes a review key (nrk_…), as a bearer token.' },
        apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'A scoring key from NETRA_API_KEYS, or on /v1/review routes a review key (nrk_…).' },
      },
      schemas: {
        ScoreRequest: {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: {
            text: { type: 'string', minLength: 1, maxLength: config.maxTextLength, description: `The post. Not empty or blank; at most ${config.maxTextLength} characters (code points). Never logged.` },
            id: { type: 'string', minLength: 1, maxLength: 200, description: 'Caller\'s id, echoed back; not blank. A UUID is assigned when absent.' },
            election: { type: 'string', minLength: 1, maxLength: 100, description: 'Election id (GET /v1/elections); not blank (a 400, an unknown id a 422). Restricts mention detection to that election; with postedAt, gives the stage.' },
            postedAt: {
              type: 'string',
              format: 'date-time',
              description: 'When the post was made, ISO 8601 (RFC 3339) with seconds, an upper-case T and a zone (upper-case Z or ±hh:mm, at most ±14:00), year 1900 or later.',
            },
            author: { type: 'string', maxLength: 500, description: 'Accepted for the caller\'s bookkeeping; not used for scoring, not logged.' },
            source: { type: 'string', maxLength: 500, description: 'Accepted for the caller\'s bookkeeping; not used for scoring, not logged.' },
          },
        },
        ScoreResult: {
          type: 'object',
          required: ['id', 'label', 'risk', 'level', 'scores', 'evidence', 'mentions', 'model'],
          properties: {
            id: { type: 'string' },
            label: { enum: [...LABELS], description: 'Most likely label (netral = no partisan signal).' },
            risk: { type: 'number', minimum: 0, maximum: 1, description: 'Calibrated probability that the post is partisan (1 − P(netral)).' },
            level: { enum: [...LEVELS], description: 'Review priority; see the stage rule in info.description.' },
            scores: { type: 'object', required: [...LABELS], properties: Object.fromEntries(LABELS.map((l) => [l, { type: 'number', minimum: 0, maximum: 1 }])) },
            evidence: {
              type: 'array',
              description: 'The phrases that moved the score most, strongest first, in normalized words ("tidak" for "ga", "nomor 2" for "02", "[angka]" for a number).',
              items: {
                type: 'object',
                required: ['text', 'weight'],
                properties: {
                  text: { type: 'string', description: 'The phrase as the model reads it (normalized).' },
                  weight: { type: 'number' },
                  candidate: { type: 'string' },
                  written: {
                    type: 'array',
                    minItems: 1,
                    description:
                      'Only with ?written=true, and only when the phrase is found in the post: every place the post writes it, in order. ' +
                      '`text` is the post\'s own characters there (search for it), `start` and `end` the place as [start, end) in UTF-16 code units ' +
                      '(JavaScript string indices, so text = post.slice(start, end); Python indexes code points, so convert: an emoji before the place counts 2 units but 1 code point).',
                    items: { type: 'object', required: ['text', 'start', 'end'], properties: { text: { type: 'string' }, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 1 } } },
                  },
                },
              },
            },
            mentions: {
              type: 'array',
              items: {
                type: 'object',
                required: ['kind', 'text'],
                properties: { kind: { enum: ['name', 'alias', 'number', 'gesture', 'party', 'slogan', 'hashtag', 'account'] }, text: { type: 'string' }, candidate: { type: 'string' } },
              },
            },
            part: {
              type: 'object',
              required: ['start', 'end'],
              description:
                'Only for a long post whose riskiest paragraph (or window of sentences) is riskier than the whole post: that part, as [start, end) in UTF-16 code units of `text`. ' +
                'label, risk, scores and evidence are then that part\'s; mentions stay the whole post\'s.',
              properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 1 } },
            },
            stage: { enum: [...STAGES], description: 'Present when election and postedAt were given and the schedule covers the day.' },
            election: { type: 'string', description: 'The election given, or the one the mentions point at.' },
            model: { type: 'object', required: ['version', 'backend'], properties: { version: { type: 'string' }, backend: { type: 'string' } } },
            warnings: {
              type: 'array',
              minItems: 1,
              description:
                'Only when there is something to say about a post that was still scored. Now one kind: type urn:netra:warning:posted-at-in-future, ' +
                'a postedAt later than when the post was scored, by more than a 5-minute clock-skew tolerance (a placeholder such as 9999-12-31, a typo in the year, a wrong zone): the post was scored with that time, ' +
                'so its stage may be wrong. field names it as errors do (postedAt, items[3].postedAt). Counted in /metrics as netra_posted_at_future_total.',
              items: { type: 'object', required: ['type', 'field', 'message'], properties: { type: { type: 'string' }, field: { type: 'string' }, message: { type: 'string' } } },
            },
          },
        },
        BatchRequest: {
          type: 'object',
          additionalProperties: false,
          required: ['items'],
          properties: { items: { type: 'array', maxItems: config.maxBatchItems, items: { $ref: '#/components/schemas/ScoreRequest' } } },
        },
        BatchItemError: {
          type: 'object',
          required: ['index', 'error'],
          properties: { index: { type: 'integer', minimum: 0 }, id: { type: 'string', description: "The item's id, when it is one the rules accept." }, error: { $ref: '#/components/schemas/Problem', description: "Why the item was refused, with the request's id (requestId) and no instance." } },
        },
        BatchResult: {
          type: 'object',
          required: ['results'],
          properties: { results: { type: 'array', items: { oneOf: [{ $ref: '#/components/schemas/ScoreResult' }, { $ref: '#/components/schemas/BatchItemError' }] } } },
        },
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details.',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string', format: 'uri-reference' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            requestId: { type: 'string' },
            errors: {
              type: 'array',
              items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string', description: 'e.g. "text", "items[3].postedAt", "(body)"' }, message: { type: 'string' } } },
            },
          },
        },
        Model: {
          type: 'object',
          properties: {
            version: { type: 'string' },
            backend: { type: 'string' },
            tfjsBackend: { type: 'string', description: 'The tfjs backend when NETRA_LOAD_TFJS=1, else "not loaded" (scoring never needs tfjs).' },
            labels: { type: 'array', items: { type: 'string' } },
            thresholds: {
              type: 'object',
              properties: { sedang: { type: 'number' }, tinggi: { type: 'number' }, targets: { type: 'object', description: 'What each threshold was chosen for (sedang: recall, tinggi: precision).' } },
            },
            calibration: { type: 'object' },
            features: { type: 'object' },
            vocabularySize: { type: 'integer' },
            createdAt: { type: 'string', format: 'date-time' },
            intendedUse: { type: 'string' },
            metrics: { type: 'array', items: { type: 'object', description: 'Evaluation scenario from the model card.' } },
          },
        },
        Elections: {
          type: 'object',
          properties: {
            elections: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'candidates'],
                properties: {
                  id: { type: 'string' },
                  name: { type: 'string' },
                  kind: { type: 'string' },
                  region: { type: 'string' },
                  schedule: { type: 'object' },
                  candidates: { type: 'array', items: { type: 'object' } },
                  parties: { type: 'array', items: { type: 'string' } },
                  caleg: {
                    type: 'array',
                    description: "A Pileg's legislative candidates: their mentions and list places carry `candidate` labels such as `Andi Mappasessu, caleg no. urut 2, dapil …, Partai Bulan Emas (05, pileg-x-2029)`.",
                    items: { type: 'object', properties: { name: { type: 'string' }, aliases: { type: 'array', items: { type: 'string' } }, party: { type: 'string' }, number: { type: 'integer' }, dapil: { type: 'string' } } },
                  },
                  ambiguousAcronyms: { type: 'array', items: { type: 'string' } },
                  emptyBox: {
                    type: 'string',
                    description: 'Only for a regional race with one pair (kind pilgub, pilbup or pilwalkot): the empty box (kotak/kolom kosong) is read as its contestant, and this is the `candidate` its mentions and evidence carry, e.g. `Kotak kosong (pilbup-x-2024)`.',
                  },
                  currentStage: { oneOf: [{ enum: [...STAGES] }, { type: 'null' }] },
                },
              },
            },
          },
        },
      },
    },
  };
}
