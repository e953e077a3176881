// The audit log's filters as an officer types them: the page showed every time in WIB but refused
// `2026-12-05T21:00` (no zone), and an item filter that is no item id (`item=xyz`) listed nothing, as if
// the item had no history. The page reads a time without a zone as WIB; a malformed item id is a 400.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';
import { wibIsoTime, wibTime } from '../../src/review/web/format.js';

describeOnStores('audit log filters as typed on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const auditPage = async (query: string) => {
    const res = await fetch(`${fx.srv.base}/review/audit?${query}`, { headers: { cookie: await webLogin(fx.srv.base, fx.keys.admin) } });
    return { status: res.status, html: await res.text() };
  };
  const seqsOf = (html: string) => [...html.matchAll(/<tr data-seq="(\d+)">/g)].map((m) => Number(m[1]));

  it('reads a time without a zone on the page as WIB (the clock the page shows), with or without seconds', async () => {
    const { item } = await fx.store.add({ text: 'Rapat dinas jam sembilan' }, fakeResult(0.9), 'cli:budi');
    const [created] = (await fx.store.auditLog({ action: 'create', itemId: item.id })).entries;
    const wibClock = wibIsoTime(created.at).replace('+07:00', ''); // 2026-12-05T21:10:17.924, as the page's 21:10 WIB
    const since = await auditPage(`action=create&since=${encodeURIComponent(wibClock)}`);
    expect(since.status).toBe(200);
    expect(seqsOf(since.html)).toContain(created.seq);
    const until = await auditPage(`action=create&until=${encodeURIComponent(wibClock)}`);
    expect(until.status).toBe(200);
    expect(seqsOf(until.html)).not.toContain(created.seq);
    // To the minute, as the page shows times (and with a space, as people write them): the entry's minute holds it.
    const minute = wibClock.slice(0, 16);
    const next = wibIsoTime(new Date(Date.parse(created.at) + 60_000).toISOString()).slice(0, 16);
    const window = await auditPage(`action=create&since=${encodeURIComponent(minute.replace('T', ' '))}&until=${encodeURIComponent(next)}`);
    expect(window.status).toBe(200);
    expect(seqsOf(window.html)).toContain(created.seq);
    expect(window.html).toContain(`value="${minute.replace('T', ' ')}"`); // the filter stays as typed
    expect(since.html).toMatch(/tanpa zona dibaca sebagai WIB/);
    // And as the page writes times ("05-12-2026 21:10 WIB"), copied from an entry.
    const shown = await auditPage(`action=create&since=${encodeURIComponent(wibTime(created.at))}&until=${encodeURIComponent(wibTime(new Date(Date.parse(created.at) + 60_000).toISOString()))}`);
    expect(shown.status).toBe(200);
    expect(seqsOf(shown.html)).toContain(created.seq);
  });

  it('refuses an item filter that is no item id, on the API and the page; a deleted item id is still one', async () => {
    const api = await apiCall(fx.srv.base, 'GET', '/v1/review/audit?item=xyz', fx.keys.admin);
    expect(api.status).toBe(400);
    expect(api.json.errors).toEqual([{ field: 'item', message: expect.stringMatching(/^must be an item id/) }]);
    const page = await auditPage('item=xyz');
    expect(page.status).toBe(400);
    expect(page.html).toMatch(/<li>Item: harus id item/);
    const { item } = await fx.store.add({ text: 'Dihapus atas permintaan' }, fakeResult(0.9), 'cli:budi');
    await fx.store.delete(item.id, 'cli:admin', 'permintaan subjek data');
    const deleted = await apiCall(fx.srv.base, 'GET', `/v1/review/audit?item=${item.id}`, fx.keys.admin);
    expect(deleted.status).toBe(200);
    expect(deleted.json.entries.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
  });

  it('keeps the API strict about the zone, and says so: its times are UTC, so a time without one is ambiguous there', async () => {
    // The 400 used to say only "must be an ISO 8601 date-time with a time zone", leaving a client that
    // copied a WIB clock time from the page to guess why the page took it and the API did not.
    for (const [name, value] of [['since', '2026-12-05T21:00'], ['until', '2026-12-05 21:00:00']]) {
      const res = await apiCall(fx.srv.base, 'GET', `/v1/review/audit?${name}=${encodeURIComponent(value)}`, fx.keys.admin);
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([{ field: name, message: expect.stringMatching(/has no time zone.*not read as WIB.*\+07:00 for WIB/) }]);
    }
    // Written with a zone it is taken, WIB too.
    expect((await apiCall(fx.srv.base, 'GET', `/v1/review/audit?since=${encodeURIComponent('2026-12-05T21:00:00+07:00')}`, fx.keys.admin)).status).toBe(200);
  });
});
