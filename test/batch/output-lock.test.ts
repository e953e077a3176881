// One job per output file: a second `netra score` on an output another job is writing is refused
// before it touches any file, and a lock left by a job that no longer runs (kill -9) is taken over.
import { describe, expect, it } from 'vitest';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { checkpointPath, type Checkpoint } from '../../src/batch/checkpoint.js';
import { lockOutput, lockPath } from '../../src/batch/output-lock.js';
import { BatchUsageError } from '../../src/batch/errors.js';
import { cli, examplePosts, jsonl, options, runCaptured, tempDir } from './helpers.js';

/** Resolves once `check` holds, polling. */
async function until(check: () => boolean, ms = 120_000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const progressOf = (out: string) => JSON.parse(readFileSync(checkpointPath(out), 'utf8')) as Checkpoint;

describe('the output lock (netra score)', () => {
  it('refuses a second job on an output another job is writing (exit 2, naming the output and its pid), and the first job\'s result is intact', async () => {
    const dir = tempDir();
    const rows = jsonl(examplePosts(600, 31));
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, rows);
    const ref = path.join(dir, 'ref.jsonl');
    await runCaptured(options({ input: feed, output: ref }));

    const out = path.join(dir, 'out.jsonl');
    const lines = rows.split('\n');
    // the first job reads stdin, which stays open after its first 300 records: it is mid-job while the second starts
    const first = new PassThrough();
    first.write(lines.slice(0, 300).join('\n') + '\n');
    let pid = 0;
    const running = cli(['score', '--input', '-', '--format', 'jsonl', '--output', out, '--workers', '1'], { stdin: first, env: { NETRA_BATCH_CHECKPOINT_MS: '50' }, onSpawn: (p) => (pid = p) });
    const firstBytes = Buffer.byteLength(readFileSync(ref, 'utf8').split('\n').slice(0, 300).join('\n') + '\n');
    await until(() => existsSync(checkpointPath(out)) && statSync(out).size === firstBytes);
    // a checkpoint of those records may still be on its way: wait until the progress file stays as it is
    // (the job, waiting on stdin, writes none while no record comes)
    let last = '';
    let since = Date.now();
    await until(() => {
      const now = readFileSync(checkpointPath(out), 'utf8');
      if (now !== last) [last, since] = [now, Date.now()];
      return Date.now() - since >= 1000;
    });
    const before = { out: readFileSync(out), progress: readFileSync(checkpointPath(out)), lock: readFileSync(lockPath(out), 'utf8') };
    expect(JSON.parse(before.lock)).toMatchObject({ pid, host: hostname() });

    const second = await cli(['score', '--input', feed, '--output', out, '--workers', '1']);
    expect(second.code, second.stderr).toBe(2);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(
      new RegExp(`^netra score: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is being written by another netra score job \\(pid ${pid}, started [-0-9T:.]+Z; its lock is .*\\.netra-lock\\): one job per output at a time; wait for it to end, or give another --output\\n$`),
    );
    // it touched nothing: not the output, the progress file or the lock
    expect(readFileSync(out).equals(before.out)).toBe(true);
    expect(readFileSync(checkpointPath(out)).equals(before.progress)).toBe(true);
    expect(readFileSync(lockPath(out), 'utf8')).toBe(before.lock);
    // nor does --resume get past it
    const resumed = await cli(['score', '--input', feed, '--output', out, '--workers', '1', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(2);

    first.end(lines.slice(300).join('\n'));
    const done = await running;
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(out).equals(readFileSync(ref))).toBe(true);
    expect(progressOf(out)).toMatchObject({ done: true, records: 600, outputBytes: statSync(out).size });
    expect(readdirSync(dir).sort()).toEqual(['feed.jsonl', 'out.jsonl', 'out.jsonl.netra-progress', 'ref.jsonl', 'ref.jsonl.netra-progress']); // the lock is gone
  }, 120_000);

  it('takes over the lock of a job killed with kill -9 (its pid no longer runs), with a note, and resumes', async () => {
    const dir = tempDir();
    const rows = jsonl(examplePosts(400, 32));
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, rows);
    const ref = path.join(dir, 'ref.jsonl');
    await runCaptured(options({ input: feed, output: ref }));

    const out = path.join(dir, 'out.jsonl');
    const args = ['score', '--input', '-', '--format', 'jsonl', '--output', out, '--workers', '1'];
    const stdin = new PassThrough();
    stdin.write(rows.split('\n').slice(0, 300).join('\n') + '\n');
    let pid = 0;
    const killed = cli(args, { stdin, env: { NETRA_BATCH_CHECKPOINT_MS: '50' }, onSpawn: (p) => (pid = p) });
    await until(() => existsSync(checkpointPath(out)) && progressOf(out).records > 0);
    process.kill(pid, 'SIGKILL');
    expect((await killed).signal).toBe('SIGKILL');
    stdin.end();
    const stale = JSON.parse(readFileSync(lockPath(out), 'utf8'));
    expect(stale.pid).toBe(pid);

    const run = await cli([...args, '--resume'], { stdin: rows });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe(`netra score: note: took over the lock ${lockPath(out)} left by pid ${pid} (started ${stale.startedAt}), which is no longer running`);
    expect(run.stderr).toMatch(/resumed after record \d+/);
    expect(readFileSync(out).equals(readFileSync(ref))).toBe(true);
    expect(existsSync(lockPath(out))).toBe(false);
  }, 120_000);

  it('needs none for an output to stdout: two jobs to stdout run side by side', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, jsonl(examplePosts(20, 33)));
    const [a, b] = await Promise.all([cli(['score', '--input', feed, '--workers', '0']), cli(['score', '--input', feed, '--workers', '0'])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toBe(b.stdout);
    expect(readdirSync(dir)).toEqual(['feed.jsonl']);
  }, 60_000);

  it('locks the errors file too: a job whose --errors another job writes (as its errors or its output) is refused before it touches either file', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'feed.jsonl');
    writeFileSync(feed, '{"id":"a","text":"ayo coblos"}\nnot json\n');
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"record":1,"line":1,"reason":"the other job\'s"}\n');
    const other = lockOutput(bad); // the job writing bad.jsonl
    for (const output of [path.join(dir, 'out.jsonl'), '-']) {
      await expect(runCaptured(options({ input: feed, output, errors: bad }))).rejects.toThrow(
        `${bad} is being written by another netra score job (pid ${process.pid}, started ${JSON.parse(readFileSync(lockPath(bad), 'utf8')).startedAt}; its lock is ${lockPath(bad)}): one job per output at a time; wait for it to end, or give another --errors`,
      );
    }
    expect(readFileSync(bad, 'utf8')).toBe('{"record":1,"line":1,"reason":"the other job\'s"}\n');
    expect(readdirSync(dir).sort()).toEqual(['bad.jsonl', 'bad.jsonl.netra-lock', 'feed.jsonl']);
    other.release();
    // and a job whose output is another job's errors file is refused the same way
    const errorsOfOther = lockOutput(path.join(dir, 'shared.jsonl'));
    await expect(runCaptured(options({ input: feed, output: path.join(dir, 'shared.jsonl') }))).rejects.toThrow(BatchUsageError);
    errorsOfOther.release();

    const run = await runCaptured(options({ input: feed, output: path.join(dir, 'out.jsonl'), errors: bad }));
    expect(run.outcome.exitCode).toBe(0);
    expect(readFileSync(bad, 'utf8')).toBe('{"record":2,"line":2,"reason":"invalid JSON (error at position 1)"}\n');
    expect(readdirSync(dir).sort()).toEqual(['bad.jsonl', 'feed.jsonl', 'out.jsonl', 'out.jsonl.netra-progress']);
  });

  it('is released when the job fails or is refused after taking it', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'feed.csv');
    writeFileSync(csv, 'id,isi\n1,ayo coblos\n');
    const out = path.join(dir, 'out.jsonl');
    await expect(runCaptured(options({ input: csv, format: 'csv', delimiter: ',', output: out }))).rejects.toThrow(/has no column "text"/);
    expect(existsSync(lockPath(out))).toBe(false);
    // a resume whose progress file is unreadable
    writeFileSync(checkpointPath(out), 'not json');
    await expect(runCaptured(options({ input: csv, format: 'csv', delimiter: ',', textField: 'isi', output: out, resume: true }))).rejects.toThrow(/is unreadable/);
    expect(readdirSync(dir).sort()).toEqual(['feed.csv', 'out.jsonl.netra-progress']);
  });
});

