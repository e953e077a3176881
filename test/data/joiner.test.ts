import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { joinLabels, LabelIntegrityError, readLabelFile } from '../../src/data/label-files.js';
import { textCheck, DEFAULT_CORPUS_DIR } from '../../src/data/corpus.js';
import { HELD_BACK_DIR, readExamples } from '../../src/data/examples.js';
import { stratifiedSample, readTestSplit, createTestSplit, extendTestSplit } from '../../src/data/splits.js';
import { loadDataset } from '../../src/data/dataset.js';
import { mergeLabels, readLabelInput } from '../../src/data/label-import.js';
import { assertSplitCovered } from '../../src/eval/scenarios.js';
import { tempDir } from '../helpers/temp-dir.js';

// A tiny corpus in the pilpres2019 file's shape, with text we wrote.
function fixture(labelsCsv: string, rows: [number, string][]) {
  const dir = tempDir('netra-join-');
  const corpus = path.join(dir, 'corpus');
  const labels = path.join(dir, 'labels');
  mkdirSync(corpus);
  mkdirSync(labels);
  writeFileSync(path.join(corpus, 'pilpres2019-tweets.csv'), [',sentimen,tweet', ...rows.map(([r, t]) => `${r},netral,"${t}"`)].join('\n'));
  writeFileSync(path.join(labels, 'pilpres2019-tweets.csv'), labelsCsv);
  return { corpus, labels };
}

const A = 'ayo coblos nomor satu ya';
const B = 'macet banget di jalan tol';

describe('label joiner', () => {
  it('joins labels with corpus text when rows and fingerprints match', () => {
    const f = fixture(`row,label,check\n0,ajakan,${textCheck(A)}\n1,netral,${textCheck(B)}\n`, [[0, A], [1, B]]);
    const joined = joinLabels(f.corpus, f.labels);
    expect(joined.map((p) => [p.row, p.label, p.text])).toEqual([[0, 'ajakan', A], [1, 'netral', B]]);
    expect(joined[0].election).toBe('pilpres-2019');
  });

  it('fails when the corpus text changed since labeling', () => {
    const f = fixture(`row,label,check\n0,ajakan,${textCheck('teks lain')}\n`, [[0, A]]);
    expect(() => joinLabels(f.corpus, f.labels)).toThrow(/row 0 text differs/);
  });

  it('fails when a labeled row is missing from the corpus', () => {
    const f = fixture(`row,label,check\n7,ajakan,${textCheck(A)}\n`, [[0, A]]);
    expect(() => joinLabels(f.corpus, f.labels)).toThrow(LabelIntegrityError);
  });

  it('rejects unknown labels, duplicates and bad checks with their line', () => {
    const f = fixture(`row,label,check\n0,dukung,${textCheck(A)}\n0,netral,${textCheck(A)}\nx,netral,zz\n`, [[0, A]]);
    expect(() => readLabelFile(path.join(f.labels, 'pilpres2019-tweets.csv'))).toThrow(/line 2: unknown label.*\n.*line 3: duplicate row 0.*\n.*line 4: bad row id/s);
  });

  it('takes row ids as digits only, and names the file when it is not readable CSV', () => {
    const f = fixture(`row,label,check\n0x1,netral,${textCheck(A)}\n1e0,netral,${textCheck(A)}\n,netral,${textCheck(A)}\n`, [[0, A]]);
    expect(() => readLabelFile(path.join(f.labels, 'pilpres2019-tweets.csv'))).toThrow(/line 2: bad row id "0x1".*\n.*line 3: bad row id "1e0".*\n.*line 4: bad row id ""/s);
    writeFileSync(path.join(f.labels, 'pilpres2019-tweets.csv'), `\uFEFFrow,label,check,notes\n0,ajakan,${textCheck(A)}\n`);
    expect(readLabelFile(path.join(f.labels, 'pilpres2019-tweets.csv'))).toEqual([{ row: 0, label: 'ajakan', check: textCheck(A) }]);
    writeFileSync(path.join(f.labels, 'pilpres2019-tweets.csv'), `row,label,check\n0,"ajakan,${textCheck(A)}\n`);
    expect(() => readLabelFile(path.join(f.labels, 'pilpres2019-tweets.csv'))).toThrow(/pilpres2019-tweets\.csv: .*Quote Not Closed/);
  });

  it('says how to fix a missing corpus directory', () => {
    const f = fixture('row,label,check\n', []);
    expect(() => joinLabels(path.join(f.corpus, 'nope'), f.labels)).toThrow(/--corpus/);
  });

  it('names the corpus file that is not readable CSV', () => {
    const f = fixture(`row,label,check\n0,ajakan,${textCheck(A)}\n`, [[0, A]]);
    writeFileSync(path.join(f.corpus, 'pilpres2019-tweets.csv'), ',sentimen,tweet\n0,netral,"unclosed quote\n');
    expect(() => joinLabels(f.corpus, f.labels)).toThrow(/corpus file .*pilpres2019-tweets\.csv is not readable CSV: .*Quote Not Closed/);
  });
});

