// The /v1/review API on both stores: every route × role (no key 401, low role 403), and behaviour.
import { beforeAll, describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import type { Scorer } from '../../src/pipeline/scorer.js';
import type { Role } from '../../src/review/roles.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { REVIEW_OBJECT_SCHEMAS } from '../../src/review/http/openapi-schemas.js';
import { EXPORTED_COLUMNS } from '../../src/review/http/export.js';
import { apiCall } from './helpers/http.js';
import { DOC, shapeProblems, type Schema } from './helpers/shapes.js';

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
  { method: 'DELETE', path: (id) => `/v1/review/items/${id}?reason=uji`, role: 'admin' },
  { method: 'GET', path: () => '/v1/review/audit?limit=5', role: 'admin' },
];
const RANK: Role[] = ['analyst', 'supervisor', 'admin'];

describeOnStores('review API on $name', (kind) => {
  const fx = reviewServer(kind, () => scorer);

  const call = (method: string, path: string, key?: string, body?: unknown) => apiCall(fx.srv.base, method, path, key, body);
  const newItem = async (text: string) => (await call('POST', '/v1/review/items', fx.keys.analyst, { text, author: `a-${Math.random()}` })).json.id as string;

  describe('route × role', () => {
    for (const route of ROUTES) {
      it(`${route.method} ${route.path(':id')} needs ${route.role}`, async () => {
        const id = await newItem('Ayo dukung pasangan nomor 1 demi perubahan');
        const noKey = await call(route.method, route.path(id), undefined, route.body);
        expect(noKey.status).toBe(401);
        expect(noKey.headers.get('www-authenticate')).toBe('Bearer realm="netra-review"');
        const badKey = await call(route.method, route.path(id), 'nrk_0000000000000000_' + 'b'.repeat(43), route.body);
        expect(badKey.status).toBe(401);
        // a key was given and is wrong: RFC 6750's invalid_token, so a client knows to replace it
        expect(badKey.headers.get('www-authenticate')).toBe('Bearer realm="netra-review", error="invalid_token"');
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
    const unknown = await call('POST', '/v1/review/items', fx.keys.analyst, { text: 'x', election: 'pilkada-mars' });
    expect(unknown.status).toBe(422);
    // the known ids, as /v1/score lists them
    expect(unknown.json.detail).toMatch(/^election: unknown election "pilkada-mars" \(known: .*pilpres-2024/);
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
    // a misspelt filter is refused, naming it, rather than dropped (which would list everything)
    const typo = await call('GET', '/v1/review/items?levl=tinggi', fx.keys.analyst);
    expect(typo.status).toBe(400);
    expect(typo.json.errors.map((e: { field: string }) => e.field)).toEqual(['levl']);
    const exportTypo = await call('GET', '/v1/review/export?fromat=csv', fx.keys.supervisor);
    expect([exportTypo.status, exportTypo.json.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['fromat']]);
    const statsTypo = await call('GET', '/v1/review/stats?election=pilpres-2024', fx.keys.analyst);
    expect([statsTypo.status, statsTypo.json.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['election']]);
  });

  it('answers in the shapes its OpenAPI document gives', async () => {
    const id = await newItem('Coblos nomor 2 ya, jangan lupa ajak keluarga');
    const queued = await call('POST', '/v1/review/items', fx.keys.analyst, { text: 'Rapat koordinasi hari Senin', author: 'shape' });
    const batch = await call('POST', '/v1/review/items', fx.keys.analyst, { items: [{ text: 'Rapat koordinasi hari Selasa', author: 'shape' }] });
    const note = await call('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text: 'cek', suggestedLabel: 'ajakan' });
    const assigned = await call('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, {});
    const decision = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji' });
    const record = await call('GET', `/v1/review/items/${id}`, fx.keys.analyst);
    const page = await call('GET', '/v1/review/items?limit=2', fx.keys.analyst);
    const log = await call('GET', '/v1/review/audit?limit=20', fx.keys.admin);
    const { item, decision: decisionSchema, note: noteSchema, audit, queued: queuedSchema } = REVIEW_OBJECT_SCHEMAS;
    expect(shapeProblems(queuedSchema, queued.json)).toEqual([]);
    for (const q of batch.json.items) expect(shapeProblems(queuedSchema, q)).toEqual([]);
    expect(shapeProblems(noteSchema, note.json)).toEqual([]);
    expect(shapeProblems(DOC.schemas.ReviewItemAnswer, assigned.json)).toEqual([]);
    expect(shapeProblems(decisionSchema, decision.json)).toEqual([]);
    const { decisions, notes, audit: trail, purgeDueAt, purgeDue, ...rest } = record.json;
    expect(shapeProblems(item, rest)).toEqual([]);
    const recordFields = (DOC.schemas.ReviewItemRecord as Schema).properties!;
    expect([...shapeProblems(recordFields.purgeDueAt, purgeDueAt), ...shapeProblems(recordFields.purgeDue, purgeDue)]).toEqual([]);
    for (const d of decisions) expect(shapeProblems(decisionSchema, d)).toEqual([]);
    for (const n of notes) expect(shapeProblems(noteSchema, n)).toEqual([]);
    for (const a of trail) expect(shapeProblems(audit, a)).toEqual([]);
    for (const i of page.json.items) expect(shapeProblems(DOC.schemas.ReviewItemAnswer, i)).toEqual([]);
    expect(Object.keys(page.json).sort()).toEqual(['items', 'nextCursor']);
    expect(log.json.entries.length).toBeGreaterThan(0);
    for (const a of log.json.entries) expect(shapeProblems(audit, a)).toEqual([]);
    expect(Object.keys(log.json).sort()).toEqual(['entries', 'nextCursor']);
  });

  it('answers the export routes and /stats in the shapes its OpenAPI document gives', async () => {
    // A confirmed item with a suggestion, an escalated one (no reviewer label; text like a formula) and a dismissed one.
    const taken = await newItem('Coblos nomor 2, ajak seluruh keluarga besar');
    await call('POST', `/v1/review/items/${taken}/notes`, fx.keys.analyst, { text: 'usul', suggestedLabel: 'ajakan' });
    expect((await call('POST', `/v1/review/items/${taken}/decision`, fx.keys.supervisor, { outcome: 'confirmed', label: 'ajakan', reason: 'jelas' })).status).toBe(201);
    const up = await call('POST', '/v1/review/items', fx.keys.analyst, { text: '=Pilih nomor 1 di pilpres', election: 'pilpres-2024', postedAt: '2024-01-20T09:00:00+07:00', externalId: 'shape-x', author: 'shape' });
    expect((await call('POST', `/v1/review/items/${up.json.id}/decision`, fx.keys.supervisor, { outcome: 'escalated', reason: 'alasan uji' })).status).toBe(201);
    const plain = await newItem('Jadwal senam pagi pindah ke lapangan');
    expect((await call('POST', `/v1/review/items/${plain}/decision`, fx.keys.supervisor, { outcome: 'dismissed', reason: 'alasan uji' })).status).toBe(201);

    const response = (path: string) => DOC.paths[path].get as { responses: Record<string, { content: Record<string, { schema: Schema }> }> };
    const schemaOf = (path: string, media = 'application/json') => response(path).responses['200'].content[media].schema;

    const stats = await call('GET', '/v1/review/stats', fx.keys.analyst);
    expect(schemaOf('/stats')).toEqual({ $ref: '#/components/schemas/ReviewStats' });
    expect(shapeProblems(schemaOf('/stats'), stats.json)).toEqual([]);
    expect(stats.json.agreement.decided).toBeGreaterThan(0);

    for (const id of [taken, up.json.id, plain]) {
      const file = await call('GET', `/v1/review/items/${id}/export`, fx.keys.supervisor);
      expect(file.headers.get('content-type')).toMatch(/^application\/json/);
      expect(shapeProblems(schemaOf('/items/{id}/export'), file.json)).toEqual([]);
    }
    expect((await call('GET', `/v1/review/items/${taken}/export`, fx.keys.supervisor)).json.suggestion).toMatchObject({ label: 'ajakan', count: 1 });

    const jsonl = await call('GET', '/v1/review/export?format=jsonl', fx.keys.supervisor);
    expect(Object.keys(response('/export').responses['200'].content).sort()).toEqual(['application/x-ndjson', 'text/csv']);
    expect(jsonl.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const rows = jsonl.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(shapeProblems(schemaOf('/export', 'application/x-ndjson'), row)).toEqual([]);
    expect(rows.map((r) => r.outcome)).toEqual(expect.arrayContaining(['confirmed', 'dismissed', 'escalated']));
    // The CSV's header is the JSONL row schema's names, in order.
    const csv = await call('GET', '/v1/review/export?format=csv', fx.keys.supervisor);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(shapeProblems(schemaOf('/export', 'text/csv'), csv.text)).toEqual([]);
    const header = csv.text.split('\n')[0];
    expect(header).toBe(Object.keys((DOC.schemas.ReviewExportRow as Schema).properties!).join(','));
    expect(header).toBe(EXPORTED_COLUMNS.join(','));
    expect(schemaOf('/export', 'text/csv')).toMatchObject({ type: 'string', description: expect.stringContaining(header) });
  });

  it('assigns, decides, conflicts, exports csv and jsonl, and reports stats', async () => {
    const id = await newItem('Pilih yang amanah, nomor 3 pasti menang, sebarkan!');
    const assigned = await call('POST', `/v1/review/items/${id}/assign`, fx.keys.supervisor, { assignee: 'Adi Admin' });
    expect(assigned.json).toMatchObject({ status: 'in_review', assignee: expect.stringMatching(/^Adi Admin#[0-9a-f]{16}$/) });
    expect((await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'maybe' })).status).toBe(400);
    // Adi holds it: deciding it is a take-over, which names him (without, 409 naming fromAssignee).
    expect((await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji' })).status).toBe(409);
    const dec = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', label: 'ajakan', reason: 'ajakan, "menyebar"', fromAssignee: assigned.json.assignee });
    expect(dec.status).toBe(201);
    expect(dec.json).toMatchObject({ outcome: 'confirmed', reviewerLabel: 'ajakan', reviewer: expect.stringContaining('Sari Supervisor#') });
    expect((await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'dismissed', reason: 'alasan uji' })).status).toBe(409);
    expect((await call('POST', '/v1/review/items/nope/decision', fx.keys.supervisor, { outcome: 'dismissed', reason: 'alasan uji' })).status).toBe(404);
    const jsonl = await call('GET', '/v1/review/export?format=jsonl', fx.keys.supervisor);
    expect(jsonl.headers.get('content-type')).toMatch(/ndjson/);
    const rows = jsonl.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.find((r) => r.item_id === id)).toMatchObject({ outcome: 'confirmed', reviewer_label: 'ajakan' });
    const csv = await call('GET', '/v1/review/export?format=csv', fx.keys.supervisor);
    expect(csv.text.split('\n')[0]).toBe('item_id,source,external_id,election,stage,posted_at,model_version,model_label,risk,level,outcome,reviewer_label,reason,reviewer,decided_at,text,suggested_label,suggestions,suggestion_analysts,suggestion_backing,author,url,part_start,part_end,risk_shown,decision_id,final,corrects,superseded_by,superseded_at,queued_by');
    expect(csv.text).toContain('"ajakan, ""menyebar"""');
    expect((await call('GET', '/v1/review/export?format=xml', fx.keys.supervisor)).status).toBe(400);
    // Every copy handed out is audited (who, format, rows; never the rows), and no cache keeps one.
    const item = await call('GET', `/v1/review/items/${id}/export`, fx.keys.supervisor);
    for (const res of [jsonl, csv, item, await call('GET', `/v1/review/items/${id}`, fx.keys.analyst)]) expect(res.headers.get('cache-control')).toBe('no-store');
    const exports = await fx.store.rdb.db.selectFrom('audit').selectAll().where('action', '=', 'export').orderBy('seq').execute();
    expect(exports.slice(-3).map((a) => [a.item_id, JSON.parse(String(a.after)).format])).toEqual([[null, 'jsonl'], [null, 'csv'], [id, 'json']]);
    expect(JSON.parse(String(exports.at(-2)?.after)).rows).toBe(csv.text.trim().split('\n').length - 1);
    expect(exports.slice(-3).every((a) => a.actor.startsWith('Sari Supervisor#'))).toBe(true);
    // Without a format, JSONL (the default the document and docs/review.md give), audited as such.
    const plain = await call('GET', '/v1/review/export', fx.keys.supervisor);
    expect(plain.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(plain.headers.get('content-disposition')).toMatch(/\.jsonl"$/);
    expect(plain.text).toBe(jsonl.text);
    const last = await fx.store.rdb.db.selectFrom('audit').selectAll().where('action', '=', 'export').orderBy('seq', 'desc').executeTakeFirst();
    expect(JSON.parse(String(last?.after)).format).toBe('jsonl');
    const exportOp = DOC.paths['/export'].get as { summary: string; parameters: unknown[] };
    expect(exportOp.parameters).toEqual([expect.objectContaining({ name: 'format', schema: expect.objectContaining({ default: 'jsonl' }) }), expect.objectContaining({ name: 'bom', schema: expect.objectContaining({ default: '0' }) }), expect.objectContaining({ name: 'delimiter', schema: expect.objectContaining({ default: ',' }) }), expect.objectContaining({ name: 'decimal', schema: expect.objectContaining({ default: '.' }) }), expect.objectContaining({ name: 'since' }), expect.objectContaining({ name: 'until' })]);
    expect(exportOp.summary).toContain('JSONL (default)');
    const stats = await call('GET', '/v1/review/stats', fx.keys.analyst);
    expect(stats.json.byStatus.confirmed).toBeGreaterThan(0);
    expect(stats.json.agreement.decided).toBeGreaterThan(0);
  });

  it("carries analysts' latest suggested label and their number into both exports, and a summary into the stats", async () => {
    const before = (await call('GET', '/v1/review/stats', fx.keys.analyst)).json.suggestions;
    expect(Object.keys(before).sort()).toEqual(['decided', 'items', 'labelAgreement', 'matched', 'suggestions']);
    const id = await newItem('Jangan pilih calon yang suka ingkar janji, ingat rekam jejaknya');
    for (const suggestedLabel of ['dukungan', 'serangan']) {
      expect((await call('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text: `usul ${suggestedLabel}`, suggestedLabel })).status).toBe(201);
      await new Promise((r) => setTimeout(r, 5)); // a later note time
    }
    expect((await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji', label: 'serangan' })).status).toBe(201);
    const jsonl = await call('GET', '/v1/review/export?format=jsonl', fx.keys.supervisor);
    const row = jsonl.text.trim().split('\n').map((l) => JSON.parse(l)).find((r) => r.item_id === id);
    // Two notes of one analyst (the same key): two suggestions, one analyst, who backs the latest label.
    expect(row).toMatchObject({ reviewer_label: 'serangan', suggested_label: 'serangan', suggestions: 2, suggestion_analysts: 1, suggestion_backing: 1 });
    const csv = (await call('GET', '/v1/review/export?format=csv', fx.keys.supervisor)).text.split('\n');
    expect(csv.find((l) => l.startsWith(`${id},`))).toMatch(/,serangan,2,1,1,[^,]*,[^,]*,,,[^,]+,[^,]+,true,,,,[^,]+$/); // author, url; no part (a short post); risk_shown; decision_id, final, no correction; queued_by
    expect((await call('GET', `/v1/review/items/${id}/export`, fx.keys.supervisor)).json.suggestion).toMatchObject({ label: 'serangan', count: 2, analysts: 1, backing: 1 });
    const after = (await call('GET', '/v1/review/stats', fx.keys.analyst)).json.suggestions;
    expect(after).toMatchObject({ items: before.items + 1, suggestions: before.suggestions + 2, decided: before.decided + 1, matched: before.matched + 1 });
    expect(after.labelAgreement).toBeCloseTo(after.matched / after.decided);
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

  it('deletes only with a reason, which the audit log keeps: on whose request, or why', async () => {
    const id = await newItem('Mohon data saya dihapus, alasan wajib');
    for (const [query, message] of [
      ['', 'is required: on whose request, or why, the item is deleted (kept in the audit log)'],
      ['?reason=', 'must not be empty'],
      ['?reason=%20%20', 'must not be empty'],
      ['?reason=%E2%80%8B', 'must not be empty'],
      ['?reason=a&reason=b', 'must be given once'],
    ]) {
      const res = await call('DELETE', `/v1/review/items/${id}${query}`, fx.keys.admin);
      expect(res.status, query).toBe(400);
      expect(res.json.errors, query).toEqual([{ field: 'reason', message }]);
    }
    expect(await fx.store.get(id)).toBeDefined(); // nothing deleted, nothing audited
    expect((await fx.store.audit(id)).map((a) => a.action)).toEqual(['create']);
    const param = (DOC.paths['/items/{id}'].delete as { parameters: { name: string; required: boolean; schema: Record<string, unknown> }[] }).parameters.find((p) => p.name === 'reason');
    expect(param).toMatchObject({ required: true, schema: { minLength: 1 } });
    expect((await call('DELETE', `/v1/review/items/${id}?reason=${encodeURIComponent('permintaan subjek via email 12-03')}`, fx.keys.admin)).status).toBe(204);
    expect((await fx.store.audit(id)).at(-1)).toMatchObject({ action: 'delete', after: { deleted: true, reason: 'permintaan subjek via email 12-03' } });
  });

  it('keeps nothing of a deleted item to know its post by: the same post sent again is queued again (docs/review.md says so)', async () => {
    const post = { text: 'Hapus saya lalu kirim lagi, nomor 2', author: 'kembali', source: 'feed', externalId: 'r1' };
    const first = await call('POST', '/v1/review/items', fx.keys.analyst, post);
    expect((await call('DELETE', `/v1/review/items/${first.json.id}?reason=permintaan`, fx.keys.admin)).status).toBe(204);
    const again = await call('POST', '/v1/review/items', fx.keys.analyst, post);
    expect(again.status).toBe(201);
    expect(again.json).toMatchObject({ created: true, status: 'new' });
    expect(again.json.id).not.toBe(first.json.id);
  });

  describe('GET /audit', () => {
    const audit = (query: string, key = fx.keys.admin) => call('GET', `/v1/review/audit${query}`, key);
    /** Every entry the filtered listing gives, page by page; fails on a repeated seq. */
    const allPages = async (query: string, limit: number, from: string | null = null) => {
      const seqs: number[] = [];
      const entries: { seq: number; itemId: string | null; actor: string; action: string; before: any; after: any; at: string }[] = [];
      let cursor: string | null = from;
      let pages = 0;
      do {
        const res = await audit(`?${query}${query ? '&' : ''}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(res.status, res.text).toBe(200);
        expect(res.json.entries.length).toBeLessThanOrEqual(limit);
        for (const e of res.json.entries) {
          expect(seqs).not.toContain(e.seq);
          seqs.push(e.seq);
          entries.push(e);
        }
        cursor = res.json.nextCursor;
        pages++;
      } while (cursor);
      return { entries, seqs, pages };
    };
    const dbSeqs = async (where?: [column: 'action' | 'item_id' | 'actor', value: string]) => {
      let q = fx.store.rdb.db.selectFrom('audit').select('seq');
      if (where) q = q.where(where[0], '=', where[1]);
      return (await q.orderBy('seq', 'desc').execute()).map((r) => Number(r.seq));
    };

    it('shows key create/revoke, bulk exports and a deleted item\'s history; never post text', async () => {
      const secretText = 'Ayo coblos nomor 2, kalimat-uji-audit-unik';
      const made = await call('POST', '/v1/review/keys', fx.keys.admin, { name: 'Tamu Audit', role: 'analyst' });
      expect((await call('DELETE', `/v1/review/keys/${made.json.id}`, fx.keys.admin)).status).toBe(204);
      const id = await newItem(secretText);
      await call('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text: 'catatan-uji-audit-unik' });
      await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'ajakan jelas' });
      await call('GET', '/v1/review/export?format=csv', fx.keys.supervisor);
      expect((await call('DELETE', `/v1/review/items/${id}?reason=permintaan%20subjek`, fx.keys.admin)).status).toBe(204);

      const keys = await audit('?action=key_create');
      expect(keys.json.entries.find((e: { after: { key_id: string } }) => e.after.key_id === made.json.id)).toMatchObject({ itemId: null, action: 'key_create', actor: expect.stringContaining('Adi Admin#'), after: { name: 'Tamu Audit', role: 'analyst' } });
      const revoked = await audit('?action=key_revoke');
      expect(revoked.json.entries[0]).toMatchObject({ itemId: null, after: { key_id: made.json.id } });
      const exported = await audit('?action=export');
      expect(exported.json.entries[0]).toMatchObject({ itemId: null, after: { format: 'csv' }, actor: expect.stringContaining('Sari Supervisor#') });

      // The item is gone, its history is not: newest first, the delete entry on top.
      expect((await call('GET', `/v1/review/items/${id}`, fx.keys.admin)).status).toBe(404);
      const history = await audit(`?item=${id}`);
      expect(history.status).toBe(200);
      // The bulk export that held it (an entry of no item) is part of it: its text left the store then.
      expect(history.json.entries.map((e: { action: string }) => e.action)).toEqual(['delete', 'export', 'decision', 'note', 'create']);
      expect(history.json.entries[1]).toMatchObject({ itemId: null, seq: exported.json.entries[0].seq });
      expect(history.json.entries[0]).toMatchObject({ itemId: id, before: { status: 'confirmed' }, after: { deleted: true, reason: 'permintaan subjek' } });
      expect(history.json.entries.filter((e: { itemId: string | null }) => e.itemId === id).map((e: { seq: number }) => e.seq)).toEqual(await dbSeqs(['item_id', id]));

      const everything = await audit('?limit=500');
      expect(everything.text).not.toContain('kalimat-uji-audit-unik');
      expect(everything.text).not.toContain('catatan-uji-audit-unik');
      expect(everything.text).not.toContain(made.json.key);
      expect(everything.headers.get('cache-control')).toBe('no-store');
    });

    it('pages newest first without gaps or repeats, with and without filters', async () => {
      for (let i = 0; i < 4; i++) await newItem(`Rapat koordinasi audit ke-${i}`);
      const all = await allPages('', 3);
      expect(all.pages).toBeGreaterThan(2);
      expect(all.seqs).toEqual(await dbSeqs());
      const creates = await allPages('action=create', 2);
      expect(creates.seqs).toEqual(await dbSeqs(['action', 'create']));
      expect(creates.entries.every((e) => e.action === 'create')).toBe(true);
      const actor = creates.entries[0].actor;
      const byActor = await allPages(`actor=${encodeURIComponent(actor)}&action=create`, 2);
      expect(byActor.seqs).toEqual((await fx.store.rdb.db.selectFrom('audit').select('seq').where('actor', '=', actor).where('action', '=', 'create').orderBy('seq', 'desc').execute()).map((r) => Number(r.seq)));
      // Entries appended while paging come before the first page, not into later ones.
      const first = await audit('?limit=2');
      await newItem('Rapat koordinasi audit sesudah halaman pertama');
      const rest = await allPages('', 2, first.json.nextCursor);
      expect([...first.json.entries.map((e: { seq: number }) => e.seq), ...rest.seqs]).toEqual(all.seqs);
      expect((await audit('?limit=1')).json.entries[0].seq).toBeGreaterThan(all.seqs[0]);
    });

    it('filters by time: since inclusive, until exclusive, any time zone', async () => {
      const [pick] = (await audit('?action=create&limit=1')).json.entries;
      // The same instant written at +07:00 (the "+" encoded, as a query needs it).
      const wib = new Date(Date.parse(pick.at) + 7 * 3_600_000).toISOString().replace('Z', '+07:00');
      const since = await allPages(`since=${encodeURIComponent(wib)}`, 50);
      expect(since.seqs).toContain(pick.seq);
      expect(since.entries.every((e) => e.at >= pick.at)).toBe(true);
      const until = await allPages(`until=${encodeURIComponent(pick.at)}`, 500);
      expect(until.seqs).not.toContain(pick.seq);
      expect(until.entries.every((e) => e.at < pick.at)).toBe(true);
      const window = await audit(`?since=${encodeURIComponent(pick.at)}&until=${encodeURIComponent(new Date(Date.parse(pick.at) + 1).toISOString())}&limit=500`);
      expect(window.json.entries.map((e: { at: string }) => e.at).every((at: string) => at === pick.at)).toBe(true);
      expect(window.json.entries.map((e: { seq: number }) => e.seq)).toContain(pick.seq);
      expect((await audit('?since=2999-01-01T00:00:00Z')).json).toEqual({ entries: [], nextCursor: null });
      expect((await audit('?action=&actor=&item=&since=&until=&cursor=&limit=')).status).toBe(200);
    });

    it('refuses bad query values with a 400 naming the parameter', async () => {
      const itemsCursor = (await call('GET', '/v1/review/items?limit=1', fx.keys.analyst)).json.nextCursor as string;
      expect(itemsCursor).toEqual(expect.any(String));
      const cases: [string, string][] = [
        ['action=delete_all', 'action'],
        ['action=create&action=delete', 'action'],
        ['since=yesterday', 'since'],
        ['since=2024-01-10T09:30:00', 'since'],
        ['until=2024-13-01T00:00:00Z', 'until'],
        ['since=2024-02-01T00:00:00Z&until=2024-01-01T00:00:00Z', 'until'],
        ['since=2024-01-01T00:00:00Z&until=2024-01-01T07:00:00%2B07:00', 'until'],
        ['limit=0', 'limit'],
        ['limit=501', 'limit'],
        ['limit=ten', 'limit'],
        ['cursor=zzz', 'cursor'],
        [`cursor=${encodeURIComponent(itemsCursor)}`, 'cursor'],
        [`actor=${'a'.repeat(301)}`, 'actor'],
        ['from=2024-01-01T00:00:00Z', 'from'],
      ];
      for (const [query, field] of cases) {
        const res = await audit(`?${query}`);
        expect(res.status, query).toBe(400);
        expect(res.headers.get('content-type'), query).toMatch(/problem\+json/);
        expect(res.json.errors.map((e: { field: string }) => e.field), query).toEqual([field]);
      }
    });

    it('is for admins only, and reading it writes no audit entry', async () => {
      const before = await dbSeqs();
      expect((await audit('')).status).toBe(200);
      expect((await audit('?action=delete&limit=1')).status).toBe(200);
      expect(await dbSeqs()).toEqual(before);
      for (const role of ['analyst', 'supervisor'] as const) {
        const res = await audit('', fx.keys[role]);
        expect(res.status, role).toBe(403);
        expect(res.json.type).toBe('urn:netra:problem:forbidden');
      }
      expect((await call('GET', '/v1/review/audit')).status).toBe(401);
      const post = await call('POST', '/v1/review/audit', fx.keys.admin, {});
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, HEAD');
    });
  });
});
