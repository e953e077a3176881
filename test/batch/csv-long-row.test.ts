// A CSV row with more cells than the header: csv-parse drops the cells past the header's last column.
// A post holding the delimiter unquoted (`1,Selamat pagi, jangan lupa coblos nomor 2 ya`) was cut there
// and scored on its start ("Selamat pagi", rendah) without a word, so a partisan post went unseen. The
// summary now warns how many rows were cut, and where the first is.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { options, runCaptured, tempDir } from './helpers.js';

async function run(csv: string, delimiter?: string) {
  const input = path.join(tempDir(), 'feed.csv');
  writeFileSync(input, csv);
  return runCaptured(options({ input, format: 'csv', delimiter }));
}

describe('a CSV row longer than the header', () => {
  it('is warned of: its cells past the header were dropped', async () => {
    const r = await run('id,text\n1,Selamat pagi, jangan lupa coblos nomor 2 ya\n2,Rapat jam 9\n3,a,b,c\n');
    expect(r.stderr).toContain(
      "\n  warning: 2 rows had more cells than the header (the first is line 2): the cells past its last column were dropped, so a post holding an unquoted ',' was cut there and scored on its first part; quote such cells, or check --delimiter\n",
    );
    expect(JSON.parse(r.stdout.split('\n')[0]).id).toBe('1');
  });

  it('says "1 row", names the delimiter, and is quiet when every row fits', async () => {
    expect((await run('id;text\n1;ayo; coblos\n', ';')).stderr).toContain("  warning: 1 row had more cells than the header (the first is line 2): the cells past its last column were dropped, so a post holding an unquoted ';' was cut there");
    expect((await run('id,text\n1,"Selamat pagi, jangan lupa coblos"\n2,ok\n')).stderr).not.toMatch(/warning/);
  });
});
