// The table of id hashes that finds records repeating an earlier id: as it grows, ids seen before stay
// found, and distinct ids are never taken for repeats.
import { describe, expect, it } from 'vitest';
import { RepeatedIds } from '../../src/batch/repeated-ids.js';
import { pushIdHash } from '../../src/batch/id-hash.js';
import { noIdCounts } from '../../src/batch/id-counts.js';

describe('RepeatedIds', () => {
  it('finds repeats across growth of the table, and none among distinct ids', () => {
    const seen = new RepeatedIds();
    const ids = noIdCounts();
    const first: number[] = [];
    for (let n = 1; n <= 50_000; n++) pushIdHash(first, n, `17456800000000${n}`);
    seen.see(first, ids);
    expect(ids.repeated).toBe(0);
    const again: number[] = [];
    for (const n of [50_001, 50_002]) pushIdHash(again, n, `17456800000000${n - 50_000}`);
    pushIdHash(again, 50_003, 'baru');
    seen.see(again, ids);
    expect(ids).toMatchObject({ repeated: 2, firstRepeated: 50_001 });
  });
});
