// The progress file is replaced atomically: written to a temporary copy, synced, then renamed over it.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CHECKPOINT_FORMAT, CHECKPOINT_VERSION, enqueueMismatch, readCheckpoint, writeCheckpoint, type Checkpoint, type Fingerprint } from '../../src/batch/checkpoint.js';
import { BatchStats } from '../../src/batch/stats.js';
import { tempDir } from './helpers.js';

// What the job was run with does not matter to how the file is written.
const checkpoint = (records: number): Checkpoint => ({
  format: CHECKPOINT_FORMAT,
  version: CHECKPOINT_VERSION,
  records,
  outputBytes: 0,
  errorsBytes: 0,
  stats: new BatchStats().toJSON(),
  fingerprint: {} as Fingerprint,
  done: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('writeCheckpoint', () => {
  it('replaces the progress file, leaving no temporary copy', async () => {
    const file = path.join(tempDir(), 'out.jsonl.netra-progress');
    await writeCheckpoint(file, checkpoint(1));
    await writeCheckpoint(file, checkpoint(2));
    expect((await readCheckpoint(file))?.records).toBe(2);
    expect(readdirSync(path.dirname(file))).toEqual(['out.jsonl.netra-progress']);
  });

  it('leaves no temporary copy behind when the copy cannot be put in place', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'out.jsonl.netra-progress');
    mkdirSync(file); // a directory where the progress file goes: the rename fails
    await expect(writeCheckpoint(file, checkpoint(1))).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST|EPERM/);
    expect(readdirSync(dir)).toEqual(['out.jsonl.netra-progress']);
  });
});

describe('enqueueMismatch', () => {
  it('names the records the interrupted run finished, one in the singular', () => {
    expect(enqueueMismatch(undefined, 'var/review.db', 1)).toMatch(/^the interrupted run did not use --enqueue .*, so the 1 record the interrupted run finished was never offered/);
    expect(enqueueMismatch('a.db', undefined, 2_000)).toMatch(/sent the 2,000 records the interrupted run finished to the review queue at a\.db/);
    expect(enqueueMismatch(undefined, 'a.db', 3)).toMatch(/so the 3 records the interrupted run finished were never offered/);
    expect(enqueueMismatch('a.db', 'a.db', 5)).toBeUndefined();
  });
});
