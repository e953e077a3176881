// A CSV that holds only Excel's `sep=;` line (an export of an empty sheet) reads no records: the
// summary says so as it is, not that the input was all blank lines.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { options, runCaptured, tempDir } from './helpers.js';

describe("a CSV of only Excel's sep= line", () => {
  it('warns that there was no header after it, with or without a BOM and blank lines after it', async () => {
    const dir = tempDir();
    for (const content of ['\uFEFFsep=;\r\n', 'sep=;', '"sep=|"\n\n\n']) {
      const input = path.join(dir, 'empty-sheet.csv');
      writeFileSync(input, content);
      const run = await runCaptured(options({ input, format: 'csv' }));
      expect(run.outcome.exitCode).toBe(0);
      const line = content.includes('|') ? '"sep=|"' : 'sep=;';
      expect(run.stderr).toContain(`\n  warning: no records were read: the CSV has only Excel's first line ${line} (line 1), and no header after it\n`);
      expect(run.stderr).not.toContain('all blank lines');
    }
  });
});
