// A CSV whose id column differs from the default `id` only in case (`ID`, `Id`): the ids were replaced by
// record numbers without a word (the default id column may be missing), while a text column in another
// case is named in the usage error. The summary now warns, naming the column and the flag.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { options, runCaptured, tempDir } from './helpers.js';

async function run(csv: string, idField = 'id') {
  const input = path.join(tempDir(), 'feed.csv');
  writeFileSync(input, csv);
  return runCaptured(options({ input, format: 'csv', idField }));
}

describe('a CSV without the default id column', () => {
  it('warns when a column differs from "id" only in case, as its ids became record numbers', async () => {
    const r = await run('ID,text\n77,Ayo coblos nomor 2!\n');
    expect(JSON.parse(r.stdout).id).toBe('1');
    expect(r.stderr).toContain('\n  warning: the CSV has no column "id", so its records were numbered 1, 2, … in place of ids; it has "ID": names are matched exactly, give --id-field "ID"\n');
  });

  it('says nothing when there is no such column, or the flag names it', async () => {
    expect((await run('text,akun\nAyo coblos nomor 2!,rina\n')).stderr).not.toMatch(/warning/);
    const named = await run('ID,text\n77,Ayo coblos nomor 2!\n', 'ID');
    expect(JSON.parse(named.stdout).id).toBe('77');
    expect(named.stderr).not.toMatch(/warning/);
  });
});
