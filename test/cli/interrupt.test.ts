// SIGTERM while train or eval runs the fastText baseline: the command exits 143 at once, and leaves no
// fastText temp directory (it holds post text), no running fasttext, no model directory and no empty
// --out directory of eval's own making behind.
// A fake fasttext sends the signal itself once it has its training file, so nothing here is timed.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const versionsFile = path.join(root, 'models', 'versions.txt');

/**
 * A fasttext that, asked to train, notes its pid and training file, signals its parent and waits;
 * with `userFile`, it first writes that file (a file the user put in --out while eval ran).
 */
function fakeFastText(dir: string, userFile?: string): string {
  const bin = path.join(dir, 'fasttext');
  const touch = userFile === undefined ? '' : `echo mine > "${userFile}"\n`;
  writeFileSync(bin, `#!/bin/sh\n[ "$1" = supervised ] || exit 0\n${touch}echo "$$ $3" > "${dir}/started"\nkill -TERM $PPID\nexec sleep 120\n`);
  chmodSync(bin, 0o755);
  return bin;
}

function interrupted(args: string[], userFile?: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-interrupt-'));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--epochs', '1', '--max-features', '16'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FASTTEXT_BIN: fakeFastText(dir, userFile) },
    timeout: 100_000,
  });
  const [pid, trainFile] = readFileSync(path.join(dir, 'started'), 'utf8').trim().split(' ');
  // Killed, it is gone or a zombie (Z) until something reaps it.
  const stat = path.join('/proc', pid, 'stat');
  const alive = existsSync(stat) && readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z';
  rmSync(dir, { recursive: true, force: true });
  return { code: r.status, err: r.stderr, trainFile, alive };
}

describe('SIGTERM during the fastText baseline', () => {
  it('train exits 143, removes its model directory, gives the name back and leaves no post text', () => {
    const versions = readFileSync(versionsFile, 'utf8');
    const r = interrupted(['train', '--version', 'tmp-test-interrupt', '--no-default']);
    expect(r.code, r.err).toBe(143);
    expect(r.err).toContain('train: SIGTERM, models/tmp-test-interrupt removed');
    expect(existsSync(path.join(root, 'models', 'tmp-test-interrupt'))).toBe(false);
    expect(readFileSync(versionsFile, 'utf8')).toBe(versions);
    expect(existsSync(path.dirname(r.trainFile))).toBe(false);
    expect(r.alive).toBe(false);
  }, 120_000);

  it('eval exits 143, writes no report and leaves no post text', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'netra-interrupt-out-'));
    const r = interrupted(['eval', '--out', out]);
    expect(r.code, r.err).toBe(143);
    expect(r.err).toContain(`eval: SIGTERM, stopped before writing to ${out}`);
    expect(existsSync(path.join(out, 'evaluation.json'))).toBe(false);
    expect(existsSync(path.dirname(r.trainFile))).toBe(false);
    expect(r.alive).toBe(false);
    expect(existsSync(out)).toBe(true); // it existed before: never removed
    rmSync(out, { recursive: true, force: true });
  }, 120_000);

  it('eval removes the --out directories it made, while empty; never one holding a file of the user\'s', () => {
    const before = mkdtempSync(path.join(os.tmpdir(), 'netra-interrupt-out-'));
    const out = path.join(before, 'made', 'reports');
    const r = interrupted(['eval', '--out', out]);
    expect(r.code, r.err).toBe(143);
    expect(r.err).toContain(`eval: SIGTERM, stopped before writing to ${out}; removed ${path.join(before, 'made')}, which it had made`);
    expect([existsSync(path.join(before, 'made')), existsSync(before)]).toEqual([false, true]);
    // a file put in --out meanwhile: that directory and the ones above it stay
    const mine = path.join(out, 'notes.txt');
    const kept = interrupted(['eval', '--out', out], mine);
    expect(kept.code, kept.err).toBe(143);
    expect(kept.err).toContain(`eval: SIGTERM, stopped before writing to ${out}\n`);
    expect(readFileSync(mine, 'utf8')).toBe('mine\n');
    rmSync(before, { recursive: true, force: true });
  }, 240_000);
});
