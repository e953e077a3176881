// Free-text limits over real HTTP: reasons, notes, deletion reasons and authors are counted in characters (code
// points) by validation and store alike; longer input is a 400 naming the field, never stored cut.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { TooLongError } from '../../src/review/limits.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());
const call = (method: string, path: string, key: string, body?: unknown) => apiCall(fx.srv.base, method, path, key, body);
const newItem = async (text: string) => (await call('POST', '/v1/review/items', fx.keys.analyst, { text, author: `t-${Math.random()}` })).json.id as string;
const fields = (json: { errors?: { field: string }[] }) => (json.errors ?? []).map((e) => e.field);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('free-text limits', () => {
  it('keep a decision reason of emoji whole up to 2,000 characters and refuse one more', async () => {
    const id = await newItem('Ayo dukung nomor 1 ya bapak ibu');
    const over = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: '😀'.repeat(2001) });
    expect(over.status).toBe(400);
    expect(over.json.errors).toEqual([{ field: 'reason', message: 'is 2001 characters long; the limit is 2000 characters' }]);
    const reason = `${'x'.repeat(1)}${'😀'.repeat(1999)}`; // 2,000 characters, 3,999 UTF-16 units
    const ok = await call('POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason });
    expect(ok.status).toBe(201);
    const stored = (await fx.store.record(id))?.decisions[0].reason;
    expect(stored).toBe(reason);
    expect(LONE_SURROGATE.test(String(stored))).toBe(false);
  });

  it('keep a note of emoji whole up to 4,000 characters and refuse one more', async () => {
    const id = await newItem('Rapat koordinasi desa besok');
    expect((await call('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text: '🗳'.repeat(4001) })).status).toBe(400);
    const ok = await call('POST', `/v1/review/items/${id}/notes`, fx.keys.analyst, { text: '🗳'.repeat(4000) });
    expect(ok.status).toBe(201);
    expect((await fx.store.record(id))?.notes[0].text).toBe('🗳'.repeat(4000));
  });

  it('refuse a deletion reason over 500 characters (400 naming reason, item kept) and keep one within it whole', async () => {
    const id = await newItem('Mohon hapus data saya');
    const over = await call('DELETE', `/v1/review/items/${id}?reason=${encodeURIComponent('r'.repeat(501))}`, fx.keys.admin);
    expect(over.status).toBe(400);
    expect(fields(over.json)).toEqual(['reason']);
    expect(await fx.store.get(id)).toBeDefined();
    const reason = '😀'.repeat(500);
    expect((await call('DELETE', `/v1/review/items/${id}?reason=${encodeURIComponent(reason)}`, fx.keys.admin)).status).toBe(204);
    const audit = await fx.store.audit(id);
    expect(audit.at(-1)?.after).toEqual({ deleted: true, reason });
  });

  it('count an author in characters as the batch CLI cuts it: 200 emoji are taken whole, 201 are a 400 naming author', async () => {
    const author = '🙂'.repeat(200); // 200 characters, 400 UTF-16 units
    const ok = await call('POST', '/v1/review/items', fx.keys.analyst, { text: 'Salam dari kantor kecamatan', author });
    expect(ok.status).toBe(201);
    expect((await fx.store.get(ok.json.id as string))?.author).toBe(author);
    const over = await call('POST', '/v1/review/items', fx.keys.analyst, { text: 'Salam dari kantor desa', author: '🙂'.repeat(201) });
    expect(over.status).toBe(400);
    expect(over.json.errors).toEqual([{ field: 'author', message: 'is 201 characters long; the limit is 200 characters' }]);
  });

  it('count source, externalId and election in characters with the same messages, and refuse them blank', async () => {
    const post = (extra: Record<string, string>) => call('POST', '/v1/review/items', fx.keys.analyst, { text: 'Kerja bakti di balai desa', ...extra });
    const ok = await post({ source: '📰'.repeat(100), externalId: '🆔'.repeat(200) }); // 200 and 400 UTF-16 units
    expect(ok.status).toBe(201);
    expect(await fx.store.get(ok.json.id as string)).toMatchObject({ source: '📰'.repeat(100), externalId: '🆔'.repeat(200) });
    const over = await post({ source: '📰'.repeat(101), externalId: 'x'.repeat(201), election: '🗳'.repeat(101) });
    expect(over.status).toBe(400);
    expect(over.json.errors).toEqual([
      { field: 'source', message: 'is 101 characters long; the limit is 100 characters' },
      { field: 'externalId', message: 'is 201 characters long; the limit is 200 characters' },
      { field: 'election', message: 'is 101 characters long; the limit is 100 characters' },
    ]);
    for (const blank of ['', '   ', '\u200b']) {
      const res = await post({ source: blank, externalId: blank, election: blank });
      expect(res.json.errors, JSON.stringify(blank)).toEqual(['source', 'externalId', 'election'].map((field) => ({ field, message: 'must not be empty' })));
    }
  });

  it('the store refuses rather than cuts when called without the API', async () => {
    const id = await newItem('Pilih nomor 2 besok');
    await expect(fx.store.decide(id, { outcome: 'dismissed', reason: 'a'.repeat(2001) }, 'test')).rejects.toBeInstanceOf(TooLongError);
    await expect(fx.store.note(id, { text: 'a'.repeat(4001) }, 'test')).rejects.toBeInstanceOf(TooLongError);
    await expect(fx.store.delete(id, 'test', 'a'.repeat(501))).rejects.toBeInstanceOf(TooLongError);
    expect((await fx.store.record(id))?.item.status).toBe('new');
  });
});
