// A job killed (kill -9) and resumed warns of repeated ids exactly as the uninterrupted job does: the
// ids of the records done before the kill are hashed again while the resume skips them, so a record
// after the restart that repeats one of them is still found.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpointPath } from '../../src/batch/checkpoint.js';
import { cli, examplePosts, jsonl, readProgress, runAndKill, tempDir } from './helpers.js';

/** The summary's repeated-id warning line. */
const repeatedWarning = (stderr: string): string | undefined => stderr.split('\n').find((l) => l.includes('had an id an earlier record had'));

describe('repeated ids across a resume', () => {
  it('after kill -9 and --resume, the warning counts the repeats of ids read before the kill', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    // every id comes back 1,000 records later, wherever the kill falls
    const rows = examplePosts(6_000, 5).map((p, i) => ({ ...p, id: `p${i % 1_000}` }));
    writeFileSync(input, jsonl(rows));
    const whole = await cli(['score', '--input', input, '--output', path.join(dir, 'ref.jsonl'), '--workers', '0']);
    expect(whole.code, whole.stderr).toBe(0);
    const want = repeatedWarning(whole.stderr);
    expect(want).toContain('5,000 records had an id an earlier record had (field "id"; the first is record 1001)');

    const out = path.join(dir, 'out.jsonl');
    const args = ['score', '--input', input, '--output', out];
    const killed = await runAndKill([...args, '--workers', '0'], checkpointPath(out), (cp) => cp.records > 0, 5);
    expect(killed.signal).toBe('SIGKILL');
    expect(readProgress(checkpointPath(out))!.records).toBeLessThan(6_000);
    const resumed = await cli([...args, '--workers', '2', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/resumed after record [\d,]+/);
    expect(repeatedWarning(resumed.stderr)).toBe(want);
  }, 60_000);
});
