// The /v1/review API on both stores: every route × role (no key 401, low role 403), and behaviour.
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import type { Role } from '../../src/review/roles.js';
import { storeKinds } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { REVIEW_OBJECT_SCHEMAS } from '../../src/review/http/openapi-schemas.js';
import { apiCall } from './helpers/http.js';

let scorer: Scorer;
beforeAll(async () => {
  scorer = await createScorer();
}, 60_000);

const ROUTES: { method: string; path: (id: string) => string; role: Role; body?: unknown }[] = [
  { method: 'POST', path: () => '/v1/review/items', role: 'analyst', body: { text: 'Rapat kerja bulanan dinas pendidikan', author: 'matrix' } },
  { method: 'GET', path: () => '/v1/review/items', role: 'analyst' },
  { method: 'GET', path: (id) => `/v1/review/items/${id}`, role: 'analyst' },
  { method: 'POST', path: (id) => `/v1/review/items/${id}/notes`, role: 'analyst', body: { text: 'cek akun', suggestedLabel: 'dukungan' } },
  { method: 'GET', path: () => '/v1/review/stats', role: 'analyst' },
  { method: 'POST', path: (id) => `/v1/review/items/${id}/assign`, role: 'supervisor', body: {} },
  { method: 'POST', path: (id) => `/v1/review/items/${id}/decision`, role: 'supervisor', body: { outcome: 'escalated', reason: 'uji' } },
  { method: 'GET', path: () => '/v1/review/export?format=jsonl', role: 'supervisor' },
  { method: 'GET', path: (id) => `/v1/review/items/${id}/export`, role: 'supervisor' },
  { method: 'GET', path: () => '/v1/review/keys', role: 'admin' },
  { method: 'POST', path: () => '/v1/review/keys', role: 'admin', body: { name: 'baru', role: 'analyst' } },
  { method: 'DELETE', path: () => '/v1/review/keys/0000000000000000', role: 'admin' },
  { method: 'POST', path: () => '/v1/review/retention/purge', role: 'admin' },
  { method: 'DELETE', path: (id) => `/v1/review/items/${id}`, role: 'admin' },
];
const RANK: Role[] = ['analyst', 'supervisor', 'admin'];

type Schema = { type?: string | string[]; items?: Schema; properties?: Record<string, Schema>; required?: string[]; additionalProperties?: unknown; enum?: unknown[] };
const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
/** Where a value departs from a (small, local) JSON schema: missing or unknown keys, wrong types, values outside an enum. */
function shapeProblems(of: unknown, value: unknown, at = '$'): string[] {
  const schema = of as Schema;
  const out: string[] = [];
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
  const t = typeOf(value);
  if (types.length && !types.includes(t) && !(t === 'integer' && types.includes('number'))) return [`${at}: ${t}, not ${types.join('|')}`];
  if (schema.enum && !schema.enum.includes(value)) out.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (t === 'array' && schema.items) (value as unknown[]).forEach((v, i) => out.push(...shapeProblems(schema.items!, v, `${at}[${i}]`)));
  if (t === 'object' && schema.properties) {
    const obj = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in obj)) out.push(`${at}.${k}: missing`);
    for (const [k, v] of Object.entries(obj)) {
      const sub = schema.properties[k];
      if (sub) out.push(...shapeProblems(sub, v, `${at}.${k}`));
      else if (schema.additionalProperties === false) out.push(`${at}.${k}: not in the schema`);
    }
  }
  return out;
}

