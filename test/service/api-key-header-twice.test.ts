// X-API-Key sent twice (a client and a proxy both adding it): Node joins the two into "k, k", which
// was compared as one key, answered "the API key is not valid" and counted as a failed key, so 20 such
// requests locked the whole address out (valid keys included) for 10 minutes. It is now a 401 saying
// the header came more than once, no key compared and nothing counted, as a malformed Authorization is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startService, type TestService } from './helpers.js';

const KEY = 'test-key-aaaaaaaaaaaaaaaa';
let svc: TestService;

beforeAll(async () => {
  svc = await startService({ config: { apiKeys: [KEY] } });
});
afterAll(() => svc.close());

const score = (headers: Headers) => {
  headers.set('content-type', 'application/json');
  return fetch(`${svc.url}/v1/score`, { method: 'POST', headers, body: JSON.stringify({ text: 'halo' }) });
};

describe('X-API-Key given more than once', () => {
  it('is a 401 naming the header, counts no failed key, and the address keeps working', async () => {
    for (let i = 0; i < 25; i++) {
      const twice = new Headers();
      twice.append('x-api-key', KEY);
      twice.append('x-api-key', KEY);
      const p = await expectProblem(await score(twice), 401);
      expect(p.detail).toBe('X-API-Key header must hold one key: it was sent more than once ("X-API-Key: KEY" once)');
    }
    expect((await score(new Headers({ 'x-api-key': KEY }))).status).toBe(200); // not throttled
    // a valid Bearer key beside it is the key presented, as before
    const both = new Headers({ authorization: `Bearer ${KEY}` });
    both.append('x-api-key', 'a');
    both.append('x-api-key', 'b');
    expect((await score(both)).status).toBe(200);
  });
});
