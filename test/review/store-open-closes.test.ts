// A SQLite store that cannot be set up (not a database, a pragma refused) is refused without leaving
// its file open: a caller that retries, or goes on without the store, holds no stray descriptor.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/review/db/open.js';
import { tempDir } from '../helpers/temp-dir.js';
import { openOn } from '../helpers/open-fds.js';


describe('opening a SQLite store that cannot be set up', () => {
  it.skipIf(!existsSync('/proc/self/fd'))('closes the file when switching it to WAL fails', async () => {
    const dataDir = tempDir('netra-open-closes-');
    const file = path.join(dataDir, 'review.sqlite');
    writeFileSync(file, Buffer.alloc(8192, 0xa5), { mode: 0o600 }); // not a database: PRAGMA journal_mode fails
    await expect(openDatabase({ url: '', dataDir })).rejects.toThrow(/not a database/);
    expect(openOn(file)).toBe(0);
  });
});
