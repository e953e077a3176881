// `netra store backup FILE`: a consistent copy of the SQLite review store while the service runs.
// `cp review.sqlite` copies the main file without what the -wal still holds (or a torn mix of
// pages); SQLite's online backup API copies one snapshot. The copy holds post text and key hashes,
// so it is made owner-only (0600) and never overwrites a file.
import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Command } from '../command.js';
import { parseFlags, UsageError } from '../command.js';
import { storeSettingProblems } from '../../review/config.js';
import { resolveDataDir, sqliteFile } from '../../review/data-dir.js';
import { BUSY_TIMEOUT_MS } from '../../review/db/open.js';

export const storeCommand: Command = {
  name: 'store',
  summary: 'review store: backup FILE (a consistent online copy of the SQLite store, 0600)',
  usage: [
    'usage: netra store backup FILE',
    '  Copies the SQLite review store (NETRA_DATA_DIR, default var/ under the project) to FILE, a new file,',
    '  while the service may run (SQLite\'s online backup: what the -wal holds is in the copy). FILE is made 0600.',
    '  PostgreSQL (DATABASE_URL): use pg_dump -Fc. Restoring: docs/review.md, "Backup and restore".',
  ].join('\n'),
  async run(argv) {
    const { positionals } = parseFlags(argv, {}, true);
    const [action, dest, ...extra] = positionals;
    if (action !== 'backup') throw new UsageError('expected backup FILE');
    if (!dest) throw new UsageError('backup needs the FILE to write');
    if (extra.length) throw new UsageError(`unexpected argument: ${extra[0]}`);
    const problems = storeSettingProblems();
    if (problems.length) throw new UsageError(`invalid configuration: ${problems.join('; ')}`);
    if (process.env.DATABASE_URL) throw new UsageError('the review store is in PostgreSQL (DATABASE_URL): back it up with pg_dump -Fc (docs/review.md, "Backup and restore")');
    const source = sqliteFile(resolveDataDir());
    // Checked first: opening a missing file would make a new, empty database to back up.
    if (!existsSync(source)) throw new Error(`no review store at ${source} (check NETRA_DATA_DIR)`);
    const target = path.resolve(dest);
    try {
      closeSync(openSync(target, 'wx', 0o600)); // owner-only from the start; an empty file is an empty database
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'EEXIST' ? `${target} exists already; give a new file` : `cannot create ${target}: ${(err as Error).message}`);
    }
    const db = new SQLite(source, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    try {
      const { totalPages } = await db.backup(target);
      process.stderr.write(`netra store: backed up ${source} to ${target} (${totalPages} pages, mode 0600)\n`);
      return 0;
    } catch (err) {
      rmSync(target, { force: true }); // a half-made copy is no backup
      throw err;
    } finally {
      db.close();
    }
  },
};
