// `netra explain` prints the same JSON as POST /v1/score?written=true (README): a --posted-at later than
// now gets the service's `warnings` entry too, rather than a stage read from a placeholder without a word.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { FUTURE_POSTED_AT } from '../../src/service/future-posted-at.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const explain = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'explain', ...args], { cwd: root, encoding: 'utf8' });

describe('netra explain --posted-at in the future', () => {
  it('warns in the result, as the service does, and on stderr naming the flag', () => {
    const r = explain('--election', 'pilpres-2024', '--posted-at', '9999-12-31T00:00:00+07:00', 'ayo coblos 02');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.warnings).toEqual([expect.objectContaining({ type: FUTURE_POSTED_AT, field: 'postedAt' })]);
    expect(Object.keys(result).at(-1)).toBe('warnings'); // last, as the service writes it
    expect(r.stderr).toMatch(/--posted-at .*later than now/);
  });

  it('says nothing for a past posting time or none', () => {
    for (const args of [['--posted-at', '2024-01-10T10:00:00+07:00', 'halo'], ['halo']]) {
      const r = explain(...args);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).warnings).toBeUndefined();
      expect(r.stderr).not.toMatch(/later than now/);
    }
  });
});
