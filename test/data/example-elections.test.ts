// A written example's election must be one a config has: the leave-one-election-out view filters on
// the exact id, so a typo used to move the example to the wrong side without a word.
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readExamples } from '../../src/data/examples.js';
import { loadDataset } from '../../src/data/dataset.js';
import { DEFAULT_CORPUS_DIR } from '../../src/data/corpus.js';
import { SHIPPED_ELECTIONS_DIR } from '../../src/elections/load.js';
import { tempDir } from '../helpers/temp-dir.js';

function examplesDir(csv: string) {
  const dir = tempDir('netra-examples-');
  writeFileSync(path.join(dir, 'a.csv'), csv);
  return dir;
}

describe('written examples and election ids', () => {
  const known = new Set(['pilpres-2019', 'pilpres-2024']);

  it('refuses an election id no config has, naming file, line and the known ids', () => {
    const dir = examplesDir('id,label,election,text\nw1,netral,pilpres-2024,halo\nw2,netral,pilpres-2029,halo juga\n');
    expect(() => readExamples(dir, known)).toThrow('a.csv line 3: unknown election "pilpres-2029" (known: pilpres-2019, pilpres-2024)');
  });

  it('keeps an empty election allowed, and checks nothing without known ids', () => {
    const dir = examplesDir('id,label,election,text\nw1,netral,,halo\nw2,netral,pilpres-2029,x\n');
    expect(() => readExamples(dir, known)).toThrow(/line 3: unknown election/);
    expect(readExamples(examplesDir('id,label,election,text\nw1,netral,,halo\n'), known)[0].election).toBeUndefined();
    expect(readExamples(dir).map((e) => e.election)).toEqual([undefined, 'pilpres-2029']);
  });

  // Training reads data/elections whatever ELECTIONS_DIR says (training-elections.ts), so the check
  // does too: a runtime ELECTIONS_DIR without some shipped config must not make the data set unloadable.
  it.runIf(existsSync(DEFAULT_CORPUS_DIR))('the data set checks examples against the shipped configs training reads, not ELECTIONS_DIR', () => {
    const elections = tempDir('netra-elections-');
    mkdirSync(elections, { recursive: true });
    copyFileSync(path.join(SHIPPED_ELECTIONS_DIR, 'pilpres-2019.json'), path.join(elections, 'pilpres-2019.json'));
    const before = process.env.ELECTIONS_DIR;
    process.env.ELECTIONS_DIR = elections;
    let withOneConfig: number;
    try {
      withOneConfig = loadDataset().length;
    } finally {
      if (before === undefined) delete process.env.ELECTIONS_DIR;
      else process.env.ELECTIONS_DIR = before;
    }
    expect(withOneConfig).toBe(loadDataset().length);
    expect(withOneConfig).toBeGreaterThan(3000);
  });
});
