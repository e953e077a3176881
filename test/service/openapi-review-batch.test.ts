// The served /openapi.json must accept what POST /v1/review/items accepts: one post, or a batch
// {items: [post, …]} of at most NETRA_REVIEW_MAX_BATCH posts. A client generated from the document
// (or one that validates its requests against it) could otherwise never send a batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'express';
import { reviewOpenApi } from '../../src/review/http/openapi.js';
import { startService, type TestService } from './helpers.js';

let svc: TestService;

beforeAll(async () => {
  svc = await startService({ routers: [{ path: '/v1/review', router: Router(), openapi: reviewOpenApi(10_000, 7) }] });
}, 60_000);
afterAll(() => svc?.close());

type Schema = Record<string, unknown> & { $ref?: string; oneOf?: Schema[]; properties?: Record<string, Schema> };

describe('POST /v1/review/items in /openapi.json', () => {
  it('documents the batch form beside the single post, with the running batch limit', async () => {
    const doc = await (await fetch(`${svc.url}/openapi.json`)).json();
    const schema: Schema = doc.paths['/v1/review/items'].post.requestBody.content['application/json'].schema;
    const forms = (schema.oneOf ?? [schema]).map((s) => (s.$ref ? doc.components.schemas[s.$ref.split('/').pop()!] : s) as Schema);
    // the single post as before
    expect(forms.some((f) => (f.required as string[] | undefined)?.includes('text'))).toBe(true);
    const batch = forms.find((f) => f.properties?.items);
    expect(batch, 'a {items: […]} form').toBeDefined();
    expect(batch).toMatchObject({ type: 'object', required: ['items'], additionalProperties: false });
    expect(batch!.properties!.items).toEqual({ type: 'array', minItems: 1, maxItems: 7, items: { $ref: '#/components/schemas/ReviewPost' } });
  });
});
