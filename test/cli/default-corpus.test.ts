// train, eval and split without --corpus in a project with no ../shared/corpus beside it: bad usage
// (exit 2) naming the directory looked for, before a version is claimed or --out made. The project is
// copied to a temporary directory, since the default is found beside the project's own source.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** A copy of the project (its source, data and version list; node_modules linked) with nothing beside it. */
function lonelyProject(): { top: string; project: string } {
  const top = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'netra-no-shared-')));
  const project = path.join(top, 'netra');
  for (const part of ['src', 'data', 'package.json', 'tsconfig.json']) cpSync(path.join(root, part), path.join(project, part), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
  mkdirSync(path.join(project, 'models'));
  cpSync(path.join(root, 'models', 'versions.txt'), path.join(project, 'models', 'versions.txt'));
  return { top, project };
}

describe('the default corpus directory missing', () => {
  it('train, eval and split --create/--extend are bad usage naming it and --corpus, before any work', () => {
    const { top, project } = lonelyProject();
    const out = path.join(top, 'reports');
    const corpus = path.join(top, 'shared', 'corpus');
    for (const args of [['train', '--version', 'tmp-no-corpus', '--no-default'], ['eval', '--out', out], ['split', '--create'], ['split', '--extend']]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: project, encoding: 'utf8' });
      expect([r.status, r.stdout, r.stderr], args.join(' ')).toEqual([
        2,
        '',
        `netra ${args[0]}: the default corpus directory ${corpus} (../shared/corpus beside the project) does not exist; give --corpus DIR with the unlabeled corpus (its CSV files)\n`,
      ]);
    }
    expect(readdirSync(path.join(project, 'models'))).toEqual(['versions.txt']);
    expect(readFileSync(path.join(project, 'models', 'versions.txt'), 'utf8')).toBe(readFileSync(path.join(root, 'models', 'versions.txt'), 'utf8'));
    expect(existsSync(out)).toBe(false);
    rmSync(top, { recursive: true });
  }, 120_000);
});
