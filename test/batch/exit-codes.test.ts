// Exit codes of the real `netra score`: 2 with a one-line reason for bad usage, 1 for a failure.
// (The many usage errors themselves are checked in-process in batch.test.ts.)
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, cli, examplePosts, jsonl, tempDir } from './helpers.js';

describe('netra score exit codes', () => {
  it('exits 2 with one line on bad usage, 1 on failure', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(3)));
    // (the other usage errors are checked in-process in batch.test.ts)
    const [noInput, badModel] = await Promise.all([
      cli(['score', '--output', 'x.jsonl']),
      cli(['score', '--input', feed, '--model', path.join(dir, 'no-model'), '--workers', '0']),
    ]);
    expect(noInput.code, noInput.stderr).toBe(2);
    expect(noInput.stderr).toBe('netra score: give --input FILE (or - for stdin)\n');
    expect(noInput.stdout).toBe('');
    expect(badModel.code, badModel.stderr.slice(-500)).toBe(1);
    expect(badModel.stderr).toMatch(/no model at/);
  });

  it('exits 0 when the job is done but stderr was closed early (2>&1 | head): EPIPE there is no failure', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(feed, jsonl(examplePosts(3)));
    // a worker thread keeps the process up long enough for the summary's EPIPE to surface
    const run = await cli(['score', '--input', feed, '--output', out, '--workers', '1'], { closeStderr: true });
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('refuses --errors /dev/stdout when the output goes to that same pipe (errors landed amid the results)', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(2)) + 'bukan json\n');
    // stdout a real pipe (a child's piped stdio is a socket, which /dev/stdout cannot open)
    const run = spawnSync('bash', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts score --input "${feed}" --errors /dev/stdout --workers 0 | cat; exit \${PIPESTATUS[0]}`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr.slice(-500)).toBe(2);
    expect(run.stderr).toBe('netra score: --errors must not be the output file\n');
    expect(run.stdout).toBe('');
  });
});
