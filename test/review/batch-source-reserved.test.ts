// An analyst's key could queue a made-up post as `"source":"batch:posts.jsonl","externalId":"p031"`,
// and the item page showed it exactly as a monitoring-feed record ("Sumber batch:posts.jsonl · p031").
// The batch CLI's sources are its own: POST /items refuses them (400 saying why).
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
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

});
