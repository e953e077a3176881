// An unknown `--election` id is one usage error, worded alike by every command that takes the flag:
// `score` said "invalid election config: unknown election id", as if a config file were broken, and
// `explain` "unknown election"; both name the flag, the id and the ids known.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const netra = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
const WORDING = /^netra \w+: --election pilkada-atlantis: unknown election id \(known: [a-z0-9-]+(, [a-z0-9-]+)*\); netra elections lists them\n$/;

describe('--election with an unknown id', () => {
  it('is the same usage error (exit 2) for score, explain and normalize', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-unknown-election-'));
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, '{"id":"1","text":"halo"}\n');
    const runs = [
      netra('score', '--input', input, '--output', path.join(dir, 'out.jsonl'), '--election', 'pilkada-atlantis'),
      netra('explain', '--election', 'pilkada-atlantis', 'halo'),
      netra('normalize', '--election', 'pilkada-atlantis', 'halo'),
    ];
    for (const r of runs) {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(WORDING);
      expect(r.stderr).toContain('pilpres-2024');
      expect(r.stderr).not.toMatch(/invalid election config/);
    }
  });

  // `--election README.md` named a file that is there, and was told only that no election has that id
  it('says so when the id is a file here that is no .json config', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-unknown-election-'));
    writeFileSync(path.join(dir, 'pemilu.txt'), 'not a config\n');
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'netra.mjs'), 'explain', '--election', 'pemilu.txt', 'halo'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ELECTIONS_DIR: path.join(root, 'data', 'elections') },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--election pemilu\.txt: unknown election id \(known: .*\); a file pemilu\.txt is here, but a config file is read only by a name ending in \.json or a path with a slash \(\.\/pemilu\.txt\)\n$/);
  });
});
