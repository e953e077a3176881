// Shared test helpers: feeds built from our own written examples (data/examples), in-process runs of
// the batch job with captured stdout/stderr, and the real CLI as a child process.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { readExamples } from '../../src/data/examples.js';
import { mulberry32 } from '../../src/util/random.js';
// run.js (and with it tfjs) is imported only by tests that run the job in-process.
import type { BatchOptions, BatchOutcome } from '../../src/batch/run.js';
import type { InputFormat, RawRecord } from '../../src/batch/types.js';
import { checkpointPath, readCheckpoint, type Checkpoint } from '../../src/batch/checkpoint.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** A temporary directory, removed when the current test finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'netra-batch-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `count` posts from the written examples with light perturbations, deterministic for a seed. */
export function examplePosts(count: number, seed = 1): { id: string; text: string }[] {
  const texts = readExamples().map((e) => e.text);
  const rand = mulberry32(seed);
  const emoji = ['', ' 🙏', ' 🔥🔥', ' ✌️', ' 😂'];
  return Array.from({ length: count }, (_, i) => {
    let text = texts[Math.floor(rand() * texts.length)];
    const r = rand();
    if (r < 0.2) text = text.toUpperCase();
    else if (r < 0.3) text = text.toLowerCase();
    return { id: `p${i + 1}`, text: `${text}${emoji[Math.floor(rand() * emoji.length)]} ${i % 997}` };
  });
}

/** Feeds `data` in chunks of `size` bytes, so records and multi-byte characters straddle chunks. */
export async function* chunked(data: Buffer | string, size = 7): AsyncGenerator<Buffer> {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

/** Every record a reader yields. */
export async function all(gen: AsyncGenerator<RawRecord>): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

export const jsonl = (rows: object[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

export function options(partial: Partial<BatchOptions> & Pick<BatchOptions, 'input'>): BatchOptions {
  return {
    format: 'jsonl',
    textField: 'text',
    idField: 'id',
    output: '-',
    outputFormat: 'jsonl',
    minRisk: 0,
    resume: false,
    workers: 0,
    maxTextLength: 10_000,
    ...partial,
  };
}

export interface Captured {
  outcome: BatchOutcome;
  stdout: string;
  stderr: string;
}

/** Runs the batch job in this process; stdin is `input` when given. */
export async function runCaptured(opts: BatchOptions, input?: string | Buffer): Promise<Captured> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const { runBatch } = await import('../../src/batch/run.js');
  const outcome = await runBatch(opts, { stdin: Readable.from(input === undefined ? [] : [Buffer.from(input)]), stdout, stderr });
  return { outcome, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/**
 * Leaves `output` and `errors` as a kill would right after a checkpoint at the end of `head` (the
 * feed's first records): the progress file a run of `head` alone ends with, under this job's own
 * fingerprint, and the files as `written` says (bytes past the checkpoint included). Returns that
 * checkpoint. `settings`: the job's other options that the head's run needs too.
 */
export async function killAfter(
  job: { dir: string; head: string; format: InputFormat; output: string; errors: string; want: { out: Buffer; errs: Buffer }; settings?: Partial<BatchOptions> },
  written: (at: Checkpoint) => { out: Buffer; errs: Buffer },
): Promise<Checkpoint> {
  const head = path.join(job.dir, `head.${job.format}`);
  writeFileSync(head, job.head);
  const headOut = path.join(job.dir, 'head-out.jsonl');
  await runCaptured(options({ ...job.settings, input: head, format: job.format, output: headOut, errors: path.join(job.dir, 'head-errors.jsonl') }));
  const at = (await readCheckpoint(checkpointPath(headOut)))!;
  const cp = (await readCheckpoint(checkpointPath(job.output)))!;
  writeFileSync(checkpointPath(job.output), JSON.stringify({ ...cp, records: at.records, outputBytes: at.outputBytes, errorsBytes: at.errorsBytes, stats: at.stats, done: false }));
  const files = written(at);
  writeFileSync(job.output, files.out);
  writeFileSync(job.errors, files.errs);
  return at;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The real CLI (`node --import tsx src/cli/main.ts …`) as a child process; `closeStderr` and
 * `closeStdout` close the reading end of its stderr or stdout at once. A stream as `stdin` is piped
 * in, and stays open until it ends.
 */
export function cli(args: string[], opts: { stdin?: string | Readable; env?: NodeJS.ProcessEnv; onSpawn?: (pid: number) => void; closeStderr?: boolean; closeStdout?: boolean } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    if (opts.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (c: Buffer) => out.push(c));
    if (opts.closeStderr) child.stderr.destroy();
    else child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // the child may exit before reading stdin (usage errors)
    if (opts.stdin instanceof Readable) opts.stdin.pipe(child.stdin);
    else child.stdin.end(opts.stdin ?? '');
    if (child.pid !== undefined) opts.onSpawn?.(child.pid);
  });
}

/** The progress file as it is on disk now, or undefined before the first checkpoint. */
export function readProgress(file: string): Checkpoint | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Checkpoint;
  } catch {
    return undefined; // not written yet
  }
}

/** Starts the CLI and SIGKILLs it `delayMs` after its progress file first satisfies `when`. */
export async function runAndKill(args: string[], progressFile: string, when: (cp: Checkpoint) => boolean, delayMs: number) {
  let timer: NodeJS.Timeout | undefined;
  const run = await cli(args, {
    env: { NETRA_BATCH_CHECKPOINT_MS: '50' },
    onSpawn: (pid) => {
      timer = setInterval(() => {
        const cp = readProgress(progressFile);
        if (cp && !cp.done && when(cp)) {
          clearInterval(timer);
          setTimeout(() => process.kill(pid, 'SIGKILL'), delayMs);
        }
      }, 10);
    },
  });
  clearInterval(timer);
  return run;
}
