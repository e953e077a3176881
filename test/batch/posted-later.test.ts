// A posting time later than the moment its record is scored cannot be a post's: a placeholder
// (9999-12-31), a typo in the year or a wrong zone. The record is scored as before, but the summary
// warns how many there were and where the first is, and a resume keeps the count.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpointPath, readCheckpoint } from '../../src/batch/checkpoint.js';
import { jsonl, options, runCaptured, tempDir } from './helpers.js';
import { CLOCK_SKEW_TOLERANCE_MS } from '../../src/pipeline/posted-in-future.js';

const election = () => ({ config: JSON.parse(readFileSync(path.join('data', 'elections', 'pilpres-2024.json'), 'utf8')), fromFile: false });

describe('posting times in the future', () => {
  it('are scored, counted, and named in a warning with the first record; the progress file keeps the count', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(
      input,
      jsonl([
        { id: 'ok', text: 'Ayo pilih 01!', at: '2024-01-20T10:00:00+07:00' },
        { id: 'bad', text: 'Ayo pilih 01!', at: 'kemarin' },
        { id: 'placeholder', text: 'Ayo pilih 01!', at: '9999-12-31' },
        { id: 'none', text: 'Ayo pilih 01!' },
        { id: 'typo', text: 'Ayo pilih 01!', at: '2204-01-20 10:00 WIB' },
      ]),
    );
    const output = path.join(dir, 'out.jsonl');
    const run = await runCaptured(options({ input, output, postedAtField: 'at', election: election() }));
    expect(run.stderr).toMatch(/^netra score: 5 records read, 4 scored, 1 error /m);
    expect(run.stderr).toContain(
      '\n  warning: 2 records had a posting time later than when they were scored (field "at"; the first is record 3): no post is made in the future, so the field holds something else there (a placeholder such as 9999-12-31, a typo in the year, a wrong zone); they were scored with that time, so their election stage, and the race a post without an election is given to, may be wrong\n',
    );
    expect(run.outcome.stats).toMatchObject({ postedLater: 2, firstPostedLater: 3 });
    expect((await readCheckpoint(checkpointPath(output)))?.stats).toMatchObject({ postedLater: 2, firstPostedLater: 3 });
    const stages = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l).stage);
    expect(stages).toEqual(['campaign', 'after', undefined, 'after']);
  });

  it('say nothing of a time a minute or two ahead (a source whose clock runs fast), and count one past the tolerance', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    const ahead = (ms: number): string => new Date(Date.now() + ms).toISOString();
    writeFileSync(input, jsonl([{ id: 'fast', text: 'Ayo pilih 01!', at: ahead(90_000) }, { id: 'late', text: 'Ayo pilih 01!', at: ahead(CLOCK_SKEW_TOLERANCE_MS + 3_600_000) }]));
    const run = await runCaptured(options({ input, postedAtField: 'at', election: election() }));
    expect(run.outcome.stats).toMatchObject({ postedLater: 1, firstPostedLater: 2 });
  });

  it('say nothing when every posting time is in the past', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl([{ id: 'ok', text: 'Ayo pilih 01!', at: '2024-01-20T10:00:00+07:00' }]));
    const run = await runCaptured(options({ input, postedAtField: 'at', election: election() }));
    expect(run.stderr).not.toMatch(/warning/);
    expect(run.outcome.stats).toMatchObject({ postedLater: 0 });
  });
});
