// When a review key was last used (api_keys.last_used_at), on both stores: set when the key is
// accepted (API or login form), not when it is refused, and written at most once a minute per key, so
// a busy client does not turn every request into a write. `keys list` and GET /v1/review/keys show it.
import { afterEach, expect, it, vi } from 'vitest';
import { checkKey, createKey, listKeys } from '../../src/review/keys.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';

describeOnStores('key last use on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));
  afterEach(() => vi.useRealTimers());

  const lastUsed = async (id: string) => (await listKeys(store.rdb)).find((k) => k.id === id)?.lastUsedAt;
  const at = (iso: string) => vi.setSystemTime(new Date(iso));

  it('records an accepted key at most once a minute, and a refused one never', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-03-01T08:00:00.000Z');
    const sari = await createKey(store.rdb, { name: 'Sari', role: 'analyst' }, 'test');
    expect(sari.info.lastUsedAt).toBeNull();
    expect(await lastUsed(sari.info.id)).toBeNull();

    const wrong = `${sari.key.slice(0, -1)}${sari.key.endsWith('A') ? 'B' : 'A'}`;
    expect(await checkKey(store.rdb, wrong)).toEqual({ failure: 'wrong_secret', keyId: sari.info.id });
    expect(await lastUsed(sari.info.id)).toBeNull();

    at('2026-03-01T08:00:05.000Z');
    expect(await checkKey(store.rdb, sari.key)).toHaveProperty('principal');
    expect(await lastUsed(sari.info.id)).toBe('2026-03-01T08:00:05.000Z');

    // Within the minute: not written again (the check is served from the cache, too).
    at('2026-03-01T08:00:50.000Z');
    expect(await checkKey(store.rdb, sari.key)).toHaveProperty('principal');
    expect(await lastUsed(sari.info.id)).toBe('2026-03-01T08:00:05.000Z');

    // A minute on: written again.
    at('2026-03-01T08:01:06.000Z');
    expect(await checkKey(store.rdb, sari.key)).toHaveProperty('principal');
    expect(await lastUsed(sari.info.id)).toBe('2026-03-01T08:01:06.000Z');

    // Another key has its own minute.
    const budi = await createKey(store.rdb, { name: 'Budi', role: 'admin' }, 'test');
    at('2026-03-01T08:01:07.000Z');
    expect(await checkKey(store.rdb, budi.key)).toHaveProperty('principal');
    expect(await lastUsed(budi.info.id)).toBe('2026-03-01T08:01:07.000Z');
  });
});
