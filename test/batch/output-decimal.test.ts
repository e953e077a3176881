// Excel under Indonesian regional settings (decimal comma, thousands point, list separator ';') reads
// "0.912" as no number. `--output-decimal ,` writes the number cells, risk and the four scores, with a
// decimal comma, in a ';' (or tab) file; ids, text and the evidence's weights stay as written. A resume
// keeps the decimal mark the job started with.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { examplePosts, jsonl, killAfter, options, runCaptured, tempDir } from './helpers.js';
import { scoreUsage } from './score-usage.js';
import { scoreCommand } from '../../src/cli/commands/score.js';
import { checkpointPath, readCheckpoint } from '../../src/batch/checkpoint.js';
import { CSV_COLUMNS } from '../../src/batch/format.js';

const POSTS = [{ id: '0.5', text: 'Ayo coblos nomor 2, 0.912 persen' }, ...examplePosts(30, 8)];
const NUMBER_COLUMNS = new Set(['risk', 'score_ajakan', 'score_dukungan', 'score_serangan', 'score_netral']);

function feed(dir: string): string {
  const input = path.join(dir, 'feed.jsonl');
  writeFileSync(input, jsonl(POSTS));
  return input;
}

describe('score --output-decimal', () => {
  it('writes risk and the scores with a decimal comma, and every other cell as the point file does', async () => {
    const input = feed(tempDir());
    const point = parse((await runCaptured(options({ input, outputFormat: 'csv', written: true, outputDelimiter: ';' }))).stdout, { delimiter: ';' }) as string[][];
    const comma = (await runCaptured(options({ input, outputFormat: 'csv', written: true, outputDelimiter: ';', outputDecimal: ',' }))).stdout;
    const rows = parse(comma, { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(point[0]);
    expect(rows).toHaveLength(POSTS.length + 1);
    let decimals = 0;
    for (let r = 1; r < rows.length; r++) {
      rows[r].forEach((cell, c) => {
        if (!NUMBER_COLUMNS.has(CSV_COLUMNS[c])) return expect(cell, `${r}:${c}`).toBe(point[r][c]);
        expect(cell, `${r}:${c}`).toBe(point[r][c].replace('.', ','));
        expect(Number(cell.replace(',', '.'))).toBe(Number(point[r][c]));
        if (cell.includes(',')) decimals++;
      });
    }
    expect(decimals).toBeGreaterThan(POSTS.length);
    // Unquoted: Excel's import takes a quoted cell for text.
    const first = comma.split('\n')[1].split(';');
    expect(first[0]).toBe('0.5');
    expect(first[2]).toMatch(/^0,\d+$/);
    expect(rows[1][8]).toMatch(/\(\d+\.\d+\)/); // the evidence's weights keep the point: they are text
  });

  it('is bad usage with JSONL, with the comma delimiter, or with another value, and is in --help', async () => {
    const input = feed(tempDir());
    expect(await scoreUsage('--input', input, '--output-decimal', ',')).toMatch(/^--output-decimal applies to CSV output only/);
    for (const delimiter of [[], ['--output-delimiter', ',']]) {
      expect(await scoreUsage('--input', input, '--output-format', 'csv', ...delimiter, '--output-decimal', ',')).toMatch(/^--output-decimal ,: a decimal comma needs ; or tab between cells .*; add --output-delimiter ';'$/);
    }
    for (const bad of ['', 'comma', ',,', ';']) {
      expect(await scoreUsage('--input', input, '--output-format', 'csv', '--output-delimiter', ';', '--output-decimal', bad)).toBe(`--output-decimal must be , or ., got ${JSON.stringify(bad)}`);
    }
    expect(scoreCommand.usage).toContain('--output-decimal ,|.');
  });

  it('is in the resume fingerprint when a comma, and left out for the point, so older progress files match', async () => {
    const dir = tempDir();
    const input = feed(dir);
    const output = path.join(dir, 'out.csv');
    const errors = path.join(dir, 'errors.jsonl');
    await runCaptured(options({ input, output, errors, outputFormat: 'csv', outputDelimiter: ';', outputDecimal: '.' }));
    expect(Object.keys((await readCheckpoint(checkpointPath(output)))!.fingerprint)).not.toContain('outputDecimal');
    const settings = { outputFormat: 'csv' as const, outputDelimiter: ';', outputDecimal: ',' as const };
    await runCaptured(options({ input, output, errors, ...settings }));
    expect((await readCheckpoint(checkpointPath(output)))!.fingerprint.outputDecimal).toBe(',');
    const want = { out: readFileSync(output), errs: readFileSync(errors) };
    const at = await killAfter({ dir, head: jsonl(POSTS.slice(0, 10)), format: 'jsonl', output, errors, want, settings }, (at) => ({ out: want.out.subarray(0, at.outputBytes + 5), errs: want.errs }));
    expect(at.records).toBe(10);
    for (const other of [undefined, '.' as const]) {
      await expect(runCaptured(options({ input, output, errors, outputFormat: 'csv', outputDelimiter: ';', outputDecimal: other, resume: true }))).rejects.toThrow(/^cannot resume: --output-decimal differs from the interrupted run/);
    }
    const resumed = await runCaptured(options({ input, output, errors, ...settings, resume: true }));
    expect(resumed.outcome.resumedAt).toBe(10);
    expect(readFileSync(output).equals(want.out)).toBe(true);
  });
});
