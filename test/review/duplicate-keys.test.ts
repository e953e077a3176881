// The review API's JSON bodies are read as the scoring routes' are: a key given twice in one object
// ({"role":"analyst","role":"admin"}) is a 400 naming it, however it is spelt, and nothing is done.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { listKeys } from '../../src/review/keys.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());
const TWICE = 'must be given once';

/** POSTs `body` as it is written (JSON.stringify cannot repeat a key). */
async function postRaw(path: string, key: string, body: string) {
  const res = await fetch(fx.srv.base + path, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body });
  return { status: res.status, type: res.headers.get('content-type'), json: await res.json() };
}

describe('review API bodies with a key given twice', () => {
  it('POST /keys: refuses {"role":"analyst","role":"admin"}, naming role, and makes no key', async () => {
    const before = (await listKeys(fx.store.rdb)).length;
    for (const body of ['{"name":"x","role":"analyst","role":"admin"}', '{"name":"x","role":"analyst","r\\u006fle":"admin"}']) {
      const res = await postRaw('/v1/review/keys', fx.keys.admin, body);
      expect(res.status, body).toBe(400);
      expect(res.type).toMatch(/^application\/problem\+json/);
      expect(res.json).toMatchObject({ type: 'urn:netra:problem:validation', detail: `role: ${TWICE}`, errors: [{ field: 'role', message: TWICE }], instance: '/v1/review/keys' });
    }
    expect((await listKeys(fx.store.rdb)).length).toBe(before);
    // the same key in a string is no key
    const ok = await postRaw('/v1/review/keys', fx.keys.admin, '{"name":"role: \\"role\\":\\"admin\\"","role":"analyst"}');
    expect(ok.status).toBe(201);
    expect(ok.json.role).toBe('analyst');
  });

  it('POST /items: refuses a post or a batch item that gives a key twice, naming it, and stores nothing', async () => {
    const count = async () => (await apiCall(fx.srv.base, 'GET', '/v1/review/items?limit=500', fx.keys.analyst)).json.items.length as number;
    const before = await count();
    const cases: [string, string][] = [
      ['{"text":"Rapat dinas","text":"Ayo coblos 02"}', 'text'],
      ['{"items":[{"text":"Rapat satu"},{"text":"Rapat dua","te\\u0078t":"Ayo coblos 02"}]}', 'items[1].text'],
      ['{"items":[{"text":"Ayo coblos 02"}],"items":[]}', 'items'],
    ];
    for (const [body, field] of cases) {
      const res = await postRaw('/v1/review/items', fx.keys.analyst, body);
      expect(res.status, body).toBe(400);
      expect(res.json.errors, body).toEqual([{ field, message: TWICE }]);
    }
    expect(await count()).toBe(before);
    // the same key in different items, or inside a string, is no duplicate
    const ok = await postRaw('/v1/review/items', fx.keys.analyst, '{"items":[{"text":"Rapat dinas satu \\"text\\":"},{"text":"Rapat dinas dua","author":"{\\"text\\":1,\\"text\\":2}"}]}');
    expect(ok.status).toBe(201);
    expect(ok.json.created).toBe(2);
  });

  it('POST /items/:id/decision: refuses an outcome given twice and records no decision', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo dukung nomor 2', author: 'dup-decision' })).json.id as string;
    const res = await postRaw(`/v1/review/items/${id}/decision`, fx.keys.supervisor, '{"outcome":"dismissed","label":"netral","outcome":"confirmed"}');
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'outcome', message: TWICE }]);
    expect((await fx.store.record(id))?.decisions).toEqual([]);
  });
});
