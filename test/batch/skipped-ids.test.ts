// What a resume hashes of the records it skips must be what scoring them hashed (score-chunk.ts), or
// the repeated-id table after a resume is not the uninterrupted run's: the same records, bad lines,
// records without an id and records of an election no config knows included.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/pipeline/create.js';
import { chunkScorer } from '../../src/batch/score-chunk.js';
import { skippedIdHasher } from '../../src/batch/skipped-ids.js';
import type { FieldMap } from '../../src/batch/record.js';
import type { RawRecord } from '../../src/batch/types.js';

describe('skippedIdHasher', () => {
  it('hashes the ids of exactly the records scoring hashes, in order', async () => {
    const scorer = await createScorer();
    const fields: FieldMap = { text: 'text', id: 'id', electionField: 'pemilu', maxTextLength: 10_000 };
    const lines = [
      { id: 'a', text: 'ayo coblos nomor 2' },
      { text: 'tanpa id: diberi nomor rekaman' },
      { id: 'b', text: 'pemilu yang tidak dikenal', pemilu: 'pilbup-x-2029' },
      { id: 'c', text: 'pemilu yang dikenal', pemilu: 'pilpres-2019' },
      { id: 'd', text: '' },
      { id: 12345678901234567890, text: 'id angka besar' },
      { id: '  ', text: 'id kosong' },
      { id: 'a', text: 'id yang berulang' },
    ].map((r) => JSON.stringify(r));
    lines.splice(3, 0, '{"id":"rusak", "text": ', '[1,2]', '{"id":"e","text":"x","text":"y"}');
    const records: RawRecord[] = lines.map((json, i) => ({ n: i + 1, line: i + 1, json }));
    const scored = chunkScorer(scorer, { outputFormat: 'jsonl', written: false, minRisk: 0, collectFlagged: false, fields })(records);
    expect(scored.errors.length).toBe(5); // the unknown election, the broken line, the array, the key given twice, the empty text
    expect([...skippedIdHasher(scorer, fields)(records)]).toEqual([...(scored.idHashes ?? [])]);
    expect((scored.idHashes ?? []).length / 3).toBe(4); // a, c, the large number, a again
  });
});
