// makeDirs: mkdir -p that fails fast where Node's recursive mkdir spins (/proc/x on Node 20).
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirs } from '../../src/util/make-dirs.js';

describe('makeDirs', () => {
  it('makes every missing level, and leaves existing ones alone', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'netra-dirs-'));
    const deep = path.join(root, 'a', 'b', 'c');
    makeDirs(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeDirs(deep); // again: nothing to do
    makeDirs(root);
    rmSync(root, { recursive: true, force: true });
  });

  it.skipIf(!existsSync('/proc/self'))('throws at once where a directory cannot be made, instead of spinning', () => {
    // Node's own recursive mkdir never returns here (the test would time out)
    expect(() => makeDirs('/proc/netra-x/y')).toThrow(/ENOENT|EACCES|EPERM/);
  });
});
