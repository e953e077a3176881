// Retention and deletion on SQLite must remove the text from the file itself, not only from the rows:
// without secure_delete the old cells stay in the page's free space, and the WAL keeps the pages as
// they were before the purge until it is checkpointed. Anyone with a copy of the files (a backup, a
// disk image) could read the purged posts back with `strings`.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReviewStore } from '../../src/review/store/index.js';
import { fakeResult } from './helpers/fixtures.js';

const MARKER = 'zzqpurgemarker';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** How often the marker occurs in the store's files (the database and its WAL, when there is one). */
function markerCount(dir: string): number {
  let n = 0;
  for (const name of ['review.sqlite', 'review.sqlite-wal']) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    n += readFileSync(file).toString('latin1').split(MARKER).length - 1;
  }
  return n;
}

describe('purged and deleted text on SQLite', () => {
  it('is gone from the database file and its WAL, while the store is open and after it closes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-purge-bytes-'));
    dirs.push(dir);
    const s = await ReviewStore.open({ dataDir: dir, url: '' });
    const purged = await s.add({ text: `ayo coblos nomor 2 ${MARKER} satu`, author: `${MARKER}-author` }, fakeResult(0.9), 'a');
    const deleted = await s.add({ text: `dukung terus ${MARKER} dua`, author: `${MARKER}-b` }, fakeResult(0.9), 'a');
    await s.note(purged.item.id, { text: `catatan ${MARKER}` }, 'an');
    await s.decide(purged.item.id, { outcome: 'confirmed' }, 'rev');
    expect(markerCount(dir)).toBeGreaterThan(0); // the check can see the text at all
    expect(await s.purgeExpired(30, 'system:retention', new Date(Date.now() + 31 * 86_400_000))).toBe(1);
    await s.delete(deleted.item.id, 'admin#1', 'permintaan subjek data');
    expect(markerCount(dir)).toBe(0);
    await s.close();
    expect(markerCount(dir)).toBe(0);
  });
});
