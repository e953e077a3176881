// Slow decisions exports must not starve the rest of the review queue. On PostgreSQL an export holds a
// pooled connection for its whole download (its snapshot) and briefly a second one: ten downloads whose
// clients read nothing took the pool's 10 connections, and decisions and the queue then waited for one
// until NETRA_DB_CONNECT_TIMEOUT_MS and failed. A process now streams at most MAX_EXPORTS_AT_ONCE
// exports; one more is refused at once (503 with Retry-After, in the API's and the page's words),
// nothing audited, and a slot is free again when a download ends.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { MAX_EXPORTS_AT_ONCE } from '../../src/review/http/export-slots.js';

const noScorer = { score: () => fakeResult(0.9) };

/** A download whose client reads its status line and headers, then nothing more (the socket paused). */
function stalledDownload(base: string, path: string, auth: Record<string, string>): Promise<{ status: number; head: string; socket: Socket }> {
  const url = new URL(base);
  const headers = Object.entries(auth).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\n${headers}\r\n`));
    let got = '';
    socket.on('error', reject);
    socket.on('data', function first(chunk) {
      got += chunk.toString('latin1');
      const end = got.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.pause();
      socket.off('data', first);
      resolve({ status: Number(got.slice(9, 12)), head: got.slice(0, end), socket });
    });
  });
}

describeOnStores('decisions exports downloading slowly on $name', (kind) => {
  const fx = reviewServer(kind, () => noScorer);
  const sockets: Socket[] = [];
  afterAll(() => sockets.forEach((s) => s.destroy()));

  // Files far larger than the sockets' buffers (about 12 MB each), so a client that reads nothing keeps its export open.
  beforeAll(async () => {
    const long = 'kampanye di kantor dinas pagi ini, '.repeat(230);
    const added = await fx.store.addMany(Array.from({ length: 1500 }, (_, i) => ({ post: { text: `${long} pos ${i}`, author: `slot-${i}` }, result: fakeResult(0.9) })), 'analis');
    const ids = added.map((a) => a.item.id);
    for (let i = 0; i < ids.length; i += 500) {
      await fx.store.rdb.db
        .insertInto('decisions')
        .values(ids.slice(i, i + 500).map((id) => ({ id: randomUUID(), item_id: id, outcome: 'confirmed', reviewer_label: 'dukungan', reason: 'dukungan jelas', reviewer: 'rev', created_at: new Date(Date.now() - 60_000).toISOString() })))
        .execute();
    }
    await fx.store.rdb.db.updateTable('items').set({ status: 'confirmed' }).where('id', 'in', ids).execute();
  }, 120_000);

  it('streams a few at once; ten at once leave decisions and the queue answering, and the rest get a clear 503', async () => {
    const api = { authorization: `Bearer ${fx.keys.supervisor}` };
    const exportsBefore = (await fx.store.auditLog({ action: 'export' })).entries.length;
    const ten = await Promise.all(Array.from({ length: 10 }, () => stalledDownload(fx.srv.base, '/v1/review/export?format=jsonl', api)));
    sockets.push(...ten.map((d) => d.socket));
    const streaming = ten.filter((d) => d.status === 200);
    const refused = ten.filter((d) => d.status !== 200);
    expect(streaming).toHaveLength(MAX_EXPORTS_AT_ONCE);
    expect(refused.map((d) => d.status)).toEqual(Array(10 - MAX_EXPORTS_AT_ONCE).fill(503));
    for (const d of refused) {
      expect(d.head).toMatch(/\r\nretry-after: \d+\r\n/i);
      expect(d.head).toMatch(/content-type: application\/problem\+json/i);
      expect(d.head).not.toMatch(/content-disposition/i);
    }
    // Only the exports sent were audited.
    expect((await fx.store.auditLog({ action: 'export' })).entries.length - exportsBefore).toBe(MAX_EXPORTS_AT_ONCE);

    // While they stream: a decision and the queue, through the API and the page, answer.
    const item = (await fx.store.addMany([{ post: { text: 'Ayo coblos nomor 2 besok', author: 'slot-new' }, result: fakeResult(0.9) }], 'analis'))[0].item.id;
    const decided = await apiCall(fx.srv.base, 'POST', `/v1/review/items/${item}/decision`, fx.keys.supervisor, { outcome: 'confirmed', reason: 'ajakan jelas' });
    expect(decided.status).toBe(201);
    expect((await apiCall(fx.srv.base, 'GET', '/v1/review/items?status=new', fx.keys.supervisor)).status).toBe(200);
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const queue = await fetch(`${fx.srv.base}/review`, { headers: { cookie } });
    expect(queue.status).toBe(200);

    // One more export, from the API: the problem says why and when to come back.
    const more = await apiCall(fx.srv.base, 'GET', '/v1/review/export?format=csv', fx.keys.supervisor);
    expect(more.status).toBe(503);
    expect(Number(more.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(more.json.detail).toMatch(new RegExp(`${MAX_EXPORTS_AT_ONCE} decisions exports are downloading`));
    // From the page: an HTML page in Indonesian, not a file.
    const page = await fetch(`${fx.srv.base}/review/export?format=csv`, { headers: { cookie } });
    expect(page.status).toBe(503);
    expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-disposition')).toBeNull();
    const body = await page.text();
    expect(body).toContain('<h1>Ekspor sedang penuh</h1>');
    expect(body).toMatch(/coba lagi dalam \d+ detik/);

    // A download that ends frees its slot.
    streaming[0].socket.destroy();
    // (the server learns of it when its next write fails: poll for a little while)
    let again = 0;
    for (let tries = 0; tries < 100 && again !== 200; tries++) {
      if (tries > 0) await new Promise((r) => setTimeout(r, 100));
      again = (await apiCall(fx.srv.base, 'GET', '/v1/review/export?until=2000-01-01T00:00:00Z', fx.keys.supervisor)).status;
    }
    expect(again).toBe(200);
  }, 120_000);
});
