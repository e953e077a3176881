// Batch outputs hold evidence phrases and mentions, fragments of personal posts, as the review store
// holds posts: the output, its progress file and the errors file are made owner-only (0600) whatever
// the umask, as the store is. A file that exists keeps its mode: it is the operator's to set.
import { describe, expect, it } from 'vitest';
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpointPath } from '../../src/batch/checkpoint.js';
import { cli, examplePosts, jsonl, tempDir } from './helpers.js';

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

describe('batch file modes', () => {
  it('makes a new output, progress file and errors file 0600, and leaves an existing file\'s mode alone', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(5)) + '{"id":"rusak"}\n');
    const output = path.join(dir, 'scored.jsonl');
    const errors = path.join(dir, 'bad.jsonl');
    const run = await cli(['score', '--input', input, '--output', output, '--errors', errors, '--workers', '0']);
    expect(run.code, run.stderr).toBe(0);
    expect([mode(output), mode(checkpointPath(output)), mode(errors)]).toEqual(['600', '600', '600']);

    const kept = path.join(dir, 'kept.jsonl');
    writeFileSync(kept, '');
    chmodSync(kept, 0o640);
    const again = await cli(['score', '--input', input, '--output', kept, '--workers', '0']);
    expect(again.code, again.stderr).toBe(0);
    expect(mode(kept)).toBe('640');
  }, 60_000);
});
