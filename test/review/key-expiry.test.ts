// Keys with an expiry (`keys create --expires-in`, POST /keys {expiresIn}): refused once it passes —
// on the review API with a 401 saying so, at the login form, and for a session made before — while a
// wrong secret behind the same key id is still only "not valid" (nothing told to whoever lacks the key).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keysCommand } from '../../src/cli/commands/keys.js';
import { UsageError } from '../../src/cli/command.js';
import { createKey, listKeys } from '../../src/review/keys.js';
import { expiryAfter, lifetimeProblem } from '../../src/review/key-expiry.js';
import { ReviewStore } from '../../src/review/store/index.js';
import type { ReviewDb } from '../../src/review/db/open.js';
import { describeOnStores } from './helpers/stores.js';
import { reviewServer } from './helpers/app.js';
import { apiCall, postLogin, webLogin } from './helpers/http.js';
import { fakeResult } from './helpers/fixtures.js';

/** Moves a key's expiry into the past, as time passing would. */
const expire = (rdb: ReviewDb, key: string) =>
  rdb.db.updateTable('api_keys').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', key.split('_')[1]).execute();

describe('key lifetimes', () => {
  it('reads whole days or hours, up to ten years', () => {
    expect(expiryAfter('90d', new Date('2026-01-01T00:00:00Z'))).toBe('2026-04-01T00:00:00.000Z');
    expect(expiryAfter('12h', new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01T12:00:00.000Z');
    for (const bad of ['0d', '1.5d', '90', '3w', ' 9d', '-1h', '3651d', '']) expect(lifetimeProblem(bad), bad).toBeDefined();
    expect(lifetimeProblem('3650d')).toBeUndefined();
    // "0d" is a whole number of days: it was told it was not one
    expect(lifetimeProblem('0d')).toBe('must be at least 1h: a key that ends as it is made is no key');
    expect(lifetimeProblem('00h')).toBe('must be at least 1h: a key that ends as it is made is no key');
    expect(lifetimeProblem('05d')).toBe('must be a whole number of days or hours, such as 90d or 12h');
  });
});

describeOnStores('expired keys on $name', (kind) => {
  const fx = reviewServer(kind, () => ({ score: () => fakeResult(0.9) }));

  it('refuses an expired key on the API with 401 "expired"; a wrong secret for it stays "not valid"', async () => {
    const { key } = await createKey(fx.store.rdb, { name: 'Kontrak', role: 'analyst', expiresIn: '1h' }, 'test');
    expect((await apiCall(fx.srv.base, 'GET', '/v1/review/items', key)).status).toBe(200);
    await expire(fx.store.rdb, key); // the key is cached as verified now: expiry must be read anyway
    const res = await apiCall(fx.srv.base, 'GET', '/v1/review/items', key);
    expect(res.status).toBe(401);
    expect(res.json.detail).toBe('the API key has expired; ask for a new one');
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="netra-review", error="invalid_token"');
    const wrong = await apiCall(fx.srv.base, 'GET', '/v1/review/items', `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`);
    expect([wrong.status, wrong.json.detail]).toEqual([401, 'the API key is not valid']);
  });

  it('refuses it at the login form, and ends a session made before it expired', async () => {
    const { key } = await createKey(fx.store.rdb, { name: 'Tamu', role: 'analyst', expiresIn: '2h' }, 'test');
    const cookie = await webLogin(fx.srv.base, key);
    expect((await fetch(`${fx.srv.base}/review`, { headers: { cookie }, redirect: 'manual' })).status).toBe(200);
    await expire(fx.store.rdb, key);
    expect((await fetch(`${fx.srv.base}/review`, { headers: { cookie }, redirect: 'manual' })).status).toBe(303);
    const login = await postLogin(fx.srv.base, key);
    expect(login.status).toBe(401);
    expect(await login.text()).toContain('Kunci API sudah kedaluwarsa');
  });

  it('POST /keys takes expiresIn and lists expiresAt; a bad one is a 400 naming it', async () => {
    const made = await apiCall(fx.srv.base, 'POST', '/v1/review/keys', fx.keys.admin, { name: 'Magang', role: 'analyst', expiresIn: '30d' });
    expect(made.status).toBe(201);
    const days = (Date.parse(made.json.expiresAt) - Date.parse(made.json.createdAt)) / 86_400_000;
    expect([days, made.json.expired]).toEqual([30, false]);
    const bad = await apiCall(fx.srv.base, 'POST', '/v1/review/keys', fx.keys.admin, { name: 'Magang', role: 'analyst', expiresIn: '1 month' });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe('expiresIn');
    const listed = await apiCall(fx.srv.base, 'GET', '/v1/review/keys', fx.keys.admin);
    expect(listed.json.keys.find((k: { id: string }) => k.id === made.json.id)).toMatchObject({ expiresAt: made.json.expiresAt, expired: false });
    expect(listed.json.keys.find((k: { name: string }) => k.name === 'Adi Admin')).toMatchObject({ expiresAt: null, expired: false });
  });
});

describe('netra keys with --expires-in', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-cli-expiry-'));
  beforeAll(() => {
    process.env.NETRA_DATA_DIR = dir;
    process.env.DATABASE_URL = '';
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lines = async (...args: string[]) => {
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      return { code: await keysCommand.run(args), out };
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  };

  it('stores the expiry, lists it, and marks the key once it has expired', async () => {
    const made = await lines('create', '--role', 'analyst', '--name', 'Pendek', '--expires-in', '2h');
    await lines('create', '--role', 'analyst', '--name', 'Tetap');
    const id = made.out[0].split('_')[1];
    const list = (await lines('list')).out;
    const row = list.find((l) => l.startsWith(id))?.split('\t') ?? [];
    expect(row[4]).toMatch(/^expires \d{4}-\d\d-\d\dT/);
    expect(Date.parse(row[4].slice(8)) - Date.parse(row[3])).toBe(2 * 3600_000);
    expect(list.find((l) => l.includes('\tTetap\t'))?.split('\t')[4]).toBe('expires never');

    const store = await ReviewStore.open({ dataDir: dir, url: '' });
    try {
      await expire(store.rdb, made.out[0]);
      expect((await listKeys(store.rdb)).find((k) => k.id === id)?.expired).toBe(true);
    } finally {
      await store.close();
    }
    expect((await lines('list')).out.find((l) => l.startsWith(id))?.split('\t')[4]).toMatch(/^EXPIRED /);
  });

  it('refuses a lifetime it cannot read (usage, exit 2)', async () => {
    await expect(lines('create', '--role', 'analyst', '--name', 'x', '--expires-in', '3w')).rejects.toThrow(UsageError);
    await expect(lines('create', '--role', 'analyst', '--name', 'x', '--expires-in', '3w')).rejects.toThrow('--expires-in must be a whole number of days or hours, such as 90d or 12h');
    await expect(lines('list', '--expires-in', '2d')).rejects.toThrow(/list takes no --expires-in/);
  });
});
