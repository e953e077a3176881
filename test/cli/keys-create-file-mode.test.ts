// `netra keys create > key.txt`: the shell makes key.txt under the umask, 0644 by default, so the new
// key's secret was readable by every user of the machine. A file the key is redirected into is made
// owner-only when the key is its only content; one that held something before (`>> notes.txt`) is left
// as it is, with a warning naming its mode.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
/** `keys create` with stdout redirected to `file` (opened as a shell's `>` or `>>` would). */
function createInto(file: string, flags: 'w' | 'a', dataDir: string) {
  const fd = openSync(file, flags, 0o644);
  chmodSync(file, 0o644); // the default umask's mode, whatever this process's umask
  try {
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'keys', 'create', '--role', 'analyst', '--name', 'ani'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', fd, 'pipe'],
      env: { ...process.env, NETRA_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
  } finally {
    closeSync(fd);
  }
}

describe('netra keys create into a file', () => {
  it('makes a file that holds only the key owner-only (0600) and says so', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-keys-mode-'));
    const file = path.join(dir, 'key.txt');
    const r = createInto(file, 'w', dir);
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^nrk_[0-9a-f]{16}_\S+\n$/);
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(r.stderr).toContain(`the key was written to ${file}, which others could read (mode 0644): it is now 0600 (owner only)`);
  });

  it('leaves a file that held something before as it is, and warns with its mode', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-keys-mode-'));
    const file = path.join(dir, 'notes.txt');
    writeFileSync(file, 'earlier notes\n');
    const r = createInto(file, 'a', dir);
    expect(r.status).toBe(0);
    expect((statSync(file).mode & 0o777).toString(8)).toBe('644');
    expect(r.stderr).toContain(`warning: the key was written to ${file}, which others can read (mode 0644): chmod 600 it, or move the key somewhere only you can read`);
  });
});
