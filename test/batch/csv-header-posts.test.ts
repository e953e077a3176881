// A CSV exported without a header line has its first post where the header's names are: the
// missing-column message lists those names on stderr, so it must not print the post.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/batch/csv-reader.js';
import { all, chunked } from './helpers.js';

const needText = { requiredColumns: [{ column: 'text', flag: 'text-field' }] };

describe('the missing-column message of a CSV without a header line', () => {
  it('does not print the first record\'s post, and says the first line looks like a record', async () => {
    const run = all(readCsv(chunked('1,Pak Budi bilang ayo pilih nomor 2,2024-11-20\n2,ok,2024-11-20\n'), needText));
    await expect(run).rejects.toThrow(/^the CSV header has no column "text" \(columns: 1, \(33 characters, not shown\), 2024-11-20\); the first line looks like a record \(a cell is a number or a date\): give the file a header line naming its columns$/);
  });

  it('does not print a long name of a real header either, and lists short ones as before', async () => {
    const long = 'kolom ini adalah catatan yang sangat panjang sekali';
    await expect(all(readCsv(chunked(`id,${long},created_at\n1,x,y\n`), needText))).rejects.toThrow(/\(columns: id, \(51 characters, not shown\), created_at\); use --text-field NAME/);
    await expect(all(readCsv(chunked('id,Isi Postingan,created at\n1,x,y\n'), needText))).rejects.toThrow(/\(columns: id, Isi Postingan, created at\); use --text-field NAME with one of those columns$/);
  });
});