describe('label import', () => {
  const posts = new Map([[0, A], [1, B], [2, 'rapat rt besok pagi']].map(([row, text]) => [row as number, { row: row as number, text: text as string } as never]));
  const input = (content: string) => {
    const file = path.join(tempDir('netra-import-'), 'new.csv');
    writeFileSync(file, content);
    return file;
  };

  it('keeps the fingerprints of rows already labeled and adds new rows with the corpus text\'s', () => {
    const existing = [{ row: 0, label: 'ajakan' as const, check: textCheck(A) }];
    const rows = mergeLabels(existing, readLabelInput(input('row;label\n1;netral\n0;dukungan\n'), 'pilpres2019-tweets.csv'), posts, 'pilpres2019-tweets.csv');
    expect(rows).toEqual([{ row: 0, label: 'dukungan', check: textCheck(A) }, { row: 1, label: 'netral', check: textCheck(B) }]);
  });

  it('refuses to import when a labeled row\'s text changed in the corpus (a shifted corpus), rewriting nothing', () => {
    const shifted = new Map([[0, { row: 0, text: B } as never]]);
    expect(() => mergeLabels([{ row: 0, label: 'ajakan', check: textCheck(A) }], [], shifted, 'pilpres2019-tweets.csv')).toThrow(/row 0 text differs[\s\S]*nothing was imported/);
  });

  it('names every line it cannot read instead of skipping it', () => {
    expect(() => readLabelInput(input('row,label\n,dukungan\n3\n1.0,netral\n1,dukung\n'), 'x.csv')).toThrow(/line 2: bad row id ""\n.*line 3: missing label\n.*line 4: bad row id "1.0"\n.*line 5: unknown label "dukung"/);
    expect(() => readLabelInput(input('1,netral\n'), 'x.csv')).toThrow(/header naming the columns row and label/);
    expect(() => readLabelInput(input('row,label\n5,netral\n\n7,bogus\n'), 'x.csv')).toThrow(/new\.csv line 4: unknown label "bogus"/); // file lines, blank ones counted
    expect(readLabelInput(input('"row";"label";"note, optional"\n5;netral;"a, b"\n'), 'x.csv')).toEqual([{ row: 5, label: 'netral', where: 'new.csv line 2' }]);
    expect(() => mergeLabels([], readLabelInput(input('row,label\n9,netral\n'), 'x.csv'), posts, 'x.csv')).toThrow(/line 2: row 9 is not in x\.csv/);
    expect(readLabelInput(input('file\trow\tlabel\nx.csv\t1\tnetral\n'), 'x.csv')).toEqual([{ row: 1, label: 'netral', where: 'new.csv line 2' }]); // another file's line: see label-import.test.ts
  });
});

