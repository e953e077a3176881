// `netra store backup FILE`: SQLite's online backup of the review store, consistent while the service
// writes (what is still in the -wal is in the copy; `cp review.sqlite` misses it), made 0600.
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storeCommand } from '../../src/cli/commands/store.js';
import { UsageError } from '../../src/cli/command.js';
import { ReviewStore } from '../../src/review/store/index.js';
import { fakeResult } from './helpers/fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';

const saved = { data: process.env.NETRA_DATA_DIR, url: process.env.DATABASE_URL };
afterEach(() => {
  for (const [name, value] of [['NETRA_DATA_DIR', saved.data], ['DATABASE_URL', saved.url]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('netra store backup', () => {
  it('copies the store while it is open and written, WAL included, into a new 0600 file', async () => {
    const dataDir = tempDir('netra-backup-');
    process.env.NETRA_DATA_DIR = dataDir;
    process.env.DATABASE_URL = '';
    const live = await ReviewStore.open({ url: '', dataDir });
    try {
      const { item } = await live.add({ text: 'dukung nomor dua', author: 'a' }, fakeResult(0.9), 't');
      const dest = path.join(tempDir('netra-backup-'), 'review-copy.sqlite');
      expect(await storeCommand.run(['backup', dest])).toBe(0);
      expect((statSync(dest).mode & 0o777).toString(8)).toBe('600');
      const SQLite = (await import('better-sqlite3')).default;
      const db = new SQLite(dest, { readonly: true });
      try {
        expect(db.prepare('SELECT text FROM items WHERE id = ?').get(item.id)).toEqual({ text: 'dukung nomor dua' });
      } finally {
        db.close();
      }
      // An existing file is never overwritten.
      await expect(storeCommand.run(['backup', dest])).rejects.toThrow(UsageError);
    } finally {
      await live.close();
    }
  });

  it('refuses PostgreSQL (pg_dump is the tool) and a missing store', async () => {
    process.env.DATABASE_URL = 'postgres://localhost/netra';
    await expect(storeCommand.run(['backup', path.join(tempDir('netra-backup-'), 'x.sqlite')])).rejects.toThrow(/pg_dump -Fc/);
    process.env.DATABASE_URL = '';
    process.env.NETRA_DATA_DIR = path.join(tempDir('netra-backup-'), 'typo');
    await expect(storeCommand.run(['backup', path.join(tempDir('netra-backup-'), 'x.sqlite')])).rejects.toThrow(/no review store at .*typo/);
  });
});
