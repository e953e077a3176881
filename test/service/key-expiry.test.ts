// Scoring keys with an expiry: NETRA_API_KEYS takes `KEY expires=<RFC 3339 date-time>` (a key cannot
// hold a space, so the suffix is never part of one); past it the key gets 401 "expired", told only to
// whoever presents the whole key. A key alone never expires, as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/service/config.js';
import { expectProblem, postJson, startService, type TestService } from './helpers.js';

const LIVE = 'scoring-key-live-0123456789';
const OLD = 'scoring-key-old-0123456789';
const PLAIN = 'scoring-key-plain-0123456789';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (err) {
    return (err as ConfigError).problems;
  }
  return [];
};

describe('NETRA_API_KEYS with expires=', () => {
  it('reads a key with an expiry beside keys without one', () => {
    const { apiKeys } = loadConfig({ NETRA_API_KEYS: `${LIVE} expires=2999-01-01T00:00:00+07:00, ${PLAIN}` });
    expect(apiKeys).toEqual([{ key: LIVE, expiresAt: '2999-01-01T00:00:00+07:00' }, PLAIN]);
  });

  it('refuses an expiry that is no RFC 3339 date-time with a zone, naming the key by position only', () => {
    for (const bad of ['2027-06-30', '2027-06-30T00:00:00', 'tomorrow', '', '2027-13-01T00:00:00Z']) {
      expect(problemsOf({ NETRA_API_KEYS: `${PLAIN},${LIVE} expires=${bad}` }), bad).toEqual([
        'NETRA_API_KEYS: key 2 has an expires= that is no RFC 3339 date-time with a zone (such as 2027-06-30T00:00:00+07:00)',
      ]);
    }
    // Still refused: a space inside a key that is no expiry, and a short key with one.
    expect(problemsOf({ NETRA_API_KEYS: `${LIVE} ${PLAIN}` })).toEqual([expect.stringContaining('key 1 contains a space')]);
    expect(problemsOf({ NETRA_API_KEYS: 'short expires=2999-01-01T00:00:00Z' })).toEqual([expect.stringContaining('key 1 is too short')]);
  });
});

describe('scoring with an expired key', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ config: { apiKeys: [{ key: LIVE, expiresAt: '2999-01-01T00:00:00Z' }, { key: OLD, expiresAt: '2020-01-01T00:00:00+07:00' }, PLAIN] } });
  });
  afterAll(() => svc.close());

  it('answers 401 "expired" on both scoring routes; keys not yet expired, and keys without an expiry, work', async () => {
    for (const path of ['/v1/score', '/v1/score/batch']) {
      const body = path.endsWith('batch') ? { items: [{ text: 'halo' }] } : { text: 'halo' };
      const res = await postJson(`${svc.url}${path}`, body, { authorization: `Bearer ${OLD}` });
      const p = await expectProblem(res, 401);
      expect(p.detail).toBe('the API key has expired; ask for a new one');
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="netra", error="invalid_token"');
      for (const key of [LIVE, PLAIN]) expect((await postJson(`${svc.url}${path}`, body, { 'x-api-key': key })).status, key).toBe(200);
    }
    // A wrong key is still only "not valid", whatever keys are configured.
    const wrong = await expectProblem(await postJson(`${svc.url}/v1/score`, { text: 'halo' }, { authorization: `Bearer ${OLD}x` }), 401);
    expect(wrong.detail).toBe('the API key is not valid');
  });
});
