// `split --extend` rounds up per source × label group: a small batch can put far more than the
// fraction into the test split. Over 30 % the command says so.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createTestSplit, extendTestSplit, extensionNote } from '../../src/data/splits.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('split --extend share note', () => {
  it('two new examples with different labels: both go to test, and the note says why', () => {
    const ex = (id: string, label: 'netral' | 'ajakan') => ({ id, text: '', label, source: 's', platform: 'p' });
    const file = path.join(tempDir('netra-split-'), 'test.json');
    createTestSplit(Array.from({ length: 20 }, (_, i) => ex(`e${i}`, i % 2 ? 'netral' : 'ajakan')), 0.2, 1, file);
    const r = extendTestSplit([...Array.from({ length: 20 }, (_, i) => ex(`e${i}`, i % 2 ? 'netral' : 'ajakan')), ex('n1', 'netral'), ex('n2', 'ajakan')], 0.2, undefined, file);
    expect([r.added, r.eligible]).toEqual([2, 2]);
    expect(extensionNote(r.added, r.eligible, 0.2)).toBe(
      'note: 2 of 2 newly labeled examples (100 %) went to the test split, more than the fraction 0.2: each source × label group gives at least one when it has any, so small batches put a larger share into test; label in larger batches before extending to keep the share near 20 %',
    );
  });

  it('no note at or under 30 %', () => {
    expect(extensionNote(8, 33, 0.2)).toBeUndefined();
    expect(extensionNote(3, 10, 0.2)).toBeUndefined();
    expect(extensionNote(0, 0, 0.2)).toBeUndefined();
  });
});
