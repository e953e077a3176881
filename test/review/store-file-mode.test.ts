// The SQLite store holds post text, authors and key hashes: a new file (and its -wal and -shm) is made
// 0600 and a data directory netra makes 0700, whatever the umask lets through; an existing file or
// directory keeps its mode, and a store file others can read is reported, not changed.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewStore } from '../../src/review/store/index.js';
import { fakeResult } from './helpers/fixtures.js';

const modeOf = (p: string) => (statSync(p).mode & 0o777).toString(8);

describe.skipIf(process.platform === 'win32')('review store file modes (SQLite)', () => {
  let root: string;
  let umask: number;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'netra-mode-'));
    umask = process.umask(0o022); // the usual one, under which SQLite makes files 0644
  });
  afterAll(() => {
    process.umask(umask);
    rmSync(root, { recursive: true, force: true });
  });

  it('makes a new store 0600 (its -wal and -shm too) in a data directory of its own 0700', async () => {
    const dir = path.join(root, 'fresh', 'var');
    const warnings: string[] = [];
    const store = await ReviewStore.open({ dataDir: dir, url: '', warn: (m) => warnings.push(m) });
    try {
      await store.add({ text: 'Ayo pilih nomor 1', author: 'mode' }, fakeResult(0.9), 'test');
      const file = path.join(dir, 'review.sqlite');
      expect([modeOf(dir), modeOf(file), modeOf(`${file}-wal`), modeOf(`${file}-shm`)]).toEqual(['700', '600', '600', '600']);
      expect(modeOf(path.dirname(dir))).toBe('755'); // the levels above are not the store's
      expect(warnings).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('leaves an existing directory and file as they are, and warns about a file others can read', async () => {
    const dir = path.join(root, 'old');
    mkdirSync(dir, { mode: 0o755 });
    const file = path.join(dir, 'review.sqlite');
    new SQLite(file).close(); // made by an earlier netra: 0644
    expect(modeOf(file)).toBe('644');
    const warnings: string[] = [];
    const store = await ReviewStore.open({ dataDir: dir, url: '', warn: (m) => warnings.push(m) });
    await store.close();
    expect([modeOf(dir), modeOf(file)]).toEqual(['755', '644']);
    expect(warnings).toEqual([`the review store ${file} can be read or written by group or others (mode 0644); it holds post text, authors and key hashes: chmod 600 it and its -wal and -shm files`]);

    // Once the operator made it 0600, nothing to say.
    chmodSync(file, 0o600);
    warnings.length = 0;
    await (await ReviewStore.open({ dataDir: dir, url: '', warn: (m) => warnings.push(m) })).close();
    expect(warnings).toEqual([]);
  });
});
