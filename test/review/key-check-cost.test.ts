// A key's answer time does not tell whether its id exists: a wrong secret behind a stored id runs
// scrypt (tens of ms), and so does an unknown, revoked or malformed key, against a dummy hash; only a
// key verified in the last minute (its whole text known) skips it. Counted, not timed: wall-clock
// medians in a unit test failed under load (the scrypt count is what makes the times equal).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReviewStore } from '../../src/review/store/index.js';
import { createKey, revokeKey, verifyKey } from '../../src/review/keys.js';
import { sqliteKind } from './helpers/stores.js';

const hashes = vi.hoisted(() => ({ n: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  const scrypt = (...args: unknown[]) => {
    hashes.n++;
    return (crypto.scrypt as (...a: unknown[]) => void)(...args);
  };
  return { ...crypto, default: { ...crypto, scrypt }, scrypt };
});

describe('key checks cost the same whether the key id exists or not', () => {
  const kind = sqliteKind();
  let store: ReviewStore;
  let key: string;
  let keyId: string;
  let revoked: string;
  beforeAll(async () => {
    store = await kind.open();
    ({ key, info: { id: keyId } } = await createKey(store.rdb, { name: 'Sari', role: 'supervisor' }, 'test'));
    const old = await createKey(store.rdb, { name: 'Lama', role: 'analyst' }, 'test');
    await revokeKey(store.rdb, old.info.id, 'test');
    revoked = old.key;
  });
  afterAll(async () => {
    await store?.close();
    await kind.teardown();
  });

  const secret = 'A'.repeat(43);
  const wrongSecret = () => `nrk_${keyId}_${secret}`;
  const unknownId = () => `nrk_0123456789abcdef_${secret}`;

  it('runs scrypt once for a wrong secret, an unknown id, a revoked key and a malformed key', async () => {
    for (const [what, k] of [['wrong secret', wrongSecret()], ['unknown id', unknownId()], ['revoked', revoked], ['malformed', 'nrk_xyz'], ['not a key', 'hello']] as const) {
      const before = hashes.n;
      expect(await verifyKey(store.rdb, k), what).toBeUndefined();
      expect(hashes.n - before, what).toBe(1);
    }
    // The right key: one scrypt, then cached for a minute.
    const before = hashes.n;
    expect(await verifyKey(store.rdb, key)).toMatchObject({ name: 'Sari' });
    expect(await verifyKey(store.rdb, key)).toMatchObject({ name: 'Sari' });
    expect(hashes.n - before).toBe(1);
  });
});
