// A zoned time to the minute (`2024-11-20T21:00Z`) is refused by the review API as postedAt on
// /v1/score refuses it (seconds are required everywhere the API takes a time), and the 400 says so
// with an example, not the generic "must be an ISO 8601 date-time with a time zone".
import { expect, it } from 'vitest';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

const NO_SECONDS = /has no seconds.*postedAt too.*e\.g\. 2024-11-20T21:00:00Z/;

describeOnStores('times without seconds on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));

  it('names the missing seconds in the audit filters', async () => {
    for (const [name, value] of [['since', '2024-11-20T21:00Z'], ['until', '2024-11-20T21:00+07:00']]) {
      const res = await apiCall(fx.srv.base, 'GET', `/v1/review/audit?${name}=${encodeURIComponent(value)}`, fx.keys.admin);
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([{ field: name, message: expect.stringMatching(NO_SECONDS) }]);
    }
  });

  it('names the missing seconds in fromUpdatedAt', async () => {
    const id = (await apiCall(fx.srv.base, 'POST', '/v1/review/items', fx.keys.analyst, { text: 'Ayo coblos nomor 2, menit', author: 'menit-1' })).json.id as string;
    const res = await apiCall(fx.srv.base, 'POST', `/v1/review/items/${id}/decision`, fx.keys.supervisor, { outcome: 'dismissed', reason: 'uji', fromUpdatedAt: '2024-11-20T21:00Z' });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ field: 'fromUpdatedAt', message: expect.stringMatching(NO_SECONDS) }]);
  });
});
