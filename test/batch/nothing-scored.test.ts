// A job that read records and scored none of them (every record an error, say an --election-field
// id no config knows) is a failure, not a partial success: exit 1, and the summary says why. An
// unknown election's reason names the known ids and how to add one.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonl, options, runCaptured, tempDir } from './helpers.js';

describe('a job that scored nothing', () => {
  it('exits 1 when every record read was an error, naming the known elections and how to add one', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl([{ text: 'Ayo pilih 01!', el: 'pilbup-atlantis-2029' }, { text: 'harga cabai naik', el: 'pilbup-atlantis-2029' }]));
    const run = await runCaptured(options({ input, electionField: 'el' }));
    expect(run.outcome.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^ {2}e\.g\. record 1 \(line 1\): scoring failed: unknown election: pilbup-atlantis-2029 \(known: [^)]*pilpres-2024[^)]*\); add its config with --election FILE, or to ELECTIONS_DIR$/m);
    expect(run.stderr).toMatch(/^ {2}failed: none of the 2 records read was scored \(the first error: record 1 \(line 1\): scoring failed: unknown election: pilbup-atlantis-2029 .*\)$/m);
  });

  it('leaves its progress file not done: a --resume fails again instead of calling the job complete', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    const output = path.join(dir, 'out.jsonl');
    writeFileSync(input, jsonl([{ text: 'Ayo pilih 01!', el: 'pilbup-atlantis-2029' }]));
    expect((await runCaptured(options({ input, output, electionField: 'el' }))).outcome.exitCode).toBe(1);
    const again = await runCaptured(options({ input, output, electionField: 'el', resume: true }));
    expect(again.outcome.exitCode).toBe(1);
    expect(again.stderr).not.toContain('already complete');
    expect(again.stderr).toMatch(/^ {2}failed: the only record read was not scored$/m); // "none of the 1 record" before
  });

  it('still exits 0 when some records were scored (bad records are counted, not fatal)', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl([{ text: 'Ayo pilih 01!', el: 'pilbup-atlantis-2029' }, { text: 'harga cabai naik', el: 'pilpres-2024' }]));
    const run = await runCaptured(options({ input, electionField: 'el' }));
    expect(run.outcome.exitCode).toBe(0);
    expect(run.stderr).not.toMatch(/^ {2}failed:/m);
  });

  it('still exits 0 on an input with no records', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, '');
    expect((await runCaptured(options({ input }))).outcome.exitCode).toBe(0);
  });
});
