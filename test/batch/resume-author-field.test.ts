// --author-field is part of the job a resume must find unchanged: with --enqueue and no id, the review
// queue knows a post by its author and text, so another author field would queue the records again.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointPath, readCheckpoint } from '../../src/batch/checkpoint.js';
import type { ReviewQueue } from '../../src/batch/enqueue.js';
import { examplePosts, jsonl, options, runCaptured, tempDir } from './helpers.js';

const queue = (): ReviewQueue => ({ counts: { created: 0, duplicates: 0, skipped: 0 }, async add() {}, async close() {} });

/** A finished run's progress file made to look interrupted, so --resume goes on from it. */
async function interrupted(output: string): Promise<void> {
  const cp = await readCheckpoint(checkpointPath(output));
  writeFileSync(checkpointPath(output), JSON.stringify({ ...cp, done: false }));
}

describe('--resume and --author-field', () => {
  it('refuses another --author-field, or one given or dropped, naming it; the same one resumes', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(6, 3).map((p, i) => ({ text: p.text, user: `akun-${i}`, handle: `@h${i}` }))));
    const output = path.join(dir, 'out.jsonl');
    const enqueue = { openQueue: async () => queue(), queueLocation: 'sqlite:/q' };
    await runCaptured(options({ input, output, ...enqueue, authorField: 'user' }));
    await interrupted(output);
    await expect(runCaptured(options({ input, output, resume: true, ...enqueue, authorField: 'handle' }))).rejects.toThrow(/^cannot resume: --author-field differs from the interrupted run/);
    await expect(runCaptured(options({ input, output, resume: true, ...enqueue }))).rejects.toThrow(/^cannot resume: --author-field differs from the interrupted run/);
    expect((await runCaptured(options({ input, output, resume: true, ...enqueue, authorField: 'user' }))).outcome.exitCode).toBe(0);
  });

  it('keeps a progress file without it (an older netra, or a run without the flag) resumable without it', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(examplePosts(6, 4)));
    const output = path.join(dir, 'out.jsonl');
    const enqueue = { openQueue: async () => queue(), queueLocation: 'sqlite:/q' };
    await runCaptured(options({ input, output, ...enqueue }));
    expect(Object.keys((await readCheckpoint(checkpointPath(output)))!.fingerprint)).not.toContain('authorField');
    await interrupted(output);
    await expect(runCaptured(options({ input, output, resume: true, ...enqueue, authorField: 'user' }))).rejects.toThrow(/^cannot resume: --author-field differs/);
    expect((await runCaptured(options({ input, output, resume: true, ...enqueue }))).outcome.exitCode).toBe(0);
  });
});
