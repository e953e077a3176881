// Data errors say where: the file (with its path when it is one of ours to fix), the line, and for a
// broken header once what is missing instead of one message per row.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { joinLabels, readLabelFile } from '../../src/data/label-files.js';
import { textCheck } from '../../src/data/corpus.js';
import { readExamples } from '../../src/data/examples.js';
import { readTestSplit } from '../../src/data/splits.js';
import { assertSplitCovered } from '../../src/eval/scenarios.js';
import { tempDir } from '../helpers/temp-dir.js';

const A = 'ayo coblos nomor satu ya';
const B = 'macet banget di jalan tol';

function labels(csv: string, rows: [number, string][] = [[0, A], [1, B]]) {
  const dir = tempDir('netra-errors-');
  const corpus = path.join(dir, 'corpus');
  const labelsDir = path.join(dir, 'labels');
  mkdirSync(corpus);
  mkdirSync(labelsDir);
  writeFileSync(path.join(corpus, 'pilpres2019-tweets.csv'), [',sentimen,tweet', ...rows.map(([r, t]) => `${r},netral,"${t}"`)].join('\n'));
  const file = path.join(labelsDir, 'pilpres2019-tweets.csv');
  writeFileSync(file, csv);
  return { corpus, labelsDir, file };
}

describe('labels files', () => {
  it('a changed text names the labels file by path and the line', () => {
    const f = labels(`row,label,check\n\n0,ajakan,${textCheck(A)}\n1,netral,${textCheck('lain')}\n`);
    expect(() => joinLabels(f.corpus, f.labelsDir)).toThrow(`${f.file} line 4: row 1 text differs from when it was labeled`);
    const g = labels(`row,label,check\n7,ajakan,${textCheck(A)}\n`);
    expect(() => joinLabels(g.corpus, g.labelsDir)).toThrow(`${g.file} line 2: row 7 is not in the corpus`);
  });

  it('a file without its header is one message, not one per row', () => {
    const f = labels(`0,ajakan,${textCheck(A)}\n1,netral,${textCheck(B)}\n2,netral,${textCheck(B)}\n`);
    let message = '';
    try {
      readLabelFile(f.file);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain(`pilpres2019-tweets.csv: missing header: the first line must be \`row,label,check\` (optionally \`,notes\`), found "0,ajakan,${textCheck(A)}"`);
    expect(message.split('\n')).toHaveLength(2); // the title and this one problem
  });

  it('a header missing a column names the column', () => {
    const f = labels(`row,lable,check\n0,ajakan,${textCheck(A)}\n`);
    expect(() => readLabelFile(f.file)).toThrow('pilpres2019-tweets.csv: missing column label (header: row,lable,check; expected row,label,check[,notes])');
  });

  it('a row with more fields than the header is refused; notes stay allowed when the header has them', () => {
    const f = labels(`row,label,check\n0,ajakan,${textCheck(A)}\n1,netral,${textCheck(B)},foo\n`);
    expect(() => readLabelFile(f.file)).toThrow(`pilpres2019-tweets.csv line 3: 4 fields, but the header has 3 (row,label,check)`);
    writeFileSync(f.file, `row,label,check,notes\n0,ajakan,${textCheck(A)}\n1,netral,${textCheck(B)},foo\n`);
    expect(readLabelFile(f.file)).toHaveLength(2);
  });

  it('a whitespace-only line is skipped without shifting the lines named after it, and a space before a quoted note is read', () => {
    const f = labels(`row,label,check\n0,netral,${textCheck(A)}\n  \n1,bogus,${textCheck(B)}\n`);
    expect(() => readLabelFile(f.file)).toThrow('line 4: unknown label');
    writeFileSync(f.file, `row,label,check,notes\n0,ajakan,${textCheck(A)}, "a, b"\n1,netral,${textCheck(B)},\n`);
    expect(readLabelFile(f.file).map((r) => r.label)).toEqual(['ajakan', 'netral']);
  });
});

describe('examples files', () => {
  const dir = (files: Record<string, string>) => {
    const d = tempDir('netra-ex-');
    for (const [name, csv] of Object.entries(files)) writeFileSync(path.join(d, name), csv);
    return d;
  };

  it('a header typo names the missing column, once', () => {
    expect(() => readExamples(dir({ 'a.csv': 'id,lable,election,text\nw1,netral,,halo\n' }))).toThrow('a.csv: missing column label (header: id,lable,election,text; expected id,label,election,text)');
  });

  it('a duplicate id names both places, with real line numbers past multi-line texts', () => {
    const d = dir({ 'a.csv': 'id,label,election,text\nw1,netral,,"dua\nbaris"\nw2,netral,,halo\n', 'b.csv': 'id,label,election,text\n\nw2,netral,,lagi\n' });
    expect(() => readExamples(d)).toThrow('b.csv line 3: duplicate id "w2" (also a.csv line 4)');
  });
});

describe('the test split file', () => {
  it('names the file when it is not JSON, and refuses a duplicate id', () => {
    const file = path.join(tempDir('netra-split-'), 'test.json');
    writeFileSync(file, '{');
    expect(() => readTestSplit(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON \\(`));
    writeFileSync(file, JSON.stringify({ seed: 1, fraction: 0.2, createdAt: '', ids: ['a', 'b', 'a'] }));
    expect(() => readTestSplit(file)).toThrow(`${file}: id "a" appears more than once in ids`);
    writeFileSync(file, JSON.stringify({ seed: 1 }));
    expect(() => readTestSplit(file)).toThrow(`${file}: ids must be a list of strings`);
  });

  it('says which sources the missing test ids come from', () => {
    const ex = (id: string) => ({ id, text: '', label: 'netral' as const, source: 's', platform: 'p' });
    const test = new Set(['pilgub-jatim2024-tweets.csv:1', 'pilgub-jatim2024-tweets.csv:2', 'pilpres2019-tweets.csv:5', 'q2-001', 'ok']);
    expect(() => assertSplitCovered([ex('ok')], test)).toThrow(
      '4 of the 5 test-split posts are not in the labeled data: 2 of pilgub-jatim2024-tweets.csv (labels file data/labels/pilgub-jatim2024-tweets.csv), 1 of pilpres2019-tweets.csv (labels file data/labels/pilpres2019-tweets.csv), 1 written example (data/examples; first: q2-001)',
    );
  });
});
