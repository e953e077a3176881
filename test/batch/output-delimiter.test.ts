// Excel under Indonesian regional settings (decimal comma) splits a CSV at ';', so a comma file opens
// there as one column. `--output-delimiter ;` (or tab) writes the cells between that character by the
// one cell writer: a cell holding it is quoted, and the file reads back as the comma file does. A
// resume keeps the delimiter the job started with: another one is refused, never mixed into the file.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { examplePosts, jsonl, killAfter, options, runCaptured, tempDir } from './helpers.js';
import { scoreUsage } from './score-usage.js';
import { scoreCommand } from '../../src/cli/commands/score.js';
import { checkpointPath } from '../../src/batch/checkpoint.js';

const POSTS = [
  { id: 'a;b', text: 'Ayo; coblos nomor 2, "sekarang"' },
  { id: 'c\td', text: 'rapat dinas\tjam 9' },
  { id: '=1;2', text: 'coblos' },
  ...examplePosts(40, 5),
];

function feed(dir: string): string {
  const input = path.join(dir, 'feed.jsonl');
  writeFileSync(input, jsonl(POSTS));
  return input;
}

describe('score --output-delimiter', () => {
  it('writes ; or tab between cells, and the file reads back as the comma one', async () => {
    const input = feed(tempDir());
    const comma = (await runCaptured(options({ input, outputFormat: 'csv', written: true }))).stdout;
    const semicolon = (await runCaptured(options({ input, outputFormat: 'csv', written: true, outputDelimiter: ';' }))).stdout;
    const tab = (await runCaptured(options({ input, outputFormat: 'csv', written: true, outputDelimiter: '\t' }))).stdout;
    const records = parse(comma) as string[][];
    expect(records).toHaveLength(POSTS.length + 1);
    expect(parse(semicolon, { delimiter: ';' })).toEqual(records);
    expect(parse(tab, { delimiter: '\t' })).toEqual(records);
    expect(semicolon.split('\n')[0]).toBe('id;label;risk;level;score_ajakan;score_dukungan;score_serangan;score_netral;evidence;stage;election;evidence_written');
    expect(semicolon.split('\n')[1].startsWith('"a;b";')).toBe(true);
    expect(semicolon.split('\n')[3].startsWith(`"'=1;2";`)).toBe(true);
    expect(tab.split('\n')[2].startsWith('"c\td"\t')).toBe(true);
  });

  it('is bad usage with a value other than , ; or tab, or with JSONL output, and is in --help', async () => {
    const input = feed(tempDir());
    for (const bad of ['|', 'semicolon', '', ';;']) {
      expect(await scoreUsage('--input', input, '--output-format', 'csv', '--output-delimiter', bad)).toBe(`--output-delimiter must be , ; or tab, got ${JSON.stringify(bad)}`);
    }
    expect(await scoreUsage('--input', input, '--output-delimiter', ';')).toMatch(/^--output-delimiter applies to CSV output only/);
    expect(scoreCommand.usage).toContain('--output-delimiter D');
  });

  it('resumes with the delimiter it started with, to the file an uninterrupted run writes', async () => {
    const dir = tempDir();
    const input = feed(dir);
    const output = path.join(dir, 'out.csv');
    const errors = path.join(dir, 'errors.jsonl');
    const settings = { outputFormat: 'csv' as const, outputDelimiter: ';' };
    await runCaptured(options({ input, output, errors, ...settings }));
    const want = { out: readFileSync(output), errs: readFileSync(errors) };
    const at = await killAfter({ dir, head: jsonl(POSTS.slice(0, 20)), format: 'jsonl', output, errors, want, settings }, (at) => ({ out: want.out.subarray(0, at.outputBytes + 9), errs: want.errs }));
    expect(at.records).toBe(20);
    const cut = readFileSync(output);
    const progress = readFileSync(checkpointPath(output));
    for (const other of [undefined, ',', '\t']) {
      await expect(runCaptured(options({ input, output, errors, outputFormat: 'csv', outputDelimiter: other, resume: true }))).rejects.toThrow(/^cannot resume: --output-delimiter differs from the interrupted run/);
      expect(readFileSync(output).equals(cut)).toBe(true);
      expect(readFileSync(checkpointPath(output)).equals(progress)).toBe(true);
    }
    const resumed = await runCaptured(options({ input, output, errors, ...settings, resume: true }));
    expect(resumed.outcome.resumedAt).toBe(20);
    expect(readFileSync(output).equals(want.out)).toBe(true);
    expect(existsSync(checkpointPath(output))).toBe(true);
  });
});
