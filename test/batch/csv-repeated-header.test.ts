// CSV exports joined one after another (`cat januari.csv februari.csv`) repeat the header mid-file. That
// row was scored as a post (id "id", text "text") and written among the results; it is a bad record
// now, whose reason says what it is, so the output holds posts only and the numbering stays as it was.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { options, runCaptured, tempDir } from './helpers.js';

async function run(csv: string, delimiter?: string) {
  const dir = tempDir();
  const input = path.join(dir, 'feed.csv');
  writeFileSync(input, csv);
  const errors = path.join(dir, 'errors.jsonl');
  const r = await runCaptured(options({ input, format: 'csv', delimiter, errors }));
  return {
    ids: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string),
    errors: readFileSync(errors, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)),
    stderr: r.stderr,
  };
}

describe('a CSV row that repeats the header', () => {
  it('is a bad record saying so, not a post', async () => {
    const joined = await run('id,text\n1,Ayo coblos nomor 2!\nid,text\n2,Rapat jam 9 pagi\n');
    expect(joined.ids).toEqual(['1', '2']);
    expect(joined.errors).toEqual([{ record: 2, line: 3, reason: 'the row repeats the CSV header (files joined one after another?): it is not a post' }]);
    expect(joined.stderr).toMatch(/^netra score: 3 records read, 2 scored, 1 error /m);
  });

  it('is told with spaces around the names, quotes, another delimiter, and more columns than are read', async () => {
    const joined = await run('post_id;text ;akun\n1;Ayo coblos nomor 2!;rina\n"post_id"; text;akun \n', ';');
    expect(joined.errors.map((e) => e.line)).toEqual([3]);
  });

  it('leaves a row alone that only partly repeats it, or a short row', async () => {
    const partly = await run('id,text\n1,Ayo coblos nomor 2!\nid,teks\ntext\n');
    expect(partly.ids).toEqual(['1', 'id']);
    expect(partly.errors.map((e) => e.reason)).toEqual([expect.stringMatching(/^missing text/)]);
  });
});
