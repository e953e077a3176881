// A CSV whose Excel `sep=` first line names another delimiter than its header uses (a sep line left
// over after the file was re-saved with commas): the header reads as one column. The hint must not
// send the user to --delimiter, which the sep line then refuses: it names the line to fix.
import { describe, expect, it } from 'vitest';
import { BatchUsageError } from '../../src/batch/errors.js';
import { readCsv } from '../../src/batch/csv-reader.js';
import { all, chunked } from './helpers.js';

const required = [{ column: 'text', flag: 'text-field' }];

describe('a sep= line that names another delimiter than the header', () => {
  it('is refused naming the sep line, not with a --delimiter the sep line would refuse', async () => {
    await expect(all(readCsv(chunked('sep=;\nid,text\n1,ayo coblos\n'), { requiredColumns: required }))).rejects.toThrow(
      new BatchUsageError(`the CSV header has no column "text" (columns: id,text); the header reads as one column: if the file is ,-separated, its first line "sep=;" is wrong: delete that line, or make it sep=,`),
    );
    // and a --delimiter that differs from the sep line names the line to fix
    await expect(all(readCsv(chunked('sep=;\nid,text\n1,ayo coblos\n'), { delimiter: ',', delimiterGiven: true, requiredColumns: required }))).rejects.toThrow(
      new BatchUsageError(`the CSV's first line "sep=;" sets the delimiter ";", but --delimiter gives ","; drop --delimiter, or fix or delete that first line`),
    );
    // without a sep line the hint is still the flag
    await expect(all(readCsv(chunked('id;text\n1;ayo coblos\n'), { requiredColumns: required }))).rejects.toThrow(/give --delimiter ';'$/);
  });
});
