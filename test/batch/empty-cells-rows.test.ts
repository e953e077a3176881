// A spreadsheet's row of empty cells (`;;;;;;;` in a `;` CSV, `,,,,` in a `,` one) is an empty line to
// whoever exported it: skipped and not a record, as an empty line is, not a bad record "missing text".
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCsv } from '../../src/batch/csv-reader.js';
import type { RawRecord } from '../../src/batch/types.js';
import { options, runCaptured, tempDir } from './helpers.js';

async function records(csv: string, delimiter = ','): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of readCsv((async function* () { yield Buffer.from(csv); })(), { delimiter })) out.push(r);
  return out;
}

describe('rows of empty cells', () => {
  it('are skipped without being counted, and the records after keep their lines', async () => {
    const rs = await records('id;text;author\n1;a;x\n;;\n;;;;;;;\n2;b;y\n;\n', ';');
    expect(rs.map((r) => [r.n, r.line, r.fields?.id])).toEqual([[1, 2, '1'], [2, 5, '2']]);
    expect((await records('id,text\n,,,,\n3,c\n')).map((r) => [r.n, r.line])).toEqual([[1, 3]]);
  });

  it('a row with any cell filled is still a record (a missing text is a bad record)', async () => {
    const rs = await records('id,text\n9,\n, \n');
    expect(rs.map((r) => r.fields)).toEqual([{ id: '9', text: '' }, { id: '', text: ' ' }]);
  });

  it('leave the summary and the errors file as empty lines do', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'ekspor.csv');
    writeFileSync(input, 'id;text\n1;Rapat jam 9\n;\n;\n2;Apel pagi\n');
    const run = await runCaptured(options({ input, format: 'csv', delimiter: ';' }));
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/^netra score: 2 records read, 2 scored, 0 errors\n/);
    expect(run.stderr).not.toMatch(/missing text/);
  });
});
