// A CSV output resumed by a netra whose cell writer differs from the one that began it would hold two
// kinds of cells (older writers wrote controls raw and left a ';' cell unquoted in a comma file). The
// progress file records the CSV cell rules' version; a resume under other rules, or from a progress
// file of a netra before the version was recorded, is refused with the way on, and the files are left
// as they were. The real CLI, killed with SIGKILL, as cli.test.ts does.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpointPath } from '../../src/batch/checkpoint.js';
import { CSV_CELL_VERSION } from '../../src/util/csv-cell.js';
import { cli, examplePosts, jsonl, options, readProgress, runAndKill, runCaptured, tempDir } from './helpers.js';

/** A feed whose cells older writers wrote otherwise: a control character, a ';' in a comma file. */
const POSTS = examplePosts(6000, 17).map((p, i) => (i % 50 === 0 ? { id: `x;=${i}`, text: `${p.text} \u001b[2J` } : p));

describe('resuming a CSV output written by another cell writer', () => {
  it('records the writer in the progress file, resumes its own and refuses one without it or of another version', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(POSTS));
    const refOut = path.join(dir, 'ref.csv');
    await runCaptured(options({ input, output: refOut, outputFormat: 'csv' }));
    const out = path.join(dir, 'out.csv');
    const base = ['score', '--input', input, '--output', out, '--workers', '1'];
    const progress = checkpointPath(out);

    const killed = await runAndKill(base, progress, (cp) => cp.records > 0, 5);
    expect(killed.signal).toBe('SIGKILL');
    const cp = readProgress(progress)!;
    expect(cp.records).toBeLessThan(POSTS.length);
    expect(cp.fingerprint.csvCells).toBe(CSV_CELL_VERSION);

    // As an older netra left it: no version (as every progress file before this one), or another.
    const cut = readFileSync(out);
    for (const older of [undefined, CSV_CELL_VERSION - 1]) {
      const file = JSON.stringify({ ...cp, fingerprint: { ...cp.fingerprint, csvCells: older } });
      writeFileSync(progress, file);
      const refused = await cli([...base, '--resume']);
      expect(refused.code, refused.stderr).toBe(2);
      const by = older === undefined ? 'an older netra, which did not record its CSV cell rules' : `CSV cell rules version ${older}`;
      expect(refused.stderr).toContain(`netra score: cannot resume: the CSV so far was written by ${by}, and this netra writes its cells by version ${CSV_CELL_VERSION}, so a resume would mix two kinds of cells in one file; start again into a new file: run the same command without --resume`);
      expect(readFileSync(out).equals(cut)).toBe(true);
      expect(readFileSync(progress, 'utf8')).toBe(file);
    }

    // Its own version resumes, to the file an uninterrupted run writes.
    writeFileSync(progress, JSON.stringify(cp));
    const resumed = await cli([...base, '--resume']);
    expect(resumed.code, resumed.stderr.slice(-2000)).toBe(0);
    expect(resumed.stderr).toMatch(/resumed after record [\d,]+/);
    expect(readFileSync(out).equals(readFileSync(refOut))).toBe(true);
  }, 120_000);

  it('finds a finished output complete whatever wrote it: nothing is written to it again', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(POSTS.slice(0, 5)));
    const output = path.join(dir, 'out.csv');
    await runCaptured(options({ input, output, outputFormat: 'csv' }));
    const cp = readProgress(checkpointPath(output))!;
    writeFileSync(checkpointPath(output), JSON.stringify({ ...cp, fingerprint: { ...cp.fingerprint, csvCells: undefined } }));
    const again = await runCaptured(options({ input, output, outputFormat: 'csv', resume: true }));
    expect(again.outcome).toMatchObject({ exitCode: 0, alreadyDone: true });
    expect(again.stderr).toContain('is already complete (5 records); nothing to resume');
  });

  it('leaves JSONL progress files, which hold no CSV cells, without it', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(POSTS.slice(0, 5)));
    const output = path.join(dir, 'out.jsonl');
    await runCaptured(options({ input, output }));
    expect(Object.keys(readProgress(checkpointPath(output))!.fingerprint)).not.toContain('csvCells');
  });
});
