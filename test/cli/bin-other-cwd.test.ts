// The `netra` bin run from another directory (cron's $HOME, a process manager's /): tsx, the models
// and the default review store are found from the project, not the current directory. Run on a copy
// of the project (its src and bin; node_modules, models and data linked), so the default store it
// makes lands in the copy, not in the checkout under test.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir.js';

const root = path.resolve(import.meta.dirname, '..', '..');

function projectCopy(): string {
  const copy = tempDir('netra-project-');
  for (const part of ['src', 'bin', 'package.json']) cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
  for (const part of ['node_modules', 'models', 'data']) symlinkSync(path.join(root, part), path.join(copy, part));
  return copy;
}

function netra(copy: string, cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const base = { ...process.env, DATABASE_URL: '', NETRA_DATA_DIR: '', ...env };
  return spawnSync(process.execPath, [path.join(copy, 'bin', 'netra.mjs'), ...args], { cwd, env: base, encoding: 'utf8' });
}

describe('the netra bin from another directory', () => {
  const copy = projectCopy();

  it('keeps the default review store under the project (var/), not the current directory', () => {
    const cwd = tempDir('netra-elsewhere-');
    const created = netra(copy, cwd, ['keys', 'create', '--role', 'analyst', '--name', 'Uji']);
    expect(created.status, created.stderr).toBe(0);
    expect(existsSync(path.join(copy, 'var', 'review.sqlite'))).toBe(true);
    expect(existsSync(path.join(cwd, 'var'))).toBe(false);
    // From / too (a process manager's directory): the same store, with the key just made.
    const listed = netra(copy, '/', ['keys', 'list']);
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/\tanalyst\tUji\t/);
  }, 60_000);

  it('reads a relative NETRA_DATA_DIR from the current directory, as any relative path given', () => {
    const cwd = tempDir('netra-elsewhere-');
    const r = netra(copy, cwd, ['keys', 'create', '--role', 'analyst', '--name', 'Uji'], { NETRA_DATA_DIR: 'antrean' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(path.join(cwd, 'antrean', 'review.sqlite'))).toBe(true);
  }, 60_000);

  it('scores with the project\'s default model and election configs', () => {
    const r = netra(copy, '/', ['explain', '--election', 'pilpres-2024', 'ayo coblos 02']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ election: 'pilpres-2024' });
  }, 60_000);
});