describe('test split coverage', () => {
  it('fails when labeled data the split names is missing (a lost or cut label file)', () => {
    const ex = (id: string) => ({ id, text: '', label: 'netral' as const, source: 's', platform: 'p' });
    expect(() => assertSplitCovered([ex('a'), ex('b')], new Set(['a']))).not.toThrow();
    expect(() => assertSplitCovered([ex('a')], new Set(['a', 'c', 'd']))).toThrow(/2 of the 3 test-split posts are not in the labeled data: 2 written examples \(data\/examples; first: c, d\)/);
  });
});

describe('project data', () => {
  it('has at least 400 written examples with valid labels', () => {
    const examples = readExamples();
    expect(examples.length).toBeGreaterThanOrEqual(400);
    expect(new Set(examples.map((e) => e.label))).toEqual(new Set(['ajakan', 'dukungan', 'serangan', 'netral']));
  });

  it('reads held-back examples as valid labels but never among the training examples', () => {
    const heldBack = readExamples(HELD_BACK_DIR);
    expect(heldBack.length).toBeGreaterThan(0);
    const trained = new Set(readExamples().map((e) => e.id));
    expect(heldBack.filter((e) => trained.has(e.id))).toEqual([]);
  });

  it('stratified sampling is seeded and keeps label proportions', () => {
    const fake = Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, text: '', label: (['ajakan', 'netral', 'netral', 'dukungan'] as const)[i % 4], source: 's', platform: 'p' }));
    const a = stratifiedSample(fake, 0.2, 1);
    expect(a).toEqual(stratifiedSample(fake, 0.2, 1));
    expect(a).not.toEqual(stratifiedSample(fake, 0.2, 2));
    expect([...a].filter((id) => Number(id.slice(1)) % 4 === 0)).toHaveLength(50);
  });

  it('extends the fixed split only with newly labeled examples, never moving existing ids', () => {
    const mk = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: `e${from + i}`, text: '', label: (['ajakan', 'netral'] as const)[i % 2], source: 's', platform: 'p' }));
    const file = path.join(tempDir('netra-split-'), 'test.json');
    const first = createTestSplit(mk(100), 0.2, 1, file);
    expect(() => createTestSplit(mk(100), 0.2, 1, file)).toThrow(/fixed once/);
    const { split, added, eligible } = extendTestSplit([...mk(100), ...mk(33, 100)], 0.2, 2, file);
    expect(eligible).toBe(33);
    expect(added).toBe(8); // ceil(17 × 0.2) + ceil(16 × 0.2)
    expect(split.ids).toEqual(expect.arrayContaining(first.ids));
    expect(split.ids.filter((id) => Number(id.slice(1)) < 100)).toEqual(first.ids);
    const unchanged = readFileSync(file, 'utf8');
    expect(extendTestSplit([...mk(100), ...mk(33, 100)], 0.2, undefined, file)).toMatchObject({ added: 0, eligible: 0 }); // nothing new
    expect(readFileSync(file, 'utf8')).toBe(unchanged); // and no round recorded: its seed stays free
    // Without a seed each round takes the next one: the split's seed (1) + 1 + one earlier extension.
    const next = extendTestSplit([...mk(133), ...mk(10, 133)], 0.2, undefined, file);
    expect(next.split.extensions?.map((e) => e.seed)).toEqual([2, 3]);
  });

  it.runIf(existsSync(DEFAULT_CORPUS_DIR))('joins the real labels (≥ 3,000 corpus posts) and the fixed test split covers ≥ 20 %', () => {
    const all = loadDataset();
    const corpus = all.filter((e) => !e.source.startsWith('examples/'));
    expect(corpus.length).toBeGreaterThanOrEqual(3000);
    const test = readTestSplit();
    expect(all.filter((e) => test.has(e.id)).length / all.length).toBeGreaterThanOrEqual(0.2);
  });
});
