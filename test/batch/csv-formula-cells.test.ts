// CSV output is opened in spreadsheets: a cell that one would run as a formula (an id "=6", a phone
// number "+62…", "-", "@…", a leading tab or CR) starts with ', as in the review export. JSONL is data,
// written as it is; a resumed CSV job ends as a run without the interruption does.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { examplePosts, jsonl, killAfter, options, runCaptured, tempDir } from './helpers.js';

const IDS = ['=6', '+6281234567890', '-', '@admin', '\tx', '\r=1+1', 'ok-1'];
const POSTS = [...IDS.map((id, i) => ({ id, text: examplePosts(IDS.length, 3)[i].text })), ...examplePosts(30, 4).map((p) => ({ ...p, id: `=HYPERLINK("x",${p.id})` }))];

function feed(dir: string): string {
  const input = path.join(dir, 'feed.jsonl');
  writeFileSync(input, jsonl(POSTS));
  return input;
}

describe('score --output-format csv', () => {
  it("starts a cell a spreadsheet would run as a formula with '", async () => {
    const out = await runCaptured(options({ input: feed(tempDir()), outputFormat: 'csv' }));
    const ids = (parse(out.stdout) as string[][]).slice(1, IDS.length + 1).map((row) => row[0]);
    expect(ids).toEqual(["'=6", "'+6281234567890", "'-", "'@admin", "'\tx", "'\r=1+1", 'ok-1']);
  });

  it('leaves JSONL output as the ids were', async () => {
    const out = await runCaptured(options({ input: feed(tempDir()) }));
    expect(out.stdout.split('\n').filter(Boolean).slice(0, IDS.length).map((l) => JSON.parse(l).id)).toEqual(IDS);
  });

  it('resumes to the same file as an uninterrupted run', async () => {
    const dir = tempDir();
    const input = feed(dir);
    const output = path.join(dir, 'out.csv');
    const errors = path.join(dir, 'errors.jsonl');
    await runCaptured(options({ input, output, errors, outputFormat: 'csv' }));
    const want = { out: readFileSync(output), errs: readFileSync(errors) };
    expect(want.out.toString()).toContain(`"'=HYPERLINK(""x"",p1)"`);
    const at = await killAfter({ dir, head: jsonl(POSTS.slice(0, 20)), format: 'jsonl', output, errors, want, settings: { outputFormat: 'csv' } }, (at) => ({
      out: want.out.subarray(0, at.outputBytes + 17),
      errs: want.errs,
    }));
    expect(at.records).toBe(20);
    const resumed = await runCaptured(options({ input, output, errors, outputFormat: 'csv', resume: true }));
    expect(resumed.outcome.resumedAt).toBe(20);
    expect(readFileSync(output).equals(want.out)).toBe(true);
  });
});
