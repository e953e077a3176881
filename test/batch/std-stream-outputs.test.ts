// `--output /dev/stdout` and `--errors /dev/stderr` (or /dev/fd/N) write to the descriptor the shell
// opened, as `-` does. They were opened again by name, with truncation and an offset of their own: a
// log appended to (`2>>netra.log`, `>>scored.jsonl`) lost everything it held before, and with `2>err.txt`
// the summary, written through the process's own stderr, overwrote the bad records written before it.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from './helpers.js';

type Fd = number | 'ignore' | 'pipe';

/** The real CLI with its stdout, stderr and fd 3 given (files opened as a shell's redirections would). */
function score(args: string[], stdio: [stdout: Fd, stderr: Fd, fd3?: Fd]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'score', '--workers', '0', ...args], { cwd: ROOT, stdio: ['ignore', ...stdio] });
    child.on('close', (code) => {
      for (const fd of stdio) if (typeof fd === 'number') closeSync(fd);
      resolve(code);
    });
  });
}

function feed(): { dir: string; input: string } {
  const dir = tempDir();
  const input = path.join(dir, 'feed.csv');
  writeFileSync(input, 'id,text\n1,Ayo coblos nomor 2!\n2,\n');
  return { dir, input };
}

const BAD_RECORD = '{"record":2,"line":3,"id":"2","reason":"missing text (field \\"text\\")"}\n';

describe('an output or errors file that is one of the shell\'s descriptors', () => {
  it('--errors /dev/stderr appended to a log keeps the log, and the bad records come before the summary', async () => {
    const { dir, input } = feed();
    const log = path.join(dir, 'netra.log');
    writeFileSync(log, 'an earlier run\n');
    expect(await score(['--input', input, '--errors', '/dev/stderr'], ['ignore', openSync(log, 'a')])).toBe(0);
    const text = readFileSync(log, 'utf8');
    expect(text.startsWith(`an earlier run\n${BAD_RECORD}netra score: 2 records read, 1 scored, 1 error (see /dev/stderr)\n`), text).toBe(true);
  }, 30_000);

  it('--errors /dev/stderr into a new file (2>err.txt) holds the bad records and the summary', async () => {
    const { dir, input } = feed();
    const err = path.join(dir, 'err.txt');
    expect(await score(['--input', input, '--errors', '/dev/stderr'], ['ignore', openSync(err, 'w')])).toBe(0);
    const text = readFileSync(err, 'utf8');
    expect(text.startsWith(`${BAD_RECORD}netra score: 2 records read`), text).toBe(true);
  }, 30_000);

  it('--output /dev/stdout appended to a file (>>) keeps what the file held', async () => {
    const { dir, input } = feed();
    const out = path.join(dir, 'scored.jsonl');
    writeFileSync(out, '{"id":"kemarin"}\n');
    expect(await score(['--input', input, '--output', '/dev/stdout'], [openSync(out, 'a'), 'ignore'])).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['kemarin', '1']);
  }, 30_000);

  it('--errors /dev/fd/3 appended to (3>>) keeps what the file held', async () => {
    const { dir, input } = feed();
    const errors = path.join(dir, 'errors.jsonl');
    writeFileSync(errors, '{"record":9}\n');
    expect(await score(['--input', input, '--errors', '/dev/fd/3'], ['ignore', 'ignore', openSync(errors, 'a')])).toBe(0);
    expect(readFileSync(errors, 'utf8')).toBe(`{"record":9}\n${BAD_RECORD}`);
  }, 30_000);
});
