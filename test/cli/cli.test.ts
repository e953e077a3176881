import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('command line', () => {
  it('lists commands with --help and exits 0', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/train/);
    expect(r.out).toMatch(/explain/);
  });
  it('every command has --help', () => {
    for (const name of ['explain', 'train', 'eval', 'split', 'normalize', 'elections']) {
      const r = cli(name, '--help');
      expect(r.code, name).toBe(0);
      expect(r.out, name).toMatch(/^usage: netra/);
    }
  });
  it('exits 2 with a one-line reason on bad usage', () => {
    for (const args of [['frobnicate'], ['explain', '--nope', 'x'], ['explain'], ['train', '--epochs', 'many'], ['explain', '--posted-at', 'kemarin', 'x'], ['split', '--corpus', 'elsewhere'], ['split', '--create', '--seed', '1.5']]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
  it('scores a text with the shipped model', () => {
    const r = cli('explain', '--election', 'pilpres-2019', 'Ayo pilih 01! #JokowiLagi');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.label).not.toBe('netral');
    expect(out.election).toBe('pilpres-2019');
  });
  it('validates election configs and reports field errors', () => {
    expect(cli('elections', '--check', 'data/elections/pilpres-2024.json').code).toBe(0);
    const bad = cli('elections', '--check', 'package.json');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/unknown field/);
  });
});
