// `netra … | head` and `tsx scripts/x.ts | head`: when stdout's reader has gone, a command stops as a
// Unix tool does, quietly with exit 141 (128 + SIGPIPE). It crashed with an EPIPE stack trace.
// (`score`, which stops its job in order first, is checked in test/batch/exit-codes.test.ts.)
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cli } from '../batch/helpers.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** A script run with the reading end of its stdout closed at once. */
function scriptWithoutReader(name: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    const err: Buffer[] = [];
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('a closed stdout', () => {
  it('ends a CLI command quietly with exit 141', async () => {
    const runs = await Promise.all([cli(['normalize', 'Ayo coblos nomor 2'], { closeStdout: true }), cli(['elections'], { closeStdout: true }), cli(['--help'], { closeStdout: true })]);
    for (const run of runs) expect([run.code, run.stderr]).toEqual([141, '']);
  });

  it('ends a script quietly with exit 141', async () => {
    expect(await scriptWithoutReader('agreement')).toEqual({ code: 141, stderr: '' });
  });
});
