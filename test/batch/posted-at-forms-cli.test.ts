// `netra score` on a spreadsheet export whose posting times are written as people write them: each
// record gets the stage of its day, and the ones that cannot give a day are bad records that say why.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, tempDir } from './helpers.js';

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

// pilgub-jatim-2024: campaign 25 Sep – 23 Nov, quiet period 24–26 Nov, voting 27 Nov 2024 (WIB days).
describe('netra score --posted-at-field with export forms', () => {
  it('gives each record the stage of the day its time names, in the order given', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'ekspor.csv');
    writeFileSync(
      csv,
      [
        'id,text,created',
        'a,harga cabai naik lagi,29-Nov-2024 11:14',
        'b,harga cabai naik lagi,3 Agu 2024 08.15',
        'c,harga cabai naik lagi,29 November 2024 pukul 11.14',
        'd,harga cabai naik lagi,22/11/24',
        'e,harga cabai naik lagi,25/11/2024 14:05',
        'f,harga cabai naik lagi,23-Nov-2024 11:30 PM',
        'g,harga cabai naik lagi,27-Des-2024',
        'h,harga cabai naik lagi,2:03 PM',
        'i,harga cabai naik lagi,11/29/2024 2:03 PM',
        '',
      ].join('\n'),
    );
    const out = path.join(dir, 'out.jsonl');
    const errors = path.join(dir, 'errors.jsonl');
    const base = ['score', '--input', csv, '--election', 'pilgub-jatim-2024', '--posted-at-field', 'created', '--posted-at-zone', 'WIB'];
    const run = await cli([...base, '--output', out, '--errors', errors, '--workers', '0']);
    expect(run.code, run.stderr).toBe(0);
    expect(lines(out).map((r) => [r.id, r.stage])).toEqual([
      ['a', 'after'],
      ['b', 'before'],
      ['c', 'after'],
      ['d', 'campaign'],
      ['e', 'quiet_period'],
      ['f', 'campaign'], // 23:30 WIB on the last campaign day
      ['g', 'after'],
    ]);
    expect(lines(errors)).toEqual([
      { record: 8, line: 9, id: 'h', reason: expect.stringMatching(/^field "created" \(posted at\) is a time without a date: .*needs its date too.*: "2:03 PM"$/) },
      { record: 9, line: 10, id: 'i', reason: expect.stringMatching(/read month\/day\/year \(29 November 2024\).*--posted-at-order mdy.*: "11\/29\/2024 2:03 PM"$/) },
    ]);

    // A US tool's export, month first: read so when told, in the worker threads too.
    writeFileSync(csv, ['id,text,created', 'a,harga cabai naik lagi,11/29/2024 2:03 PM', 'b,harga cabai naik lagi,11/05/24 9:00 AM', 'c,harga cabai naik lagi,11/25/2024', ''].join('\n'));
    const us = await cli([...base, '--posted-at-order', 'mdy', '--output', out, '--workers', '1']);
    expect(us.code, us.stderr).toBe(0);
    expect(lines(out).map((r) => [r.id, r.stage])).toEqual([
      ['a', 'after'],
      ['b', 'campaign'], // 5 November, not 11 May
      ['c', 'quiet_period'],
    ]);
  }, 60_000);
});
