// `--posted-at-order ymd` on a day-first file reads 05/11/24 (5 November 2024) as 24 November 2005,
// a valid date: no record is bad. A posting time more than a year before the first scheduled date of
// the earliest election netra knows is no post a feed screened for these elections holds, so the
// summary warns how many there were and where the first is (as for times in the future), and a
// resume keeps the count. Correct input (the docs' ymd example, recent dates) says nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpointPath, readCheckpoint } from '../../src/batch/checkpoint.js';
import { options, runCaptured, tempDir } from './helpers.js';

const WIB = 7 * 60;
const election = () => ({ config: JSON.parse(readFileSync(path.join('data', 'elections', 'pilgub-jatim-2024.json'), 'utf8')), fromFile: false });

async function score(rows: string[], order: 'dmy' | 'ymd') {
  const dir = tempDir();
  const input = path.join(dir, 'feed.csv');
  writeFileSync(input, `id,text,at\n${rows.join('\n')}\n`);
  const output = path.join(dir, 'out.jsonl');
  const run = await runCaptured(options({ input, format: 'csv', delimiter: ',', output, postedAtField: 'at', postedAtZone: WIB, postedAtOrder: order, election: election() }));
  return { run, output };
}

// day first, as Indonesian exports write them: 5, 12 and 22 November 2024
const DAY_FIRST = ['1,Ayo coblos nomor 2!,05/11/24 10.00', '2,Rapat jam 9,12/11/24 08.00', '3,Dukung nomor 2 ya,22/11/24 19.30'];

describe('posting times long before any election netra knows', () => {
  it('are scored, counted and named in a warning with the first record and the flag to check; the progress file keeps the count', async () => {
    const { run, output } = await score(DAY_FIRST, 'ymd');
    expect(run.outcome.exitCode).toBe(0);
    expect(run.stderr).toContain(
      '\n  warning: 2 records had a posting time more than a year before 2018-09-20, the first scheduled date of the earliest election netra knows (pilpres-2019) (field "at"; the first is record 1): no feed screened for these elections holds such posts, so the field is likely read wrongly there (numeric dates in the wrong --posted-at-order: ymd reads a day-first 05/11/24 as 24 November 2005; a placeholder such as 1970-01-01); they were scored with that time, so their election stage may be wrong\n',
    );
    expect(run.outcome.stats).toMatchObject({ postedLongBefore: 2, firstPostedLongBefore: 1 });
    expect((await readCheckpoint(checkpointPath(output)))?.stats).toMatchObject({ postedLongBefore: 2, firstPostedLongBefore: 1 });
  });

  it('say nothing on the same file read in its own order, or on a file that writes year first', async () => {
    const right = await score(DAY_FIRST, 'dmy');
    expect(right.run.stderr).not.toMatch(/warning/);
    expect(right.run.outcome.stats).toMatchObject({ postedLongBefore: 0 });
    const yearFirst = await score(['1,Ayo coblos nomor 2!,24/11/22 10.00', '2,Rapat jam 9,18/10/10 08.00'], 'ymd');
    expect(yearFirst.run.stderr).not.toMatch(/warning/);
  });
});