describe.each(storeKinds())('review API on $name', (kind) => {
  if (!kind.available) {
    it.skip(`${kind.name}: ${kind.skipReason}`, () => {});
    return;
  }
  const fx = reviewServer(kind, () => scorer);

  const call = (method: string, path: string, key?: string, body?: unknown) => apiCall(fx.srv.base, method, path, key, body);
  const newItem = async (text: string) => (await call('POST', '/v1/review/items', fx.keys.analyst, { text, author: `a-${Math.random()}` })).json.id as string;

  describe('route × role', () => {
    for (const route of ROUTES) {
      it(`${route.method} ${route.path(':id')} needs ${route.role}`, async () => {
        const id = await newItem('Ayo dukung pasangan nomor 1 demi perubahan');
        const noKey = await call(route.method, route.path(id), undefined, route.body);
        expect(noKey.status).toBe(401);
        expect(noKey.headers.get('www-authenticate')).toMatch(/Bearer/);
        const badKey = await call(route.method, route.path(id), 'nrk_0000000000000000_' + 'b'.repeat(43), route.body);
        expect(badKey.status).toBe(401);
        for (const role of RANK) {
          const allowed = RANK.indexOf(role) >= RANK.indexOf(route.role);
          const id2 = await newItem(`Ayo dukung pasangan nomor 1, uji ${role} ${route.method} ${route.path('x')}`);
          const res = await call(route.method, route.path(id2), fx.keys[role], route.body);
          if (allowed) expect([200, 201, 204, 400, 404], `${role}: ${res.text}`).toContain(res.status);
          else expect(res.status, `${role}`).toBe(403);
          if (allowed) expect(res.status === 400 && route.path('x').includes('purge')).toBe(false);
        }
      });
    }
  });

  it('scores and enqueues a batch, dedupes, and validates', async () => {
    const batch = await call('POST', '/v1/review/items', fx.keys.analyst, {
      items: [
        { text: 'Coblos nomor 2 ya bapak ibu, jangan sampai salah', source: 'x', externalId: 'b1', election: 'pilpres-2024', postedAt: '2024-01-20T08:00:00+07:00', author: 'pns-1' },
        { text: 'Pelayanan KTP elektronik buka sampai sore', source: 'x', externalId: 'b2' },
      ],
    });
    expect(batch.status).toBe(201);
    expect(batch.json.created).toBe(2);
    const [a] = batch.json.items;
    expect(a.label).toBe('ajakan');
    const again = await call('POST', '/v1/review/items', fx.keys.analyst, { items: [{ text: 'Coblos nomor 2 ya bapak ibu, jangan sampai salah', source: 'x', externalId: 'b1' }] });
    expect(again.status).toBe(200);
    expect(again.json.duplicates).toBe(1);
    expect(again.json.items[0].id).toBe(a.id);
    const got = await call('GET', `/v1/review/items/${a.id}`, fx.keys.analyst);
    expect(got.json).toMatchObject({ election: 'pilpres-2024', stage: 'campaign', source: 'x', externalId: 'b1', status: 'new' });
    expect(got.json.evidence.length).toBeGreaterThan(0);
    expect(got.json.audit[0].action).toBe('create');
    expect((await call('POST', '/v1/review/items', fx.keys.analyst, { text: '' })).status).toBe(400);
    expect((await call('POST', '/v1/review/items', fx.keys.analyst, { items: [] })).status).toBe(400);
    expect((await call('POST', '/v1/review/items', fx.keys.analyst, { text: 'x', election: 'pilkada-mars' })).status).toBe(422);
    expect((await call('POST', '/v1/review/items', fx.keys.analyst, { items: Array.from({ length: 51 }, (_, i) => ({ text: `t${i}` })) })).status).toBe(400);
    const bad = await fetch(`${fx.srv.base}/v1/review/items`, { method: 'POST', headers: { authorization: `Bearer ${fx.keys.analyst}`, 'content-type': 'application/json' }, body: '{"text":' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('lists sorted by risk with filters and a cursor', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await call('GET', `/v1/review/items?limit=4${cursor ? `&cursor=${cursor}` : ''}`, fx.keys.analyst);
      expect(res.status).toBe(200);
      seen.push(...res.json.items.map((i: { risk: number }) => i.risk));
      cursor = res.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    const tinggi = await call('GET', '/v1/review/items?level=tinggi&status=new', fx.keys.analyst);
    expect(tinggi.json.items.every((i: { level: string; status: string }) => i.level === 'tinggi' && i.status === 'new')).toBe(true);
    expect((await call('GET', '/v1/review/items?level=extreme', fx.keys.analyst)).status).toBe(400);
    expect((await call('GET', '/v1/review/items?status=&level=&election=&assignee=', fx.keys.analyst)).status).toBe(200);
    expect((await call('GET', '/v1/review/items?cursor=zzz', fx.keys.analyst)).status).toBe(400);
  });

  it('answers in the shapes its OpenAPI document gives', async () => {
    const id = await newItem('Coblos nomor 2 ya, jangan lupa ajak keluarga');
    const queued = await call('POST', '/v1/review/items', fx.keys.analyst, { text: 'Rapat koordinasi hari Senin', author: 'shape' });
    const batch = await call('POST', '/v1/review/items', fx.keys.analyst, { items: [{ text: 'Rapat koordinasi hari Selasa', author: 'shape' }] });
    const note = await call('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text: 'cek', suggestedLabel: 'ajakan' });
    const assigned = await call('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, {});
    const decision = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed' });
    const record = await call('GET', `/v1/review/items/${id}`, fx.keys.analyst);
    const page = await call('GET', '/v1/review/items?limit=2', fx.keys.analyst);
    const { item, decision: decisionSchema, note: noteSchema, audit, queued: queuedSchema } = REVIEW_OBJECT_SCHEMAS;
    expect(shapeProblems(queuedSchema, queued.json)).toEqual([]);
    for (const q of batch.json.items) expect(shapeProblems(queuedSchema, q)).toEqual([]);
    expect(shapeProblems(noteSchema, note.json)).toEqual([]);
    expect(shapeProblems(item, assigned.json)).toEqual([]);
    expect(shapeProblems(decisionSchema, decision.json)).toEqual([]);
    const { decisions, notes, audit: trail, ...rest } = record.json;
    expect(shapeProblems(item, rest)).toEqual([]);
    for (const d of decisions) expect(shapeProblems(decisionSchema, d)).toEqual([]);
    for (const n of notes) expect(shapeProblems(noteSchema, n)).toEqual([]);
    for (const a of trail) expect(shapeProblems(audit, a)).toEqual([]);
    for (const i of page.json.items) expect(shapeProblems(item, i)).toEqual([]);
    expect(Object.keys(page.json).sort()).toEqual(['items', 'nextCursor']);
  });

  it('assigns, decides, conflicts, exports csv and jsonl, and reports stats', async () => {
    const id = await newItem('Pilih yang amanah, nomor 3 pasti menang, sebarkan!');
    const assigned = await call('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: 'Ani Analis' });
    expect(assigned.json).toMatchObject({ status: 'in_review', assignee: 'Ani Analis' });
    expect((await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'maybe' })).status).toBe(400);
    const dec = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan, "menyebar"' });
    expect(dec.status).toBe(201);
    expect(dec.json).toMatchObject({ outcome: 'confirmed', reviewerLabel: 'ajakan', reviewer: expect.stringContaining('Sari Supervisor#') });
    expect((await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'dismissed' })).status).toBe(409);
    expect((await call('POST', '/v1/review/items/nope/decision', fx.keys.supervisor, { outcome: 'dismissed' })).status).toBe(404);
    const jsonl = await call('GET', '/v1/review/export?format=jsonl', fx.keys.supervisor);
    expect(jsonl.headers.get('content-type')).toMatch(/ndjson/);
    const rows = jsonl.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.find((r) => r.item_id === id)).toMatchObject({ outcome: 'confirmed', reviewer_label: 'ajakan' });
    const csv = await call('GET', '/v1/review/export?format=csv', fx.keys.supervisor);
    expect(csv.text.split('\n')[0]).toBe('item_id,source,external_id,election,stage,posted_at,model_version,model_label,risk,level,outcome,reviewer_label,reason,reviewer,decided_at,text');
    expect(csv.text).toContain('"ajakan, ""menyebar"""');
    expect((await call('GET', '/v1/review/export?format=xml', fx.keys.supervisor)).status).toBe(400);
    // Every copy handed out is audited (who, format, rows; never the rows), and no cache keeps one.
    const item = await call('GET', `/v1/review/items/${id}/export`, fx.keys.supervisor);
    for (const res of [jsonl, csv, item, await call('GET', `/v1/review/items/${id}`, fx.keys.analyst)]) expect(res.headers.get('cache-control')).toBe('no-store');
    const exports = await fx.store.rdb.db.selectFrom('audit').selectAll().where('action', '=', 'export').orderBy('seq').execute();
    expect(exports.slice(-3).map((a) => [a.item_id, JSON.parse(String(a.after)).format])).toEqual([[null, 'jsonl'], [null, 'csv'], [id, 'json']]);
    expect(JSON.parse(String(exports.at(-2)?.after)).rows).toBe(csv.text.trim().split('\n').length - 1);
    expect(exports.slice(-3).every((a) => a.actor.startsWith('Sari Supervisor#'))).toBe(true);
    const stats = await call('GET', '/v1/review/stats', fx.keys.analyst);
    expect(stats.json.byStatus.confirmed).toBeGreaterThan(0);
    expect(stats.json.agreement.decided).toBeGreaterThan(0);
  });

  it('manages keys over the API; a new key is shown once and works', async () => {
    const made = await call('POST', '/v1/review/keys', fx.keys.admin, { name: 'Tamu', role: 'analyst' });
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toBe('no-store');
    expect((await call('GET', '/v1/review/stats', made.json.key)).status).toBe(200);
    const list = await call('GET', '/v1/review/keys', fx.keys.admin);
    expect(JSON.stringify(list.json)).not.toContain(made.json.key);
    expect((await call('DELETE', `/v1/review/keys/${made.json.id}`, fx.keys.admin)).status).toBe(204);
    expect((await call('GET', '/v1/review/stats', made.json.key)).status).toBe(401);
  });

  it('exports then deletes one item on request', async () => {
    const id = await newItem('Data saya mohon dihapus dari sistem');
    const exp = await call('GET', `/v1/review/items/${id}/export`, fx.keys.supervisor);
    expect(exp.json.item.text).toBe('Data saya mohon dihapus dari sistem');
    expect(exp.headers.get('content-disposition')).toContain('attachment');
    // The file holds its own export entry: audited first, in the same transaction as the reads.
    expect(exp.json.audit.at(-1)).toMatchObject({ action: 'export', actor: expect.stringContaining('Sari Supervisor#'), after: { format: 'json', rows: 1 } });
    expect((await call('DELETE', `/v1/review/items/${id}?reason=permintaan`, fx.keys.admin)).status).toBe(204);
    expect((await call('GET', `/v1/review/items/${id}`, fx.keys.analyst)).status).toBe(404);
  });
});
