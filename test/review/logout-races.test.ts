// A logout while another connection logs the same session out, or revokes its key. On PostgreSQL the
// logout read the session in one statement and deleted it in another: two logouts at once (a double
// click, two tabs) both wrote a `logout` entry, and a revocation committed in between got a `logout`
// entry after its `key_revoke`, as if the session had ended after the key. SQLite's writers take turns.
import { expect, it } from 'vitest';
import type { ReviewStore } from '../../src/review/store/index.js';
import { createKey, revokeKey } from '../../src/review/keys.js';
import { createSession, endSession } from '../../src/review/sessions.js';
import { describeOnStores, withStorePair } from './helpers/stores.js';
import { interleave } from './helpers/interleave.js';
import { listAudit } from '../../src/review/store/audit.js';

describeOnStores('a logout and a concurrent logout or revocation on $name', (kind) => {
  let a: ReviewStore;
  let b: ReviewStore;
  withStorePair(kind, (one, two) => ((a = one), (b = two)));
  const between = kind.name === 'postgres' ? 'between' : 'after';
  const entries = async (keyId: string) =>
    (await listAudit(a.rdb, {}, { limit: 500 })).entries.filter((e) => (e.action === 'logout' || e.action === 'key_revoke') && (e.actor.endsWith(`#${keyId}`) || (e.after as { key_id?: string } | null)?.key_id === keyId)).map((e) => e.action)
      .reverse(); // the audit lists newest first

  it('of two logouts of one session at once, one writes the entry', async () => {
    const { info } = await createKey(a.rdb, { name: 'Sari', role: 'supervisor' }, 'test');
    const { token } = await createSession(a.rdb, info.id);
    const run = await interleave(a.rdb, /from "sessions"/, (rdb) => endSession(rdb, token), () => endSession(b.rdb, token));
    expect(run.ran).toBe(between);
    expect(run.first.status).toBe('fulfilled');
    expect(run.second.status).toBe('fulfilled');
    expect(await entries(info.id)).toEqual(['logout']);
  });

  it('a logout that reaches a key being revoked writes no entry after the revocation', async () => {
    const { info } = await createKey(a.rdb, { name: 'Budi', role: 'analyst' }, 'test');
    const { token } = await createSession(a.rdb, info.id);
    const run = await interleave(a.rdb, /from "sessions"/, (rdb) => endSession(rdb, token), () => revokeKey(b.rdb, info.id, 'admin#k1'));
    expect(run.first.status).toBe('fulfilled');
    expect(run.second.status).toBe('fulfilled');
    const seen = await entries(info.id);
    // either the logout came first and the revocation after it, or the revocation ended the session
    expect(seen.indexOf('logout') === -1 || seen.indexOf('logout') < seen.indexOf('key_revoke')).toBe(true);
    expect(seen.filter((x) => x === 'key_revoke')).toHaveLength(1);
  });
});
