// A key presented to the API or the login form is read once per request: its form (`nrk_<id>_<secret>`)
// and its cache fingerprint (sha256 of the key) served both the failed-key throttle's bucket and the
// check, where each had parsed and hashed it again. Counted, not timed.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReviewStore } from '../../src/review/store/index.js';
import { checkKeyThrottled, createKey } from '../../src/review/keys.js';
import { FailedAuthThrottle } from '../../src/service/throttle.js';
import { sqliteKind } from './helpers/stores.js';

const sha256 = vi.hoisted(() => ({ n: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  const createHash = (algorithm: string, ...rest: unknown[]) => {
    if (algorithm === 'sha256') sha256.n++;
    return (crypto.createHash as (...a: unknown[]) => unknown)(algorithm, ...rest);
  };
  return { ...crypto, default: { ...crypto, createHash }, createHash };
});

describe('checkKeyThrottled reads the presented key once', () => {
  const kind = sqliteKind();
  let store: ReviewStore;
  let key: string;
  beforeAll(async () => {
    store = await kind.open();
    ({ key } = await createKey(store.rdb, { name: 'Sari', role: 'supervisor' }, 'test'));
  });
  afterAll(async () => {
    await store?.close();
    await kind.teardown();
  });

  const hashesOf = async (k: string) => {
    const before = sha256.n;
    const checked = await checkKeyThrottled(store.rdb, new FailedAuthThrottle(), '203.0.113.7', k);
    return { hashes: sha256.n - before, checked };
  };

  it('hashes a well-formed key once, first checked or cached, and keeps the answers', async () => {
    const first = await hashesOf(key);
    expect(first.checked.principal).toMatchObject({ name: 'Sari', role: 'supervisor' });
    expect(first.hashes).toBe(1);
    const cached = await hashesOf(key);
    expect(cached.checked.principal).toMatchObject({ name: 'Sari' });
    expect(cached.hashes).toBe(1);
    const wrong = await hashesOf(`${key.slice(0, 21)}${'A'.repeat(43)}`);
    expect(wrong.checked.refused).toMatchObject({ failure: 'wrong_secret' });
    expect(wrong.hashes).toBe(1);
  });

  it('does not fingerprint a key of no key form at all', async () => {
    const { hashes, checked } = await hashesOf('bukan-kunci');
    expect(checked.refused).toEqual({ failure: 'unknown_key', keyId: null });
    expect(hashes).toBe(0);
  });
});
