// Importing labels over existing ones: a change is reported, never silent; an input that contradicts
// itself or names another corpus file is refused, naming its lines.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { textCheck } from '../../src/data/corpus.js';
import { importSummary, labelChanges, mergeLabels, readLabelInput } from '../../src/data/label-import.js';
import { tempDir } from '../helpers/temp-dir.js';

const A = 'ayo coblos nomor satu ya';
const B = 'macet banget di jalan tol';
const posts = new Map([[0, A], [1, B], [2, 'rapat rt besok pagi']].map(([row, text]) => [row as number, { row: row as number, text: text as string } as never]));
const input = (content: string, name = 'new.csv') => {
  const file = path.join(tempDir('netra-import-'), name);
  writeFileSync(file, content);
  return file;
};

describe('label import reports what it changes', () => {
  it('counts and lists every label that changed, marking rows in the test split', () => {
    const existing = [{ row: 0, label: 'netral' as const, check: textCheck(A) }, { row: 1, label: 'netral' as const, check: textCheck(B) }];
    const rows = mergeLabels(existing, readLabelInput(input('row,label\n0,dukungan\n1,netral\n2,ajakan\n'), 'x.csv'), posts, 'x.csv');
    const changes = labelChanges(existing, rows);
    expect(changes).toEqual([{ row: 0, from: 'netral', to: 'dukungan' }]);
    expect(importSummary('data/labels/x.csv', existing, rows, new Set(['x.csv:0']), 'x.csv')).toEqual([
      'data/labels/x.csv: 3 labels (1 new, 1 changed)',
      '  changed: row 0 netral → dukungan (test split)',
    ]);
    expect(importSummary('data/labels/x.csv', existing, rows, new Set(), 'x.csv')[1]).toBe('  changed: row 0 netral → dukungan');
  });

  it('says so when nothing changed', () => {
    const existing = [{ row: 0, label: 'netral' as const, check: textCheck(A) }];
    const rows = mergeLabels(existing, readLabelInput(input('row,label\n0,netral\n'), 'x.csv'), posts, 'x.csv');
    expect(importSummary('x', existing, rows, new Set(), 'x.csv')).toEqual(['x: 1 labels (0 new, 0 changed)']);
  });
});

describe('label import refuses contradicting or misdirected input', () => {
  it('a row given twice in one file with different labels is an error naming both lines', () => {
    expect(() => readLabelInput(input('row,label\n4,netral\n5,ajakan\n4,dukungan\n'), 'x.csv')).toThrow(/new\.csv line 4: row 4 is labeled "dukungan", but line 2 labels it "netral"/);
    // the same label twice is harmless
    expect(readLabelInput(input('row,label\n4,netral\n4,netral\n'), 'x.csv').map((l) => l.label)).toEqual(['netral', 'netral']);
  });

  it('a line whose file column names another corpus file is an error, not dropped', () => {
    expect(() => readLabelInput(input('file\trow\tlabel\nx.csv\t1\tnetral\ny.csv\t2\tajakan\n'), 'x.csv')).toThrow(/new\.csv line 3: file "y\.csv" is not x\.csv \(the --file being imported\)/);
  });
});
