// The service checks the SQLite store (PRAGMA quick_check, ≈ 0.13–0.3 s on 50,000 items) before it
// migrates or serves it: a damaged file (a backup restored over a leftover -wal, a disk error) is
// refused at start with a message saying what to do, instead of failing requests later.
import { openSync, statSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReview } from '../../src/review/mount.js';
import { damageSummary } from '../../src/review/db/open.js';
import { ReviewStore } from '../../src/review/store/index.js';
import type { ReviewScorer } from '../../src/review/http/router.js';
import { fakeResult } from './helpers/fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';

const config = (dataDir: string) => ({ dataDir, retentionDays: 0, maxBatch: 10, maxTextLength: 10_000 });

describe('the service checks the SQLite store on start', () => {
  it('refuses a damaged store, naming it and the way out', async () => {
    const dataDir = tempDir('netra-quick-check-');
    const store = await ReviewStore.open({ url: '', dataDir });
    const long = 'kata '.repeat(400);
    await store.addMany(Array.from({ length: 300 }, (_, i) => ({ post: { text: `${long}${i}`, author: `a${i}` }, result: fakeResult(0.9) })), 't');
    await store.close(); // the WAL is checkpointed into the file on close
    const file = path.join(dataDir, 'review.sqlite');
    // Garbage over the pages in the second half of the file (items' rows and indexes), not the schema on page 1.
    const fd = openSync(file, 'r+');
    const size = statSync(file).size;
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const opened = openReview({ scorer: {} as ReviewScorer, config: config(dataDir) });
    await expect(opened).rejects.toThrow(new RegExp(`^the review store ${file} is damaged \\(PRAGMA quick_check: .+\\): restore it from a backup`));
  });

  it("says quick_check's problems on one line, also a row of several lines", () => {
    const rows = ['*** in database main ***\nTree 25 page 194: btreeInitPage() returns error code 11', 'wrong # of entries in index items_counts', 'row 3', 'row 4'];
    expect(damageSummary(rows)).toBe('*** in database main ***; Tree 25 page 194: btreeInitPage() returns error code 11; wrong # of entries in index items_counts; row 3; and 1 more');
  });

  it('opens a sound one', async () => {
    const dataDir = tempDir('netra-quick-check-');
    const review = await openReview({ scorer: {} as ReviewScorer, config: config(dataDir) });
    await review.close();
  });
});
