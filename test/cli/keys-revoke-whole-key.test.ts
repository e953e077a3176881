// `keys revoke --id` given the whole key (nrk_<id>_<secret>) instead of its id: refused as bad usage,
// naming the id to give, and the secret is never written back (it was echoed in "no active key nrk_…",
// onto a terminal, a cron mail or a CI log).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const keys = (args: string[], dataDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'keys', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NETRA_DATA_DIR: dataDir, DATABASE_URL: '' } });

describe('netra keys revoke --id KEY', () => {
  it('refuses the whole key (exit 2) with its id, never echoing the secret', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-keys-'));
    const created = keys(['create', '--role', 'analyst', '--name', 'ani'], dir);
    expect(created.status).toBe(0);
    const key = created.stdout.trim();
    const id = /^nrk_([0-9a-f]{16})_/.exec(key)?.[1];
    expect(id).toBeDefined();
    const secret = key.slice(`nrk_${id}_`.length);
    const r = keys(['revoke', '--id', key], dir);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`netra keys: --id takes the key's id, not the key itself: this key's id is ${id} (netra keys revoke --id ${id}); the key was not revoked\n`);
    expect(r.stderr + r.stdout).not.toContain(secret);
    // still active: its id revokes it
    expect(keys(['revoke', '--id', id as string], dir)).toMatchObject({ status: 0, stdout: `revoked ${id}\n` });
  });

  it('refuses anything shaped like a key without echoing it', () => {
    const r = keys(['revoke', '--id', 'nrk_not-a-real-key-secretpart'], path.join(os.tmpdir(), 'netra-keys-none'));
    expect([r.status, r.stderr]).toEqual([2, "netra keys: --id takes the key's id (keys list shows it), not the key itself (nrk_…); the key was not revoked\n"]);
  });
});
