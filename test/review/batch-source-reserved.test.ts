// An analyst's key could queue a made-up post as `"source":"batch:posts.jsonl","externalId":"p031"`,
// and the item page showed it exactly as a monitoring-feed record ("Sumber batch:posts.jsonl · p031").
// The batch CLI's sources are its own: POST /items refuses them (400 saying why), and the item page
// names who queued every item beside its source.
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, itemHtml, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

describeOnStores('the batch CLI sources on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));
  const post = (source: string, externalId = 'p031') =>
    apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2 besok', source, externalId, author: 'budi_asn', postedAt: '2026-11-20T08:00:00+07:00' });

  it('refuses batch and batch:<name> from an API client, look-alikes too, naming source and why; nothing is stored', async () => {
    for (const source of ['batch:posts.jsonl', 'batch', 'batch:stdin', 'Batch:posts.jsonl', ' batch:posts.jsonl', 'ｂａｔｃｈ:posts.jsonl', 'BATCH']) {
      const res = await post(source);
      expect(res.status, source).toBe(400);
      expect(res.json.errors, source).toEqual([{ field: 'source', message: expect.stringMatching(/batch CLI/) }]);
    }
    const batch = await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.admin, { items: [{ text: 'Dukung nomor 1 ya' }, { text: 'Pilih nomor 3', source: 'batch:x.csv' }] });
    expect([batch.status, batch.json.errors?.[0]?.field]).toEqual([400, 'items[1].source']);
    expect((await fx.store.list({})).items).toEqual([]);
  });

  it('still takes other sources, those that only start like it included', async () => {
    for (const source of ['api', 'batchy', 'ig:batch:1', 'bkd-batch']) expect((await post(source, `ok-${source}`)).status, source).toBe(201);
  });

  it('shows who queued the item beside its source on the item page', async () => {
    const made = await post('tiktok-monitor', 'p032');
    const { item } = await fx.store.add({ text: 'Dukung paslon 1 terus', source: 'batch:posts.jsonl', externalId: 'p033' }, fakeResult(0.9), 'cli:budi');
    const cookie = await webLogin(fx.srv.base, fx.keys.supervisor);
    const viaApi = await itemHtml(fx.srv.base, cookie, made.json.id);
    expect(viaApi).toMatch(/<dt>Sumber<\/dt><dd>tiktok-monitor · p032 <span class="queued-by" id="queued-by">· dimasukkan oleh Ani Analis#[0-9a-f]{16}<\/span><\/dd>/);
    expect(await itemHtml(fx.srv.base, cookie, item.id)).toContain('<dt>Sumber</dt><dd>batch:posts.jsonl · p033 <span class="queued-by" id="queued-by">· dimasukkan oleh cli:budi</span></dd>');
  });
});
