// HEAD on the export routes (the page's /review/export, the API's /export and /items/:id/export) over
// real HTTP: the headers a GET would send, but nothing is exported, so nothing is audited or read.
import { describe, expect, it, vi } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { sqliteKind } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';

const fx = reviewServer(sqliteKind(), () => createScorer());

const auditCount = async () => (await fx.store.rdb.db.selectFrom('audit').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const headerOf = (h: Headers) => ({ status: 0, type: h.get('content-type'), disposition: h.get('content-disposition'), cache: h.get('cache-control') });

describe('HEAD on an export', () => {
  it('answers with the headers a GET gets, writes no audit row and runs no export query', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, ekspor HEAD', author: 'head-1' })).json.id as string;
    expect((await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'alasan uji' })).status).toBe(201);
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const read = [vi.spyOn(fx.store, 'exportDecisions'), vi.spyOn(fx.store, 'exportBound'), vi.spyOn(fx.store, 'exportItem')];
    const routes: [string, Record<string, string>][] = [
      ['/review/export?format=csv', { cookie }],
      ['/v1/review/export?format=jsonl', { authorization: `Bearer ${fx.keys.supervisor}` }],
      [`/v1/review/items/${id}/export`, { authorization: `Bearer ${fx.keys.supervisor}` }],
    ];
    try {
      for (const [path, headers] of routes) {
        const before = await auditCount();
        const head = await fetch(fx.srv.base + path, { method: 'HEAD', headers });
        expect(await head.text(), path).toBe('');
        expect(await auditCount(), path).toBe(before);
        for (const spy of read) expect(spy, path).not.toHaveBeenCalled();
        const get = await fetch(fx.srv.base + path, { headers });
        await get.text();
        expect({ ...headerOf(head.headers), status: head.status }, path).toEqual({ ...headerOf(get.headers), status: get.status });
        expect(get.status, path).toBe(200);
        expect(await auditCount(), path).toBe(before + 1); // a GET is still audited
        for (const spy of read) spy.mockClear();
      }
      // The checks a GET gets still apply: an unknown item, a bad format, a too-low role.
      const api = { authorization: `Bearer ${fx.keys.supervisor}` };
      expect((await fetch(`${fx.srv.base}/v1/review/items/00000000-0000-0000-0000-000000000000/export`, { method: 'HEAD', headers: api })).status).toBe(404);
      expect((await fetch(`${fx.srv.base}/v1/review/export?format=xml`, { method: 'HEAD', headers: api })).status).toBe(400);
      expect((await fetch(`${fx.srv.base}/v1/review/export`, { method: 'HEAD', headers: { authorization: `Bearer ${fx.keys.analyst}` } })).status).toBe(403);
      // Logged out, HEAD is led to the login form as GET is (not told that a form was not saved).
      for (const method of ['GET', 'HEAD']) {
        const out = await fetch(`${fx.srv.base}/review/export?format=csv`, { method, redirect: 'manual' });
        expect([out.status, out.headers.get('location')], method).toEqual([303, `/review/login?next=${encodeURIComponent('/review/export?format=csv')}`]);
      }
    } finally {
      for (const spy of read) spy.mockRestore();
    }
  });
});