describe('lockOutput', () => {
  const write = (file: string, holder: object) => writeFileSync(file, JSON.stringify(holder) + '\n');

  it('refuses while the holder runs, and takes over from one whose pid is now another process (pid reuse) or does not run', () => {
    const dir = tempDir();
    const out = path.join(dir, 'out.jsonl');
    const lock = lockOutput(out);
    expect(JSON.parse(readFileSync(lockPath(out), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => lockOutput(out)).toThrow(BatchUsageError);
    expect(() => lockOutput(out)).toThrow(`${out} is being written by another netra score job (pid ${process.pid}, started`);
    lock.release();
    expect(existsSync(lockPath(out))).toBe(false);

    // this process's pid, but another start time: the job that held it is gone and the pid was given again
    write(lockPath(out), { pid: process.pid, startedAt: '2026-01-01T00:00:00.000Z', host: hostname(), procStart: '1' });
    const again = lockOutput(out);
    expect(again.tookOver).toBe(`took over the lock ${lockPath(out)} left by pid ${process.pid} (started 2026-01-01T00:00:00.000Z), which is no longer running`);
    again.release();

    write(lockPath(out), { pid: 2 ** 22 + 1, startedAt: '2026-01-01T00:00:00.000Z', host: hostname() }); // above any Linux pid_max
    const third = lockOutput(out);
    expect(third.tookOver).toContain(`left by pid ${2 ** 22 + 1}`);
    third.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is one lock per file written: a symlink to the output or a path through .. shares it, a namesake in another directory does not', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x'));
    mkdirSync(path.join(dir, 'other'));
    const out = path.join(dir, 'out.jsonl');
    symlinkSync('out.jsonl', path.join(dir, 'link.jsonl')); // the output need not exist yet: a job creates it through the link
    symlinkSync(out, path.join(dir, 'other', 'abs-link.jsonl'));
    const lock = lockOutput(out);
    for (const other of [path.join(dir, 'link.jsonl'), path.join(dir, 'other', 'abs-link.jsonl'), `${dir}/x/../out.jsonl`]) {
      expect(() => lockOutput(other), other).toThrow(`is being written by another netra score job (pid ${process.pid}, started`);
    }
    expect(lockPath(path.join(dir, 'link.jsonl'))).toBe(lockPath(out));
    // the other way round: the job that named the link holds it, and one naming the file is refused
    lock.release();
    const viaLink = lockOutput(path.join(dir, 'link.jsonl'));
    expect(() => lockOutput(out)).toThrow(BatchUsageError);
    const namesake = lockOutput(path.join(dir, 'other', 'out.jsonl'));
    expect(namesake.file).toBe(path.join(dir, 'other', 'out.jsonl.netra-lock'));
    namesake.release();
    viaLink.release();
    expect(readdirSync(dir).sort()).toEqual(['link.jsonl', 'other', 'x']);
  });

  it('is the file\'s, not the name\'s: two hard-linked names (one inode) refuse each other, in one directory or two', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'other'));
    const out = path.join(dir, 'out.jsonl');
    writeFileSync(out, '{"id":"1"}\n'); // a hard link needs the file: an earlier run's output
    const same = path.join(dir, 'same.jsonl');
    const elsewhere = path.join(dir, 'other', 'out-copy.jsonl');
    linkSync(out, same);
    linkSync(out, elsewhere);
    const lock = lockOutput(out);
    for (const other of [same, elsewhere]) {
      expect(() => lockOutput(other), other).toThrow(BatchUsageError);
      expect(() => lockOutput(other), other).toThrow(`${other} is being written by another netra score job (pid ${process.pid}, started`);
      expect(existsSync(lockPath(other)), other).toBe(false); // the refused job left no lock of its own behind
    }
    lock.release();
    // released: the other name takes it, and the first is refused in turn
    const viaLink = lockOutput(elsewhere);
    expect(() => lockOutput(out)).toThrow('is being written by another netra score job');
    viaLink.release();
    // a file of its own (another inode) is not locked by them
    writeFileSync(path.join(dir, 'copy.jsonl'), readFileSync(out));
    lockOutput(path.join(dir, 'copy.jsonl')).release();
    expect(readdirSync(dir).sort()).toEqual(['copy.jsonl', 'other', 'out.jsonl', 'same.jsonl']);
  });

  it('refuses a lock from another host (its pid cannot be checked) or one it cannot read, and releases only its own', () => {
    const dir = tempDir();
    const out = path.join(dir, 'out.jsonl');
    write(lockPath(out), { pid: 2 ** 22 + 1, startedAt: '2026-01-01T00:00:00.000Z', host: 'elsewhere' });
    expect(() => lockOutput(out)).toThrow(`(pid ${2 ** 22 + 1} on elsewhere, started 2026-01-01T00:00:00.000Z;`);
    writeFileSync(lockPath(out), 'garbage');
    expect(() => lockOutput(out)).toThrow(`${out} is locked by ${lockPath(out)}, which is not a netra lock this netra can read; if no netra score job is writing ${out}, delete it`);

    writeFileSync(lockPath(out), '');
    utimesSync(lockPath(out), new Date(2000, 0, 1), new Date(2000, 0, 1)); // left by a power cut
    const lock = lockOutput(out);
    expect(lock.tookOver).toBe(`took over the lock ${lockPath(out)}, unreadable and older than the last boot`);
    // someone removed it and another job took it: releasing leaves that one alone
    write(lockPath(out), { pid: 1, startedAt: '2026-01-01T00:00:00.000Z', host: hostname() });
    lock.release();
    expect(existsSync(lockPath(out))).toBe(true);
  });
});
