// The summary's wording: counts of one read in the singular, and the warning lines a job adds.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpointPath, readCheckpoint } from '../../src/batch/checkpoint.js';
import { jsonl, options, runCaptured, tempDir } from './helpers.js';
import { inputWarnings } from '../../src/batch/input-warnings.js';

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

describe('records scored without an election stage', () => {
  const posts = [
    { id: 'dated', text: 'Ayo pilih 01!', at: '2024-01-20T10:00:00+07:00' },
    { id: 'missing', text: 'Ayo pilih 01!' },
    { id: 'empty', text: 'Ayo pilih 01!', at: '' },
    { id: 'blank', text: 'Ayo pilih 01!', at: '   ' },
    { id: 'bad', text: 'Ayo pilih 01!', at: 'kemarin' },
  ];
  const election = () => ({ config: JSON.parse(readFileSync(path.join('data', 'elections', 'pilpres-2024.json'), 'utf8')), fromFile: false });

  it('with --posted-at-field, warns how many records had no posting time, and the progress file keeps the count', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(posts));
    const output = path.join(dir, 'out.jsonl');
    const run = await runCaptured(options({ input, output, postedAtField: 'at', election: election() }));
    expect(run.stderr).toMatch(/^netra score: 5 records read, 4 scored, 1 error /m);
    expect(run.stderr).toContain(
      '\n  warning: 3 records had no posting time (field "at" missing, empty or blank): scored without an election stage, so a partisan post made from candidate determination through the quiet period was not raised a level\n',
    );
    expect(run.outcome.stats).toMatchObject({ noPostedAt: 3 });
    expect((await readCheckpoint(checkpointPath(output)))?.stats).toMatchObject({ noPostedAt: 3 });
  });

  it('with --posted-at-field but no election, says the records had none (not that they lacked a time), and keeps the count', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(posts));
    const output = path.join(dir, 'out.jsonl');
    const run = await runCaptured(options({ input, output, postedAtField: 'at' }));
    expect(run.stderr).toContain(
      '\n  warning: 4 records had no election (no --election or --election-field): scored without an election stage although --posted-at-field at is set, since a stage needs the election\'s dates; give --election ID or --election-field NAME\n',
    );
    expect(run.stderr).not.toMatch(/no posting time/);
    expect(run.outcome.stats).toMatchObject({ noPostedAt: 0, noElection: 4 });
    expect((await readCheckpoint(checkpointPath(output)))?.stats).toMatchObject({ noElection: 4 });
    expect(readFileSync(output, 'utf8')).not.toMatch(/"stage"/);
  });

  it('with --election-field, counts a record without an election once, under the election, and one with an election but no time under the time', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    const mixed = [
      { id: 'both', text: 'Ayo pilih 01!', at: '2024-01-20T10:00:00+07:00', e: 'pilpres-2024' },
      { id: 'no-time', text: 'Ayo pilih 01!', e: 'pilpres-2024' },
      { id: 'no-election', text: 'Ayo pilih 01!', at: '2024-01-20T10:00:00+07:00' },
      { id: 'neither', text: 'Ayo pilih 01!', e: ' ' },
    ];
    writeFileSync(input, jsonl(mixed));
    const output = path.join(dir, 'out.jsonl');
    const run = await runCaptured(options({ input, output, postedAtField: 'at', electionField: 'e' }));
    expect(run.stderr).toContain('\n  warning: 2 records had no election (field "e" missing, empty or blank, and no --election): scored without an election stage');
    expect(run.stderr).toContain('\n  warning: 1 record had no posting time (field "at" missing, empty or blank)');
    expect(run.outcome.stats).toMatchObject({ noPostedAt: 1, noElection: 2 });
    const stages = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l).stage);
    expect(stages).toEqual(['campaign', undefined, undefined, undefined]);
  });

  it('says nothing of posting times when every record has one, or without --posted-at-field', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'feed.jsonl');
    writeFileSync(input, jsonl(posts.slice(0, 2)));
    const dated = path.join(dir, 'dated.jsonl');
    writeFileSync(dated, jsonl(posts.slice(0, 1)));
    const allDated = await runCaptured(options({ input: dated, postedAtField: 'at', election: election() }));
    const noField = await runCaptured(options({ input, election: election() }));
    for (const run of [allDated, noField]) expect(run.stderr).not.toMatch(/warning/);
  });
});

describe('inputWarnings', () => {
  it('says the input had no records only when it was read to its end, not when a signal stopped reading', () => {
    const notes = () => ({ warnings: [], utf16: false });
    const counts = { read: 0, notUtf8: 0, noPostedAt: 0, noElection: 0 };
    const source = { bytesRead: 1_048_576, name: 'feed.csv' };
    const opts = options({ input: 'feed.csv', format: 'csv' });
    expect(inputWarnings(notes(), counts, opts, source)).toEqual(['no records were read: the input feed.csv has 1,048,576 bytes, all blank lines (or a byte order mark)']);
    expect(inputWarnings(notes(), { ...counts, stopped: true }, opts, source)).toEqual([]);
  });
});
