// A CSV row that ends before the text column: its reason says so, and names the delimiter its cells hold
// when it is not the header's (a header edited to `;` over comma rows, or the other way round). Every
// such row said only `missing text (field "text")` though the header has that column, and a job of them
// failed with that as the reason.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { options, runCaptured, tempDir } from './helpers.js';

async function reasons(csv: string, delimiter?: string): Promise<{ reasons: string[]; output: string }> {
  const dir = tempDir();
  const input = path.join(dir, 'feed.csv');
  writeFileSync(input, csv);
  const errors = path.join(dir, 'errors.jsonl');
  const run = await runCaptured(options({ input, format: 'csv', delimiter, errors }));
  const lines = readFileSync(errors, 'utf8').split('\n').filter(Boolean);
  return { reasons: lines.map((l) => JSON.parse(l).reason as string), output: run.stdout };
}

describe('a CSV row that ends before the text column', () => {
  it('says the row is short, and that its cells hold another delimiter than the header', async () => {
    const semicolonHeader = await reasons('id;text\n1,ayo coblos nomor 2\n2;selamat pagi\n', ';');
    expect(semicolonHeader.reasons).toEqual([
      'missing text (field "text"): the row has 1 cell where the header has 2, and holds \',\': its cells may be separated by \',\', the header\'s by \';\'',
    ]);
    expect(semicolonHeader.output.split('\n').filter(Boolean)).toHaveLength(1);
    const commaHeader = await reasons('id,text\n1;ayo coblos nomor 2\n');
    expect(commaHeader.reasons).toEqual(['missing text (field "text"): the row has 1 cell where the header has 2, and holds \';\': its cells may be separated by \';\', the header\'s by \',\'']);
    const tabRows = await reasons('id,note,text\n1\tcatatan\tayo coblos\n');
    expect(tabRows.reasons).toEqual(['missing text (field "text"): the row has 1 cell where the header has 3, and holds a tab: its cells may be separated by tabs, the header\'s by \',\'']);
  });

  it('says only that the row is short when no other delimiter is in it', async () => {
    expect((await reasons('id,note,text\n1,catatan\n')).reasons).toEqual(['missing text (field "text"): the row has 2 cells where the header has 3']);
  });

  it('is as before for a row as long as the header (an empty text), also when header names repeat', async () => {
    expect((await reasons('id,note,note,text\n1,a,b,\n')).reasons).toEqual(['missing text (field "text")']);
    expect((await reasons('id,text,,\n1,,x,y\n')).reasons).toEqual(['missing text (field "text")']);
    // a short row that has its text is scored: only the columns after it are missing
    expect((await reasons('id,text,note\n1,ayo coblos nomor 2\n2,\n')).reasons).toEqual(['missing text (field "text")']);
  });
});
