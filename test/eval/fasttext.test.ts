// The fastText baseline's temp files hold post text: a failed training run must not leave them behind,
// and its error says which binary failed and how.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { trainFastText } from '../../src/eval/baselines/fasttext.js';
import { tempDir } from '../helpers/temp-dir.js';

const saved = process.env.TMPDIR;
afterEach(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
});

describe('fastText baseline', () => {
  it('removes its training file when the binary fails, and names the binary and the exit', async () => {
    // A temp directory of its own, so no other test's fastText run can show up in it.
    const own = tempDir('netra-fasttext-test-');
    process.env.TMPDIR = own;
    await expect(trainFastText('/bin/false', ['ayo coblos nomor 2', 'rapat dinas pagi ini'], [0, 3])).rejects.toThrow(/fasttext supervised failed \(\/bin\/false, exit 1\)/);
    await expect(trainFastText('/nonexistent/fasttext', ['ayo coblos'], [0])).rejects.toThrow(/fasttext supervised failed \(\/nonexistent\/fasttext, spawn .*ENOENT\)/);
    expect(readdirSync(own)).toEqual([]);
  });
});
