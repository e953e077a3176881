// A web session's pages stamp the key the session was opened with (api_keys.last_used_at), at most once
// a minute as the API does: a supervisor who logged in once and works all day must not leave the key
// looking unused to an admin deciding which keys to revoke.
import { afterEach, expect, it, vi } from 'vitest';
import { createKey, listKeys } from '../../src/review/keys.js';
import { createSession, readSession } from '../../src/review/sessions.js';
import type { ReviewStore } from '../../src/review/store/index.js';
import { describeOnStores, withStore } from './helpers/stores.js';

describeOnStores('a web session stamps its key on $name', (kind) => {
  let store: ReviewStore;
  withStore(kind, (opened) => (store = opened));
  afterEach(() => vi.useRealTimers());

  const lastUsed = async (id: string) => (await listKeys(store.rdb)).find((k) => k.id === id)?.lastUsedAt;
  const at = (iso: string) => vi.setSystemTime(new Date(iso));

  it("moves the key's last use as the session's pages are read, at most once a minute", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-04-01T01:00:00.000Z');
    const sari = await createKey(store.rdb, { name: 'Sari', role: 'supervisor' }, 'test');
    // The login form's check stamped it then (checkKey); a session is opened with the key id.
    const { token } = await createSession(store.rdb, sari.info.id);

    at('2026-04-01T05:00:00.000Z');
    expect(await readSession(store.rdb, token)).toBeDefined();
    expect(await lastUsed(sari.info.id)).toBe('2026-04-01T05:00:00.000Z');

    // Within the minute: not written again.
    at('2026-04-01T05:00:40.000Z');
    expect(await readSession(store.rdb, token)).toBeDefined();
    expect(await lastUsed(sari.info.id)).toBe('2026-04-01T05:00:00.000Z');

    at('2026-04-01T09:30:00.000Z');
    expect(await readSession(store.rdb, token)).toBeDefined();
    expect(await lastUsed(sari.info.id)).toBe('2026-04-01T09:30:00.000Z');
  });

  it('an unknown or ended session stamps nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-04-02T01:00:00.000Z');
    const budi = await createKey(store.rdb, { name: 'Budi', role: 'analyst' }, 'test');
    const { token } = await createSession(store.rdb, budi.info.id);
    expect(await readSession(store.rdb, 'not-a-session')).toBeUndefined();
    at('2026-04-02T14:00:00.000Z'); // past the session's 12 hours
    expect(await readSession(store.rdb, token)).toBeUndefined();
    expect(await lastUsed(budi.info.id)).toBeNull();
  });
});
