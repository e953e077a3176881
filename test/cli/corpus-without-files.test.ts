// train and eval given a --corpus directory that holds none of the corpus files the labels join with:
// bad usage (exit 2) naming the files, before tfjs loads or --out is made, as a --corpus that is no
// directory is. It used to be exit 1 after loading tfjs ("cannot read corpus file …; set --corpus to
// the corpus directory": a usage mistake told as a failure).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir.js';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('--corpus DIR without the corpus files', () => {
  it('is bad usage for train and eval, naming the files missing, before any work', () => {
    const corpus = tempDir('netra-not-corpus-');
    writeFileSync(path.join(corpus, 'pilpres2019-tweets.csv'), 'id,user,text\n'); // one of the two
    const out = path.join(tempDir('netra-corpus-out-'), 'out');
    for (const cmd of ['train', 'eval']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', cmd, '--corpus', corpus, '--out', out], { cwd: root, encoding: 'utf8' });
      expect([r.status, r.stdout, r.stderr], cmd).toEqual([
        2,
        '',
        `netra ${cmd}: --corpus ${corpus} holds no pilgub-jatim2024-tweets.csv (the labels join with pilpres2019-tweets.csv, pilgub-jatim2024-tweets.csv); give the directory of the unlabeled corpus (its CSV files), or leave it out for the default ../shared/corpus\n`,
      ]);
    }
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
