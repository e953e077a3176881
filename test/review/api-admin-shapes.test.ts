// The admin routes' answers (GET/POST /keys, DELETE /keys/{id}, POST /retention/purge) on both stores,
// checked against the schemas the OpenAPI document gives for them; and no JSON answer of the
// document is left without a schema.
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { DOC, shapeProblems, type Schema } from './helpers/shapes.js';

type Answers = Record<string, { content?: Record<string, { schema: Schema }> }>;
const answersOf = (path: string, method: string): Answers => (DOC.paths[path] as Record<string, { responses: Answers }>)[method].responses;
const schemaOf = (path: string, method: string, status: string): Schema => answersOf(path, method)[status].content!['application/json'].schema;

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
}, 60_000);

describe('the review OpenAPI document', () => {
  it('gives every JSON success answer a named schema, not a bare object', () => {
    const bare: string[] = [];
    for (const [path, ops] of Object.entries(DOC.paths as Record<string, Record<string, { responses: Answers }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [status, answer] of Object.entries(op.responses)) {
          const schema = answer.content?.['application/json']?.schema as (Schema & { oneOf?: Schema[] }) | undefined;
          if (status.startsWith('2') && schema && !schema.$ref && !schema.oneOf) bare.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(bare).toEqual([]);
    expect(schemaOf('/keys', 'get', '200')).toEqual({ $ref: '#/components/schemas/ReviewKeyList' });
    expect(schemaOf('/keys', 'post', '201')).toEqual({ $ref: '#/components/schemas/ReviewKeyCreated' });
    expect(schemaOf('/retention/purge', 'post', '200')).toEqual({ $ref: '#/components/schemas/ReviewPurgeResult' });
    // A revoke answers 204 with no body, and the document says so.
    expect(answersOf('/keys/{id}', 'delete')['204']).toEqual({ description: 'Revoked.' });
  });
});

describeOnStores('admin answers on $name match the document', (kind) => {
  const fx = reviewServer(kind, () => scorer);
  const call = (method: string, path: string, key?: string, body?: unknown) => apiCall(fx.srv.base, method, `/v1/review${path}`, key, body);

  it('GET /keys, POST /keys and DELETE /keys/{id}', async () => {
    const made = await call('POST', '/keys', fx.keys.admin, { name: 'Bentuk Kunci', role: 'supervisor' });
    expect(made.status).toBe(201);
    expect(shapeProblems(schemaOf('/keys', 'post', '201'), made.json)).toEqual([]);
    expect(made.json).toMatchObject({ name: 'Bentuk Kunci', role: 'supervisor', revokedAt: null });
    expect((await call('GET', '/stats', made.json.key)).status).toBe(200);

    const revoked = await call('DELETE', `/keys/${made.json.id}`, fx.keys.admin);
    expect(revoked.status).toBe(204);
    expect(revoked.text).toBe('');

    const list = await call('GET', '/keys', fx.keys.admin);
    expect(list.status).toBe(200);
    expect(shapeProblems(schemaOf('/keys', 'get', '200'), list.json)).toEqual([]);
    // The fixture's three keys and this one, revoked, with its revocation time; never a secret.
    expect(list.json.keys.length).toBeGreaterThanOrEqual(4);
    const listed = list.json.keys.find((k: { id: string }) => k.id === made.json.id);
    // Used once (GET /stats above): its last use is listed.
    expect(listed).toEqual({ id: made.json.id, name: 'Bentuk Kunci', role: 'supervisor', createdAt: made.json.createdAt, revokedAt: expect.any(String), expiresAt: null, expired: false, lastUsedAt: expect.any(String) });
    expect(made.json.lastUsedAt).toBeNull();
    expect(list.text).not.toContain(made.json.key.slice(-43));
  });

  it('POST /retention/purge', async () => {
    const made = await call('POST', '/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, uji bentuk purge', author: 'purge-shape' });
    expect((await call('POST', `/items/${made.json.id}/decision`, fx.keys.supervisor, { outcome: 'dismissed', reason: 'alasan uji' })).status).toBe(201);
    // Decided 40 days ago: past the fixture's 30-day retention.
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await fx.store.rdb.db.updateTable('items').set({ decided_at: old }).where('id', '=', made.json.id).execute();

    const purged = await call('POST', '/retention/purge', fx.keys.admin);
    expect(purged.status).toBe(200);
    expect(shapeProblems(schemaOf('/retention/purge', 'post', '200'), purged.json)).toEqual([]);
    expect(purged.json).toEqual({ purged: 1, escalatedPastRetention: 0 });
    const again = await call('POST', '/retention/purge', fx.keys.admin);
    expect(shapeProblems(schemaOf('/retention/purge', 'post', '200'), again.json)).toEqual([]);
    expect(again.json).toEqual({ purged: 0, escalatedPastRetention: 0 });
  });

  it('the checker itself refuses answers off the schemas', () => {
    const keyList = schemaOf('/keys', 'get', '200');
    const key = { id: '0123456789abcdef', name: 'x', role: 'admin', createdAt: '2024-01-01T00:00:00.000Z', revokedAt: null, expiresAt: null, expired: false, lastUsedAt: null };
    expect(shapeProblems(keyList, { keys: [key] })).toEqual([]);
    expect(shapeProblems(keyList, { keys: [{ ...key, hash: 'ab' }] })).toEqual(['$.keys[0].hash: not in the schema']);
    expect(shapeProblems(keyList, { keys: [{ ...key, role: 'root' }] })).toEqual(['$.keys[0].role: "root" not in enum']);
    expect(shapeProblems(schemaOf('/keys', 'post', '201'), { ...key, key: 'nrk_short' })).toEqual(['$.key: does not match ^nrk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$']);
    expect(shapeProblems(schemaOf('/retention/purge', 'post', '200'), { purged: -1, escalatedPastRetention: 0 })).toEqual(['$.purged: -1 < 0']);
  });
});
