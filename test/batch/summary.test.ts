// The summary's wording: counts of one read in the singular, and the warning lines a job adds.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonl, options, runCaptured, tempDir } from './helpers.js';

describe('summary counts', () => {
  it('says "1 record" and "1 error" in the singular, on the first line and the throughput line', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl([{ id: 'a', text: 'harga cabai naik lagi di pasar' }]));
    const one = await runCaptured(options({ input }));
    expect(one.stderr).toMatch(/^netra score: 1 record read, 1 scored, 0 errors$/m);
    expect(one.stderr).toMatch(/^ {2}throughput: 1 record in [\d.]+ s /m);

    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, 'not json\n');
    const oneBad = await runCaptured(options({ input: bad }));
    expect(oneBad.stderr).toMatch(/^netra score: 1 record read, 0 scored, 1 error \(not saved: pass --errors FILE\)$/m);
  });

  it('says "1 byte" when the only byte of the input is a blank line', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'blank.jsonl');
    writeFileSync(input, '\n');
    const run = await runCaptured(options({ input }));
    expect(run.stderr).toContain(`\n  warning: no records were read: the input ${input} has 1 byte, all blank lines (or a byte order mark)\n`);
  });

  it('says "1 record" when a resume finds a one-record job already complete', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl([{ id: 'a', text: 'harga cabai naik lagi di pasar' }]));
    const output = path.join(dir, 'out.jsonl');
    await runCaptured(options({ input, output }));
    const again = await runCaptured(options({ input, output, resume: true }));
    expect(again.stderr).toBe(`netra score: ${output} is already complete (1 record); nothing to resume\n`);
  });
});
